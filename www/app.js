// Page wiring: input (paste, files, drop, samples, the last input from localStorage), the worker that
// annotates, and the reusable pieces of ui/*.js (text view, highlights, legend, lists, card, exports).
// Article text only ever goes into the DOM as text nodes / textContent, never as HTML.
import { AnnotationIndex, describeHit, LABELS, unpackAnnotation } from './ui/annotation.js';
import { createTextView } from './ui/textview.js';
import { createPainter, supportsHighlights } from './ui/highlights.js';
import { renderLegend, BOILERPLATE_MODES } from './ui/legend.js';
import { renderEntityList, renderQuoteList } from './ui/lists.js';
import { createCard } from './ui/card.js';
import { download } from './ui/exports.js';
import { htmlToText } from './ui/html-text.js';

const $ = (id) => document.getElementById(id);
const el = {
  samples: $('samples'), input: $('input'), inputNote: $('input-note'), button: $('annotate'), open: $('open'),
  file: $('file'), status: $('status'), progress: $('progress'), elapsed: $('elapsed'), article: $('article'), legend: $('legend'),
  entities: $('entities'), entityCount: $('entity-count'), quotes: $('quotes'), quoteCount: $('quote-count'),
  announce: $('announce'), overlay: $('drop-overlay'), keys: $('keys'), keysButton: $('keys-button'),
};

/** Texts longer than this are not copied into the text box (a 10 MB textarea is slow to lay out). */
const BOX_LIMIT = 200_000;
/** Inputs up to this many characters are kept in localStorage for the next visit. */
const STORE_LIMIT = 2_000_000;
const STORE_INPUT = 'article-annotator:input';
const STORE_VIEW = 'article-annotator:view';

const card = createCard(document.querySelector('main'), { id: 'card' }); // inside a landmark

// ---- preferences (filter and boilerplate mode survive a reload) ---------------------------------

const prefs = (() => {
  try {
    const p = JSON.parse(localStorage.getItem(STORE_VIEW) ?? '{}');
    return {
      hidden: new Set(Array.isArray(p.hidden) ? p.hidden.filter((k) => k === 'quote' || LABELS.includes(k)) : []),
      boilerplate: BOILERPLATE_MODES.some((m) => m.mode === p.boilerplate) ? p.boilerplate : 'dim',
    };
  } catch {
    return { hidden: new Set(), boilerplate: 'dim' };
  }
})();
function savePrefs() {
  try {
    localStorage.setItem(STORE_VIEW, JSON.stringify({ hidden: [...prefs.hidden], boilerplate: prefs.boilerplate }));
  } catch { /* storage full or disabled: the page works without it */ }
}

function saveInput(input) {
  try {
    if (input.kind === 'sample') localStorage.setItem(STORE_INPUT, JSON.stringify({ kind: 'sample', n: input.n }));
    else if (input.content.length <= STORE_LIMIT) {
      localStorage.setItem(STORE_INPUT, JSON.stringify({ kind: input.kind, content: input.content, source: input.source }));
    } else {
      localStorage.removeItem(STORE_INPUT);
      return false;
    }
    return true;
  } catch {
    return false;
  }
}

function storedInput() {
  try {
    const s = JSON.parse(localStorage.getItem(STORE_INPUT) ?? 'null');
    if (s?.kind === 'sample' && Number.isInteger(s.n)) return s;
    if ((s?.kind === 'text' || s?.kind === 'html') && typeof s.content === 'string') return s;
  } catch { /* ignore a broken entry */ }
  return null;
}

// ---- status and progress ----------------------------------------------------------------------

function setStatus(state, text) {
  el.status.dataset.state = state;
  el.status.textContent = text;
}

