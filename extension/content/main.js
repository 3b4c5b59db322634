// The content script's module: what one click on the action does in the page. Imported (once per
// page; the module keeps its state) by the function background.js injects, which calls toggle().
//
//   read the live DOM (dom-text.js: text + map)  ->  annotate (engine.js: wasm here, or the
//   background worker when the page's CSP forbids wasm)  ->  paint with the CSS Custom Highlight
//   API (ui/highlights.js over the page's own text nodes)  ->  the panel (panel.js, shadow DOM).
//
// The page's DOM is never changed: highlights are ranges over its text nodes, their ::highlight()
// rules are a constructed style sheet in document.adoptedStyleSheets (not serialised), and the panel
// is one host element appended to <html> (outside <body>) with everything inside its shadow root.
// clear() removes all three.
import { AnnotationIndex } from '../ui/annotation.js';
import { createPainter, removeStyles, supportsHighlights } from '../ui/highlights.js';
import { PAGE_MODES } from '../ui/legend.js';
import { createNavigator } from '../ui/navigator.js';
import { boilerplateMode, prefsFromStore, prefsToStore, setShown } from '../ui/prefs.js';
import { readDocument } from './dom-text.js';
import { annotateText } from './engine.js';
import { createPanel, HOST_TAG } from './panel.js';

/** Highlight names (CSS.highlights) and the style sheet are prefixed, apart from the page's own. */
export const PREFIX = 'aax-';
const PREFS_KEY = 'prefs';

let session = null; // what is shown: {painter, view, index, panel, ...}
let busy = false;

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function loadPrefs() {
  try {
    const { [PREFS_KEY]: p } = await chrome.storage.local.get(PREFS_KEY);
    return prefsFromStore(p);
  } catch {
    return prefsFromStore(null);
  }
}

function savePrefs(prefs) {
  chrome.storage.local.set({ [PREFS_KEY]: prefsToStore(prefs) }).catch(() => {});
}

/** 'dark' when the page's own background is dark (the highlight palette follows the page, not the OS). */
export function pageTheme(doc = document) {
  const win = doc.defaultView;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(win.getComputedStyle(el).backgroundColor);
    if (!m || (m[4] !== undefined && Number(m[4]) < 0.5)) continue;
    const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.2 ? 'dark' : 'light';
  }
  return 'light';
}

/** Annotate when nothing is shown, clear when it is (the action button is a toggle). */
export async function toggle(options = {}) {
  const base = { url: location.href, clickedAt: options.clickedAt ?? Date.now() };
  if (busy) return { ...base, state: 'busy' };
  if (session) {
    clear();
    return { ...base, state: 'cleared' };
  }
  return start(options);
}

/** Reads, annotates and paints the page; resolves after the frame that shows the highlights. */
export async function start({ clickedAt = Date.now(), background } = {}) {
  if (session) return session.report;
  busy = true;
  try {
    const t0 = performance.now();
    const prefs = await loadPrefs();
    const theme = pageTheme();
    const view = readDocument(document, { skip: (el) => el.localName === HOST_TAG });
    const t1 = performance.now();
    // In the page, the boilerplate comes from the HTML classifier run over the live DOM (its verdict
    // per text node, turned into lines of the walker's text); in the background worker, from the text.
    const structure = (mod) => view.boilerplateRanges(mod.boilerplateNodes(document));
    const result = await annotateText(view.text, { background: background ?? prefs.background, structure });
    const t2 = performance.now();
    const index = new AnnotationIndex(result.annotation);
    const painter = createPainter(view, index, { prefix: PREFIX, css: { theme, root: null } });
    for (const key of prefs.hidden) painter.setVisible(key, false);
    const mode = boilerplateMode(prefs, 'dim', PAGE_MODES);
    painter.setBoilerplate(mode);
    await painter.firstPaint;
    const t3 = performance.now();

    session = { view, index, painter, prefs, theme, result };
    session.panel = createPanel(document, {
      index,
      text: view.text,
      theme,
      prefs,
      mode,
      where: result.where,
      version: result.version,
      onToggle: (key, on) => {
        painter.setVisible(key, setShown(prefs, key, on));
        savePrefs(prefs);
      },
      onBoilerplate: (mode) => {
        prefs.boilerplate = mode;
        painter.setBoilerplate(mode);
        savePrefs(prefs);
      },
      onBackground: (on) => {
        prefs.background = on;
        savePrefs(prefs);
      },
      onCluster: (id) => session?.nav.selectCluster(id),
      onQuote: (i) => session?.nav.selectQuote(i),
      onClear: () => clear(),
    });
    session.nav = createNavigator({
      index,
      view,
      painter,
      card: session.panel.card,
      announce: (text) => session?.panel.announce(text),
      isVisible: (label) => !prefs.hidden.has(label),
    });
    listen();
    await nextFrame();
    const t4 = performance.now();
    const a = result.annotation;
    session.report = {
      state: 'annotated',
      url: location.href,
      where: result.where,
      reason: result.reason ?? null,
      version: result.version,
      highlights: supportsHighlights(),
      chars: view.text.length,
      entities: a.entities.length,
      clusters: a.clusters.length,
      quotes: index.quotes.length, // of speech: the quoted terms are apart
      terms: index.terms.length,
      boilerplate: a.boilerplate.length,
      boilerplateFrom: result.boilerplateFrom,
      boilerplateChars: a.boilerplate.reduce((sum, b) => sum + (b.end - b.start), 0),
      painted: painter.paintedCount(),
      timings: { read: t1 - t0, annotate: t2 - t1, annotateCall: result.ms, structure: result.structureMs ?? null, paint: t3 - t2, panel: t4 - t3, total: t4 - t0 },
      clickedAt,
      paintedAt: Date.now(),
    };
    session.panel.setStatus(session.report);
    return session.report;
  } catch (err) {
    clear();
    throw err;
  } finally {
    busy = false;
  }
}

/** Removes everything the extension added: highlights, their style sheet, the panel's host, listeners. */
export function clear() {
  if (!session) return;
  const s = session;
  session = null;
  unlisten();
  s.nav?.destroy();
  s.painter.clear();
  s.view.destroy();
  s.panel?.remove();
  removeStyles(document, PREFIX);
}

// ---- the page: hover card, scrolling, Escape (ui/navigator.js does the work) ---------------------

const onMouseMove = (event) => session?.nav.pointerMove(event);
const onScroll = () => session?.nav.follow();
function onKeyDown(event) {
  if (event.key === 'Escape' && session?.nav.cursor) session.nav.clear();
}

function listen() {
  document.addEventListener('mousemove', onMouseMove, { passive: true, capture: true });
  window.addEventListener('scroll', onScroll, { passive: true, capture: true });
  document.addEventListener('keydown', onKeyDown, { capture: true });
}

function unlisten() {
  document.removeEventListener('mousemove', onMouseMove, { capture: true });
  window.removeEventListener('scroll', onScroll, { capture: true });
  document.removeEventListener('keydown', onKeyDown, { capture: true });
}
