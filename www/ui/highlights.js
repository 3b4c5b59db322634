// Painting an annotation (see ANNOTATION_FORMAT.md) onto a text view (ui/textview.js) with the CSS
// Custom Highlight API. Nothing is inserted into the text: highlights are ranges over its text nodes,
// and the ::highlight() rules go into an adopted style sheet (no 'unsafe-inline' needed in a CSP).
// No framework and no page globals: the page uses it, a browser-extension panel can reuse it.
//
// Long texts are painted lazily: only the chunks near the viewport get their ranges, as they come
// into view, so painting a 10 MB text costs what painting a screenful does.

import { LABELS, firstStartingAtOrAfter } from './annotation.js';

/**
 * Highlight colours per theme: background and text colour per entity label. Every text colour has at
 * least 4.5:1 contrast (WCAG AA) on its background; tests/node/ui.test.mjs checks all of them.
 */
export const palette = {
  light: {
    PERSON: { bg: '#ffc98f', fg: '#1a1a1a' },
    ORG: { bg: '#b9d7f5', fg: '#1a1a1a' },
    PLACE: { bg: '#bfe8b5', fg: '#1a1a1a' },
    MISC: { bg: '#ddd3f5', fg: '#1a1a1a' },
    DATE: { bg: '#f9c9e2', fg: '#1a1a1a' },
    TIME: { bg: '#f2e2a8', fg: '#1a1a1a' },
    MONEY: { bg: '#a9e4dc', fg: '#1a1a1a' },
    PERCENT: { bg: '#e0efb0', fg: '#1a1a1a' },
    NUMBER: { bg: '#dcdcdc', fg: '#1a1a1a' },
    quote: { bg: '#fff6cc', fg: '#1a1a1a', line: '#a87700' },
    // `hide`: the bar that covers hidden boilerplate on a page whose DOM may not change (extension)
    boilerplate: { bg: '#ffffff', fg: '#696969', line: '#8a8a8a', hide: '#e2e2e2' },
    related: { bg: '#ffe45c', fg: '#000000' },
    current: { bg: '#ffd000', fg: '#000000', line: '#000000' },
    page: { bg: '#ffffff', fg: '#1a1a1a' },
  },
  dark: {
    PERSON: { bg: '#8a4b0f', fg: '#f4f4f4' },
    ORG: { bg: '#1f4f86', fg: '#f4f4f4' },
    PLACE: { bg: '#2f6b2a', fg: '#f4f4f4' },
    MISC: { bg: '#5b468f', fg: '#f4f4f4' },
    DATE: { bg: '#8a2f63', fg: '#f4f4f4' },
    TIME: { bg: '#6e5a12', fg: '#f4f4f4' },
    MONEY: { bg: '#0f6b61', fg: '#f4f4f4' },
    PERCENT: { bg: '#4f6b12', fg: '#f4f4f4' },
    NUMBER: { bg: '#4a4a4a', fg: '#f4f4f4' },
    quote: { bg: '#3a3413', fg: '#f4f4f4', line: '#e0b000' },
    boilerplate: { bg: '#202124', fg: '#a3a3a3', line: '#8a8a8a', hide: '#3a3b3e' },
    related: { bg: '#ffe45c', fg: '#000000' },
    current: { bg: '#ffd000', fg: '#000000', line: '#000000' },
    page: { bg: '#202124', fg: '#e8e6e3' },
  },
};

/**
 * Highlight names registered in CSS.highlights (`prefix` keeps them apart from a host page's).
 * @param {string} [prefix]
 */
export function highlightNames(prefix = '') {
  return {
    entity: (label) => `${prefix}ent-${label}`,
    quote: `${prefix}quote`,
    boilerplate: `${prefix}boilerplate`,
    // boilerplate in 'hide' mode over a host page's own text (the DOM is not changed: no display: none)
    boilerplateHidden: `${prefix}boilerplate-hidden`,
    related: `${prefix}aa-related`, // transient: the hovered quote's speaker and cue
    current: `${prefix}aa-current`, // the mention or quote moved to by keyboard, click or list
  };
}

/**
 * The swatch variables (--aa-PERSON ...) of one palette, as declarations for `selector`.
 * @param {string} [selector]
 * @param {Record<string, {bg: string, fg: string, line?: string}>} [p] one theme of `palette`
 */
export function swatchCss(selector = ':root', p = palette.light) {
  return `${selector} { ${LABELS.map((l) => `--aa-${l}: ${p[l].bg};`).join(' ')} --aa-quote: ${p.quote.bg}; --aa-quote-line: ${p.quote.line}; --aa-boilerplate: ${p.boilerplate.fg}; }`;
}

/**
 * The ::highlight() rules and the swatch variables (--aa-PERSON ...) for legends.
 * `theme`: 'auto' (both palettes, dark under prefers-color-scheme: dark), 'light' or 'dark' (one
 * palette, for a host page whose own colours decide); `root`: the selector that gets the swatch
 * variables, or null for none (an extension keeps them out of the host page).
 * @param {string} [prefix]
 * @param {{theme?: 'auto' | 'light' | 'dark', root?: string | null}} [options]
 */