/** value in [0, 1], or null for "busy, no idea how far" (an indeterminate bar); undefined hides it. */
function setProgress(value) {
  if (value === undefined) {
    el.progress.hidden = true;
    return;
  }
  el.progress.hidden = false;
  if (value === null) el.progress.removeAttribute('value');
  else el.progress.value = value;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

const size = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} M` : n >= 1e4 ? `${Math.round(n / 1e3)} k` : String(n));

// ---- the worker -------------------------------------------------------------------------------

/** Talks to www/worker.js; a new annotation while one is running restarts the worker (wasm can't be interrupted). */
class Annotator {
  constructor() {
    this.nextId = 0;
    this.pending = new Map();
    this.busy = 0;
    this.spawn();
  }

  spawn() {
    this.worker?.terminate();
    for (const { reject } of this.pending.values()) reject(new DOMException('superseded', 'AbortError'));
    this.pending.clear();
    this.busy = 0;
    this.worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    this.ready = new Promise((resolve, reject) => {
      this.onReady = resolve;
      this.onFail = reject;
    });
    this.worker.onmessage = ({ data }) => {
      if (data.type === 'ready') {
        this.version = data.version;
        this.html = data.html;
        return this.onReady(data);
      }
      if (data.id === undefined) return this.onFail(new Error(data.message));
      const p = this.pending.get(data.id);
      if (!p) return;
      if (data.type === 'progress') return p.onProgress?.(data.phase);
      this.pending.delete(data.id);
      if (data.type === 'error') p.reject(new Error(data.message));
      else p.resolve(data);
    };
    this.worker.onerror = (event) => {
      event.preventDefault?.();
      const err = new Error(`the annotator's worker failed: ${event.message ?? 'could not load'}`);
      this.onFail(err);
      for (const { reject } of this.pending.values()) reject(err);
      this.pending.clear();
    };
  }

  request(message, onProgress) {
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      this.worker.postMessage({ ...message, id });
    });
  }

  async annotate(message, onProgress) {
    if (this.busy) this.spawn();
    await this.ready;
    this.busy++;
    try {
      return await this.request({ type: 'annotate', ...message }, onProgress);
    } finally {
      this.busy = Math.max(0, this.busy - 1);
    }
  }

  async export(format) {
    await this.ready;
    return this.request({ type: 'export', format });
  }
}

const annotator = new Annotator();

// ---- showing an annotated text ------------------------------------------------------------------

/** What is shown now. */
let shown = null; // {text, source, annotation, index, view, painter, legend}
let cursor = null; // {kind: 'entity' | 'quote', i}
let runToken = 0;
let viewAbort = null;
let charsPerMs = null; // measured throughput, for the "about N s" estimate
let firstHighlightMarked = false;

function clearShown() {
  viewAbort?.abort();
  shown?.painter?.clear();
  shown?.view?.destroy();
  shown = null;
  cursor = null;
  card.hide();
}

/**
 * Annotates and shows one input: {kind: 'text' | 'html', content, source} (an html input is turned
 * into text by DOMParser unless the wasm package has annotate_html), or {kind: 'sample', n, ...}.
 */
async function run(input) {
  const token = ++runToken;
  const stale = () => token !== runToken;
  clearShown();
  el.article.replaceChildren();
  el.article.dataset.source = input.source;
  el.elapsed.textContent = '';
  const started = performance.now();
  const slow = setTimeout(() => setProgress(null), 150);
  let ticker = null;
  try {
    // 1. HTML: straight to the annotator when it reads HTML, else its text from DOMParser here.
    let message;
    if (input.kind === 'html') {
      await annotator.ready;
      if (annotator.html) message = { kind: 'html', input: input.content };
      else {
        setStatus('working', `Reading the text of ${input.source}…`);
        const text = await htmlToText(input.content);
        if (stale()) return;
        message = { kind: 'text', input: text, extractedFromHtml: true };
      }
    } else message = { kind: 'text', input: input.content };
    message.source = input.source;

    // 2. Annotate in the worker; the page stays free, and shows how long it has been (beside the
    //    status, not in it: the status is a live region and would chatter).
    const length = message.input.length;
    const estimate = charsPerMs && length > 200_000 ? `, about ${Math.ceil(length / charsPerMs / 1000)} s` : '';
    setStatus('working', `Annotating ${size(length)} characters of ${input.source}…`);
    const tick = () => {
      el.elapsed.textContent = `${((performance.now() - started) / 1000).toFixed(1)} s${estimate}`;
    };
    tick();
    ticker = setInterval(tick, 250);
    const result = await annotator.annotate(message);
    clearInterval(ticker);
    if (stale()) return;
    const text = typeof result.annotation.text === 'string' ? result.annotation.text : message.input;
    const annotation = unpackAnnotation(result, text);
    await nextTask(); // a 10 MB result takes a few tens of ms per step: give the page a turn between them
    if (stale()) return;
    if (length > 10_000) charsPerMs = length / Math.max(1, result.ms);

    // 3. Draw: text nodes in chunks (slices of a few ms), highlights for what is on screen.
    setStatus('working', `Drawing ${size(text.length)} characters…`);
    viewAbort = new AbortController();
    const index = new AnnotationIndex(annotation);
    await nextTask();
    if (stale()) return;
    const view = createTextView(el.article, text, {
      boilerplate: annotation.boilerplate,
      signal: viewAbort.signal,
      onProgress: (done, total) => total > 20 && setProgress(done / total),
    });
    const painter = createPainter(view, index);
    for (const key of prefs.hidden) painter.setVisible(key, false);
    painter.setBoilerplate(prefs.boilerplate);
    shown = { text, source: input.source, annotation, index, view, painter, input };
    await nextTask();
    if (stale()) return;
    renderPanel();
    await view.ready;
    await painter.firstPaint;
    if (stale()) return;

    clearTimeout(slow);
    setProgress(undefined);
    const n = (list) => (list?.length ?? 0).toLocaleString('en');
    const kept = saveInput(input);
    setStatus(
      'done',
      `annotator ${annotator.version} · annotate() took ${result.ms.toFixed(1)} ms in a worker · ${text.length.toLocaleString('en')} characters · ` +
        `${n(annotation.entities)} entities, ${n(annotation.quotes)} quotes, ${n(annotation.boilerplate)} boilerplate spans` +
        (kept ? '' : ' · too large to keep for the next visit') +
        (supportsHighlights() ? '' : ' · this browser lacks the CSS Custom Highlight API, so nothing is painted'),
    );
    if (!firstHighlightMarked) {
      firstHighlightMarked = true;
      // After the frame that shows the highlights.
      requestAnimationFrame(() => setTimeout(() => performance.mark('first-highlight'), 0));
    }
  } catch (err) {
    if (stale() || err?.name === 'AbortError') return;
    setStatus('error', `Could not annotate ${input.source}: ${err?.message ?? err}`);
    console.error(err);
  } finally {
    clearInterval(ticker);
    if (!stale()) {
      el.elapsed.textContent = '';
      clearTimeout(slow);
      setProgress(undefined);
    }
  }
}

function renderPanel() {
  const { index, text } = shown;
  shown.legend = renderLegend(el.legend, index, {
    isVisible: (key) => !prefs.hidden.has(key),
    boilerplate: prefs.boilerplate,
    onToggle: (key, on) => toggle(key, on),
    onBoilerplate: (mode) => setBoilerplate(mode),
  });
  el.entityCount.textContent = `(${index.clusters.length.toLocaleString('en')})`;
  renderEntityList(el.entities, index, { onSelect: (clusterId) => selectCluster(clusterId) });
  el.quoteCount.textContent = `(${index.quotes.length.toLocaleString('en')})`;
  renderQuoteList(el.quotes, index, text, { onSelect: (i) => selectQuote(i) });
}

function toggle(key, on = prefs.hidden.has(key)) {
  if (on) prefs.hidden.delete(key);
  else prefs.hidden.add(key);
  shown?.painter.setVisible(key, on);
  shown?.legend?.update();
  savePrefs();
  announce(`${key} ${on ? 'shown' : 'hidden'}`);
}