export function highlightCss(prefix = '', { theme = 'auto', root = ':root' } = {}) {
  const n = highlightNames(prefix);
  const rules = (p) => [
    ...LABELS.map((l) => `::highlight(${n.entity(l)}) { background-color: ${p[l].bg}; color: ${p[l].fg}; }`),
    `::highlight(${n.quote}) { background-color: ${p.quote.bg}; color: ${p.quote.fg}; text-decoration: underline 2px ${p.quote.line}; text-underline-offset: 3px; }`,
    `::highlight(${n.boilerplate}) { color: ${p.boilerplate.fg}; text-decoration: line-through 1px ${p.boilerplate.line}; }`,
    `::highlight(${n.boilerplateHidden}) { color: transparent; background-color: ${p.boilerplate.hide}; text-decoration: none; text-shadow: none; }`,
    `::highlight(${n.related}) { background-color: ${p.related.bg}; color: ${p.related.fg}; }`,
    `::highlight(${n.current}) { background-color: ${p.current.bg}; color: ${p.current.fg}; text-decoration: underline 3px ${p.current.line}; text-underline-offset: 2px; }`,
    ...(root ? [swatchCss(root, p)] : []),
  ];
  if (theme === 'light' || theme === 'dark') return rules(palette[theme]).join('\n');
  return [...rules(palette.light), '@media (prefers-color-scheme: dark) {', ...rules(palette.dark), '}'].join('\n');
}

const styled = new WeakMap(); // document -> Map(prefix -> its constructed sheet)

/**
 * Adds the ::highlight() rules to `doc` once per prefix, as a constructed style sheet (the DOM is
 * untouched). `options` go to highlightCss() ({theme, root}).
 * @param {Document} [doc]
 * @param {string} [prefix]
 * @param {{theme?: 'auto' | 'light' | 'dark', root?: string | null}} [options]
 */