function setBoilerplate(mode) {
  prefs.boilerplate = mode;
  shown?.painter.setBoilerplate(mode);
  shown?.legend?.update({ boilerplate: mode });
  savePrefs();
  announce(`boilerplate: ${mode}`);
}

function announce(text) {
  el.announce.textContent = text;
}

// ---- moving around: mentions, quotes, the card ----------------------------------------------------

/** Shows the card for `hit` next to [start, end) of the text (keyboard, list or click). */
function cardAt(hit, span) {
  const rect = shown.view.rectOf(span.start, span.end);
  if (rect) card.show(describeHit(shown.index, hit), rect);
  else card.hide();
  cardAnchor = rect ? span : null;
  cardHit = hit;
}
let cardAnchor = null;
let cardHit = null;

function selectEntity(i) {
  if (!shown || i < 0 || i >= shown.index.entities.length) return;
  const { index, view, painter } = shown;
  const e = index.entities[i];
  cursor = { kind: 'entity', i };
  painter.setCurrent([e]);
  painter.setRelated([]);
  view.scrollTo(e.start, e.end);
  const hit = { entity: e, entityIndex: i, cluster: index.cluster(e), quote: null, boilerplate: null };
  cardAt(hit, e);
  const { position, count } = index.mentionPosition(i);
  announce(`${e.label} ${hit.cluster?.name ?? e.text}, mention ${position} of ${count}`);
}

function selectQuote(i) {
  if (!shown || i < 0 || i >= shown.index.quotes.length) return;
  const { index, view, painter } = shown;
  const q = index.quotes[i];
  cursor = { kind: 'quote', i };
  painter.setCurrent([q]);
  painter.setRelated([q.speaker, q.cue].filter(Boolean));
  view.scrollTo(q.start, q.end);
  cardAt({ entity: null, cluster: null, quote: q, boilerplate: null }, { start: q.start, end: Math.min(q.end, q.start + 1) });
  announce(`quote ${i + 1} of ${index.quotes.length}, ${q.kind}, speaker ${q.speaker?.name ?? 'unknown'}`);
}

/** From the side list: the cluster's first mention, or its next one when it is already marked. */
function selectCluster(clusterId) {
  const list = shown?.index.mentions.get(clusterId);
  if (!list?.length) return;
  if (cursor?.kind === 'entity' && shown.index.entities[cursor.i].entity === clusterId) selectEntity(shown.index.nextMention(cursor.i, 1));
  else selectEntity(list[0]);
}

const cursorOffset = () =>
  !cursor ? -1 : cursor.kind === 'entity' ? shown.index.entities[cursor.i].start : shown.index.quotes[cursor.i].start;

/** j / k: the next or previous mention of a label that is shown, in text order (wrapping). */
function stepMention(step) {
  const entities = shown?.index.entities;
  if (!entities?.length) return;
  const visible = (e) => !prefs.hidden.has(e.label);
  const from = cursor?.kind === 'entity' ? cursor.i : null;
  const pos = cursorOffset();
  const n = entities.length;
  let i;
  if (from !== null) i = from + step;
  else if (step > 0) i = entities.findIndex((e) => e.start > pos);
  else i = entities.findLastIndex((e) => e.start < pos);
  if (i < 0 && pos < 0) i = step > 0 ? 0 : n - 1;
  for (let tries = 0; tries < n; tries++, i += step) {
    const k = ((i % n) + n) % n;
    if (visible(entities[k])) return selectEntity(k);
  }
  announce('no mentions of the labels shown');
}

/** J / K: the same entity's next or previous mention. */
function stepSameEntity(step) {
  if (cursor?.kind !== 'entity') return stepMention(step);
  selectEntity(shown.index.nextMention(cursor.i, step));
}

/** n / p: the next or previous quote (wrapping). */
function stepQuote(step) {
  const quotes = shown?.index.quotes;
  if (!quotes?.length) return announce('no quotes');
  let i;
  if (cursor?.kind === 'quote') i = cursor.i + step;
  else {
    const pos = cursorOffset();
    i = step > 0 ? quotes.findIndex((q) => q.start > pos) : quotes.findLastIndex((q) => q.start < pos);
    if (i < 0) i = step > 0 ? 0 : quotes.length - 1;
  }
  selectQuote(((i % quotes.length) + quotes.length) % quotes.length);
}

// Hover: at most one lookup per frame.
let pendingMove = null;
function onMouseMove(event) {
  if (pendingMove === null) requestAnimationFrame(() => hover(pendingMove));
  pendingMove = { x: event.clientX, y: event.clientY };
}

function hover(point) {
  pendingMove = null;
  if (!shown || !point) return;
  const offset = shown.view.offsetAtPoint(point.x, point.y);
  const hit = offset === null ? null : shown.index.findAt(offset);
  // While over a quote, also mark who said it and the speech verb.
  shown.painter.setRelated(hit?.quote ? [hit.quote.speaker, hit.quote.cue].filter(Boolean) : relatedOfCursor());
  const lines = describeHit(shown.index, hit);
  if (lines.length === 0) {
    if (!cardAnchor) card.hide();
    return;
  }
  cardAnchor = null;
  card.show(lines, point);
}

function relatedOfCursor() {
  if (cursor?.kind !== 'quote') return [];
  const q = shown.index.quotes[cursor.i];
  return [q.speaker, q.cue].filter(Boolean);
}

function onArticleClick(event) {
  if (!shown || !document.getSelection()?.isCollapsed) return; // selecting text, not clicking
  const offset = shown.view.offsetAtPoint(event.clientX, event.clientY);
  if (offset === null) return;
  const i = shown.index.entityIndexAt(offset);
  if (i >= 0) return selectEntity(shown.index.nextMention(i, 1));
  const hit = shown.index.findAt(offset);
  if (hit?.quote) selectQuote(shown.index.quotes.indexOf(hit.quote));
}

function clearCursor() {
  cursor = null;
  cardAnchor = null;
  shown?.painter.setCurrent([]);
  shown?.painter.setRelated([]);
  card.hide();
}

// ---- keyboard ---------------------------------------------------------------------------------

function isTyping(target) {
  return target instanceof HTMLElement && (target.isContentEditable || /^(TEXTAREA|INPUT|SELECT)$/.test(target.tagName));
}

function onKeyDown(event) {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.key === 'Escape' && event.target === el.input) return el.input.blur();
  if (isTyping(event.target) || el.keys.open) return;
  const key = event.key;
  const actions = {
    j: () => stepMention(1),
    k: () => stepMention(-1),
    J: () => stepSameEntity(1),
    K: () => stepSameEntity(-1),
    n: () => stepQuote(1),
    p: () => stepQuote(-1),
    q: () => toggle('quote'),
    b: () => setBoilerplate(BOILERPLATE_MODES[(BOILERPLATE_MODES.findIndex((m) => m.mode === prefs.boilerplate) + 1) % 3].mode),
    0: () => [...prefs.hidden].forEach((k) => toggle(k, true)),
    o: () => el.file.click(),
    '/': () => el.input.focus(),
    '?': () => openKeys(),
    Escape: () => clearCursor(),
  };
  let action = actions[key];
  if (!action && /^[1-9]$/.test(key)) action = () => toggle(LABELS[Number(key) - 1]);
  if (!action) return;
  event.preventDefault();
  action();
}

function openKeys() {
  if (!el.keys.open) el.keys.showModal();
}

// ---- input: samples, text box, files, drop ------------------------------------------------------

let samples = [];
let largeText = null; // {content, source}: a text too large for the box, annotated from memory