export function ensureStyles(doc = document, prefix = '', options = {}) {
  const done = styled.get(doc) ?? new Map();
  if (done.has(prefix)) return;
  styled.set(doc, done);
  const sheet = new doc.defaultView.CSSStyleSheet();
  sheet.replaceSync(highlightCss(prefix, options));
  done.set(prefix, sheet);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/**
 * Takes back what ensureStyles(doc, prefix) added (an extension's "clear").
 * @param {Document} [doc]
 * @param {string} [prefix]
 */
export function removeStyles(doc = document, prefix = '') {
  const sheet = styled.get(doc)?.get(prefix);
  if (!sheet) return;
  styled.get(doc).delete(prefix);
  doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
}

/**
 * Whether `win` has the CSS Custom Highlight API (CSS.highlights and Highlight).
 * @param {Window | typeof globalThis} [win]
 */
export function supportsHighlights(win = globalThis) {
  return typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';
}

/** For each chunk index, the indexes of `spans` that overlap it ([start, end) against the bounds). */
function spansByChunk(spans, bounds) {
  const out = new Map();
  const chunkOf = (o) => {
    let lo = 0;
    let hi = bounds.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bounds[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  spans.forEach((s, i) => {
    if (!(s.start < s.end)) return;
    const last = chunkOf(s.end - 1);
    for (let k = chunkOf(s.start); k <= last; k++) {
      if (!out.has(k)) out.set(k, []);
      out.get(k).push(i);
    }
  });
  return out;
}

/**
 * Paints `index` (an AnnotationIndex of ui/annotation.js) onto `view` (ui/textview.js, or any object
 * with its interface, such as the extension's map of a live page). Short texts (up to `eagerChunks`
 * chunks) are painted at once, longer ones chunk by chunk as they near the viewport. `prefix` goes
 * before every highlight name, `css` to ensureStyles() ({theme, root}). Returns the painter:
 *   firstPaint   a promise that resolves once the first highlights are registered
 *   setVisible(label | 'quote', on)   the legend's filter
 *   setBoilerplate('fold' | 'dim' | 'hide' | 'show')   ('hide' over a host page's text: a covering highlight
 *     style; 'fold' is 'dim' with the text view's long runs folded away, see ui/textview.js)
 *   setCurrent(spans), setRelated(spans)   transient marks ([{start, end}], [] clears)
 *   paintedCount()   how many spans have ranges so far; clear() removes everything it registered
 * @param {object} view a text view (createTextView() of ui/textview.js) or the extension's page map
 * @param {import('./annotation.js').AnnotationIndex} index
 * @param {{prefix?: string, eagerChunks?: number, css?: {theme?: string, root?: string | null}}} [options]
 */
export function createPainter(view, index, { prefix = '', eagerChunks = 40, css = {} } = {}) {
  const doc = view.container.ownerDocument;
  const win = doc.defaultView;
  const names = highlightNames(prefix);
  const supported = supportsHighlights(win);
  const hidden = new Set();
  let boilerplateMode = 'dim';
  let cleared = false;
  let painted = 0;

  const highlights = new Map(); // name -> Highlight
  const make = (name, priority) => {
    if (!supported) return;
    const h = new win.Highlight();
    h.priority = priority; // higher paints on top: marks over entities over quotes over boilerplate
    highlights.set(name, h);
  };
  LABELS.forEach((l) => make(names.entity(l), 3));
  make(names.quote, 2);
  make(names.boilerplate, 1);
  make(names.related, 4);
  make(names.current, 5);

  const isShown = (name) => {
    if (name === names.quote) return !hidden.has('quote');
    if (name === names.boilerplate) return boilerplateMode === 'dim' || boilerplateMode === 'fold';
    const label = LABELS.find((l) => names.entity(l) === name);
    return label ? !hidden.has(label) : true;
  };
  // Hiding boilerplate is CSS on a text view's own container (ui/textview.js, display: none); over a
  // host page's text, whose DOM must not change, it is a highlight style that covers the text.
  const ownContainer = view.container.classList?.contains('aa-text');
  const sync = () => {
    if (!supported || cleared) return;
    const boiler = highlights.get(names.boilerplate);
    const hideAsStyle = boilerplateMode === 'hide' && !ownContainer;
    if (boiler) {
      boiler.priority = hideAsStyle ? 4 : 1; // a hiding cover goes over entities and quotes, under the marks
      const registered = win.CSS.highlights.get(names.boilerplateHidden) === boiler;
      if (hideAsStyle && !registered) win.CSS.highlights.set(names.boilerplateHidden, boiler);
      else if (!hideAsStyle && registered) win.CSS.highlights.delete(names.boilerplateHidden);
    }
    for (const [name, h] of highlights) {
      if (isShown(name)) {
        if (win.CSS.highlights.get(name) !== h) win.CSS.highlights.set(name, h);
      } else if (win.CSS.highlights.get(name) === h) win.CSS.highlights.delete(name);
    }
  };

  const done = {
    entities: new Uint8Array(index.entities.length),
    quotes: new Uint8Array(index.quotes.length),
    boilerplate: new Uint8Array(index.boilerplate.length),
  };
  let quoteChunks = null;
  let boilerChunks = null;
  const addSpan = (kind, i, span, name) => {
    if (done[kind][i]) return;
    const range = view.rangeFor(span.start, span.end);
    if (!range) return;
    done[kind][i] = 1;
    highlights.get(name)?.add(range);
    painted++;
  };

  function paintChunk(chunk) {
    if (cleared || !supported) return;
    const { entities, quotes, boilerplate } = index;
    for (let i = Math.max(0, firstStartingAtOrAfter(entities, chunk.start) - 1); i < entities.length && entities[i].start < chunk.end; i++) {
      const e = entities[i];
      if (e.end > chunk.start) addSpan('entities', i, e, names.entity(e.label));
    }
    if (!quoteChunks) {
      quoteChunks = spansByChunk(quotes, view.bounds);
      boilerChunks = spansByChunk(boilerplate, view.bounds);
    }
    for (const i of quoteChunks.get(chunk.index) ?? []) addSpan('quotes', i, quotes[i], names.quote);
    for (const i of boilerChunks.get(chunk.index) ?? []) addSpan('boilerplate', i, boilerplate[i], names.boilerplate);
  }

  let resolveFirst;
  const firstPaint = new Promise((r) => (resolveFirst = r));
  ensureStyles(doc, prefix, css);
  if (ownContainer) view.container.dataset.boilerplate = boilerplateMode;

  (async () => {
    if (view.bounds.length - 1 <= eagerChunks) {
      try {
        await view.ready;
      } catch {
        return; // the view was abandoned
      }
      for (const c of view.chunks) paintChunk(c);
      sync();
      resolveFirst();
      return;
    }
    sync();
    let first = true;
    view.observe((chunk) => {
      paintChunk(chunk);
      if (first) {
        first = false;
        resolveFirst();
      }
    });
  })();

  const mark = (name, spans) => {
    const h = highlights.get(name);
    if (!h || cleared) return;
    h.clear();
    for (const s of spans) {
      const r = s && view.rangeFor(s.start, s.end);
      if (r) h.add(r);
    }
    sync();
  };

  return {
    names,
    firstPaint,
    setVisible(key, on) {
      if (on) hidden.delete(key);
      else hidden.add(key);
      sync();
    },
    isVisible: (key) => !hidden.has(key),
    setBoilerplate(mode) {
      if (!['fold', 'dim', 'hide', 'show'].includes(mode)) throw new Error(`boilerplate mode: ${mode}`);
      boilerplateMode = mode;
      if (ownContainer) view.container.dataset.boilerplate = mode;
      sync();
    },
    get boilerplateMode() {
      return boilerplateMode;
    },
    setCurrent: (spans) => mark(names.current, spans),
    setRelated: (spans) => mark(names.related, spans),
    paintedCount: () => painted,
    clear() {
      cleared = true;
      if (!supported) return;
      for (const [name, h] of highlights) if (win.CSS.highlights.get(name) === h) win.CSS.highlights.delete(name);
      if (win.CSS.highlights.get(names.boilerplateHidden) === highlights.get(names.boilerplate)) win.CSS.highlights.delete(names.boilerplateHidden);
    },
  };
}