function showInText(text, source) {
  if (text.length <= BOX_LIMIT) {
    el.input.value = text;
    largeText = null;
    el.inputNote.hidden = true;
  } else {
    el.input.value = '';
    largeText = { content: text, source };
    el.inputNote.hidden = false;
    el.inputNote.textContent =
      `${size(text.length)} characters from ${source}: too long for this box, annotated from memory. ` +
      'Type or paste here to replace it.';
  }
}

function markSample(n) {
  for (const b of el.samples.querySelectorAll('button')) b.setAttribute('aria-pressed', String(Number(b.dataset.n) === n));
}

async function loadSample(n) {
  const { file } = samples[n];
  markSample(n);
  setStatus('loading', `Loading ${file}…`);
  const token = runToken;
  const response = await fetch(`samples/${encodeURIComponent(file)}`);
  if (!response.ok) throw new Error(`samples/${file}: HTTP ${response.status}`);
  const text = await response.text();
  if (token !== runToken) return; // something else was started meanwhile
  showInText(text, file);
  await run({ kind: 'sample', n, content: text, source: file });
}

function sampleFromHash() {
  const m = /(?:^#|&)sample=(\d+)/.exec(location.hash);
  return m && Number(m[1]) < samples.length ? Number(m[1]) : null;
}

function runOwn(input) {
  markSample(-1);
  if (location.hash) history.replaceState(null, '', location.pathname + location.search); // the hash named a sample
  return run(input);
}

function annotateBox() {
  if (!el.input.value && largeText) return runOwn({ kind: 'text', ...largeText });
  return runOwn({ kind: 'text', content: el.input.value, source: 'pasted' });
}

function noteHtml(source) {
  el.input.value = '';
  largeText = null;
  el.inputNote.hidden = false;
  el.inputNote.textContent = `${source}: an HTML file, annotated as the text of its page.`;
}

const isHtmlFile = (file) => /\.x?html?$/i.test(file.name) || file.type === 'text/html' || file.type === 'application/xhtml+xml';

/** Reads a file as UTF-8 text, reporting progress for large ones. */
async function readFile(file) {
  if (!isHtmlFile(file) && !/\.(txt|text|md)$/i.test(file.name) && file.type && !file.type.startsWith('text/')) {
    throw new Error(`${file.name} is not a .txt or .html file (${file.type})`);
  }
  setStatus('working', `Reading ${file.name}…`);
  if (file.size < 1e6) return file.text();
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  let text = '';
  let done = 0;
  for (;;) {
    const { value, done: end } = await reader.read();
    if (end) break;
    text += decoder.decode(value, { stream: true });
    done += value.byteLength;
    setProgress(done / file.size);
  }
  return text + decoder.decode();
}

async function openFile(file) {
  if (!file) return;
  try {
    const content = await readFile(file);
    const kind = isHtmlFile(file) ? 'html' : 'text';
    if (kind === 'text') showInText(content, file.name);
    else noteHtml(file.name);
    await runOwn({ kind, content, source: file.name });
  } catch (err) {
    setProgress(undefined);
    setStatus('error', String(err?.message ?? err));
  }
}

function onPaste(event) {
  const text = event.clipboardData?.getData('text/plain') ?? '';
  const replacesAll = el.input.value === '' || (el.input.selectionStart === 0 && el.input.selectionEnd === el.input.value.length);
  if (text.length > BOX_LIMIT) {
    event.preventDefault();
    showInText(text, 'pasted');
    runOwn({ kind: 'text', content: text, source: 'pasted' });
  } else if (replacesAll && text.trim()) {
    setTimeout(annotateBox, 0); // after the box has the text
  }
}

function setUpDrop() {
  let depth = 0;
  const hasFiles = (e) => [...(e.dataTransfer?.types ?? [])].includes('Files');
  document.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    depth++;
    el.overlay.hidden = false;
  });
  document.addEventListener('dragleave', (e) => {
    if (!hasFiles(e)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) el.overlay.hidden = true;
  });
  document.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  });
  document.addEventListener('drop', (e) => {
    depth = 0;
    el.overlay.hidden = true;
    const file = e.dataTransfer?.files?.[0];
    if (!file) return; // dropped text goes where the browser puts it (the text box)
    e.preventDefault();
    openFile(file);
  });
}

// ---- start --------------------------------------------------------------------------------------

async function exportAs(format) {
  if (!shown) return;
  try {
    const { blob, name } = await annotator.export(format);
    download(document, blob, name);
    announce(`saved ${name}`);
  } catch (err) {
    setStatus('error', `Export failed: ${err?.message ?? err}`);
  }
}

function registerServiceWorker() {
  // Offline use once loaded; only where service workers exist (http(s), not file:).
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  navigator.serviceWorker.register('sw.js').catch((err) => console.warn('service worker not registered:', err));
}

async function main() {
  setUpDrop();
  document.addEventListener('keydown', onKeyDown);
  el.article.addEventListener('mousemove', onMouseMove);
  el.article.addEventListener('click', onArticleClick);
  el.article.addEventListener('mouseleave', () => {
    pendingMove = null;
    if (!cardAnchor) card.hide();
    shown?.painter.setRelated(relatedOfCursor());
  });
  window.addEventListener(
    'scroll',
    () => {
      if (cardAnchor && shown) {
        const r = shown.view.rectOf(cardAnchor.start, cardAnchor.end);
        if (r) card.show(describeHit(shown.index, cardHit), r);
        else card.hide();
      } else card.hide();
    },
    { passive: true },
  );
  el.button.addEventListener('click', annotateBox);
  el.input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      annotateBox();
    }
  });
  el.input.addEventListener('input', () => {
    if (largeText) {
      largeText = null;
      el.inputNote.hidden = true;
    }
  });
  el.input.addEventListener('paste', onPaste);
  el.open.addEventListener('click', () => el.file.click());
  el.file.addEventListener('change', () => {
    openFile(el.file.files[0]);
    el.file.value = '';
  });
  for (const b of document.querySelectorAll('[data-export]')) b.addEventListener('click', () => exportAs(b.dataset.export));
  el.keysButton.addEventListener('click', openKeys);

  const list = await fetch('samples/index.json').then((r) =>
    r.ok ? r.json() : Promise.reject(new Error(`samples/index.json: HTTP ${r.status}`)),
  );
  samples = list;
  el.samples.replaceChildren(
    ...samples.map(({ file, title }, i) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'sample';
      b.dataset.n = String(i);
      b.dataset.file = file;
      b.title = title;
      b.setAttribute('aria-pressed', 'false');
      const num = document.createElement('span');
      num.className = 'sample-n';
      num.textContent = String(i + 1);
      const t = document.createElement('span');
      t.className = 'sample-title';
      t.textContent = title;
      b.append(num, t);
      b.addEventListener('click', () => {
        const hash = `#sample=${i}`;
        if (location.hash === hash) loadSample(i).catch(showError);
        else location.hash = hash; // -> hashchange -> loadSample
      });
      return b;
    }),
  );
  window.addEventListener('hashchange', () => {
    const n = sampleFromHash();
    if (n !== null) loadSample(n).catch(showError);
  });

  const fromHash = sampleFromHash();
  const stored = storedInput();
  if (fromHash !== null) await loadSample(fromHash);
  else if (stored?.kind === 'sample' && stored.n < samples.length) await loadSample(stored.n);
  else if (stored && stored.kind !== 'sample') {
    if (stored.kind === 'text') showInText(stored.content, stored.source);
    else noteHtml(stored.source);
    await runOwn({ kind: stored.kind, content: stored.content, source: stored.source });
  } else await loadSample(0);
  registerServiceWorker();
}

function showError(err) {
  setStatus('error', String(err?.message ?? err));
  console.error(err);
}

main().catch(showError);
