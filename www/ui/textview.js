// Showing a (possibly very long) text in a container as TEXT NODES ONLY, so that annotation offsets
// (UTF-16 code units) map straight onto DOM positions for Range / Highlight.
//
// The text is cut into chunks of a few thousand characters at line breaks, one block element per
// chunk with `content-visibility: auto`, so a 10 MB text is laid out only where it is looked at.
// Boilerplate spans (with the whitespace that ends their lines) sit in their own <span> so that the
// page can hide them with CSS; everything else is bare text nodes. Concatenating every text node of
// the container gives back the text exactly. No page globals: an extension panel can use it too.

const DEFAULT_CHUNK = 8192;

const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;
const isBreak = (c) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85;
const isBlank = (c) => c === 0x20 || c === 0x09 || c === 0x0c || c === 0x0b || isBreak(c);

/** The DOM position (text node and offset) under the viewport point (x, y): caretPositionFromPoint,
 * or caretRangeFromPoint where only that exists. */
function caretAt(doc, x, y) {
  if (doc.caretPositionFromPoint) {
    const pos = doc.caretPositionFromPoint(x, y);
    return { node: pos?.offsetNode, offset: pos?.offset };
  }
  if (doc.caretRangeFromPoint) {
    const range = doc.caretRangeFromPoint(x, y);
    return { node: range?.startContainer, offset: range?.startOffset };
  }
  return { node: undefined, offset: undefined };
}

/**
 * What `accept(textNode, index)` makes of the character under the viewport point (x, y): the caret
 * sits between characters, so the one after it and the one before it are tried, each only if its box
 * holds the point; the first non-null answer wins, else null.
 * @param {Document} doc
 * @param {number} x
 * @param {number} y
 * @param {(node: Text, index: number) => any} accept
 */
export function charAtPoint(doc, x, y, accept) {
  const { node, offset } = caretAt(doc, x, y);
  if (!node || node.nodeType !== 3) return null;
  for (const candidate of [offset, offset - 1]) {
    if (candidate < 0 || candidate >= node.length) continue;
    const range = doc.createRange();
    range.setStart(node, candidate);
    range.setEnd(node, candidate + 1);
    for (const r of range.getClientRects()) {
      if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) {
        const answer = accept(node, candidate);
        if (answer !== null) return answer;
      }
    }
  }
  return null;
}

/**
 * The first client rectangle of a range (viewport coordinates), or null when it is absent or not rendered.
 * @param {Range | null} range
 */
export function firstRect(range) {
  if (!range) return null;
  const rects = range.getClientRects();
  const r = rects.length ? rects[0] : range.getBoundingClientRect();
  return r.width || r.height ? r : null;
}

/**
 * Chunk boundaries: after a line break at or after every `size` characters (hard cut if none comes).
 * @param {string} text
 * @param {number} [size]
 */
export function chunkBounds(text, size = DEFAULT_CHUNK) {
  const bounds = [0];
  let pos = 0;
  while (text.length - pos > size) {
    let cut = -1;
    const limit = Math.min(text.length, pos + size * 4);
    for (let i = pos + size; i < limit; i++) {
      if (isBreak(text.charCodeAt(i))) {
        cut = i + 1;
        break;
      }
    }
    if (cut < 0) {
      // No line break nearby: cut at a space, or anywhere that is not inside a surrogate pair.
      cut = pos + size;
      for (let i = pos + size; i < limit; i++) {
        if (text.charCodeAt(i) === 0x20) {
          cut = i + 1;
          break;
        }
      }
      if (cut < text.length && isHigh(text.charCodeAt(cut - 1))) cut++;
    }
    if (cut >= text.length) break;
    bounds.push(cut);
    pos = cut;
  }
  bounds.push(text.length);
  return bounds;
}

/**
 * The stretches to wrap so that hiding them hides the boilerplate: each span, and when it fills its
 * line(s), also the blank lines after it. Sorted, merged, disjoint: [{start, end, reasons, lines}],
 * `reasons` the spans' reasons (a Map: reason -> how many spans), `lines` the number of non-blank lines when the stretch fills
 * whole lines (0 when it covers part of a line: such a stretch is never folded away).
 * @param {string} text
 * @param {{start: number, end: number, reason?: string}[]} spans
 */
export function boilerplateStretches(text, spans) {
  const out = [];
  const whole = [];
  for (const s of [...(spans ?? [])].sort((a, b) => a.start - b.start)) {
    if (!(s.start < s.end) || s.start < 0 || s.end > text.length) continue;
    let start = s.start;
    let end = s.end;
    let i = start;
    while (i > 0 && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x09)) i--;
    const atLineStart = i === 0 || isBreak(text.charCodeAt(i - 1));
    let j = end;
    while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
    const atLineEnd = j === text.length || isBreak(text.charCodeAt(j));
    if (atLineStart && atLineEnd) {
      start = i;
      // Swallow the blank lines that follow, up to the start of the next non-blank line.
      let k = j;
      let lastBreakEnd = j;
      while (k < text.length && isBlank(text.charCodeAt(k))) {
        k++;
        if (isBreak(text.charCodeAt(k - 1))) lastBreakEnd = k;
      }
      end = k === text.length ? k : lastBreakEnd;
    }
    const prev = out.at(-1);
    if (prev && start <= prev.end) {
      prev.end = Math.max(prev.end, end);
      if (s.reason) prev.reasons.set(s.reason, (prev.reasons.get(s.reason) ?? 0) + 1);
      whole[whole.length - 1] &&= atLineStart && atLineEnd;
    } else {
      out.push({ start, end, reasons: new Map(s.reason ? [[s.reason, 1]] : []), lines: 0 });
      whole.push(atLineStart && atLineEnd);
    }
  }
  out.forEach((s, i) => {
    if (!whole[i]) return;
    let lines = 0;
    let blank = true;
    for (let k = s.start; k < s.end; k++) {
      const c = text.charCodeAt(k);
      if (isBreak(c)) {
        if (!blank) lines++;
        blank = true;
      } else if (!isBlank(c)) blank = false;
    }
    s.lines = lines + (blank ? 0 : 1);
  });
  return out;
}

/**
 * The label of a folded stretch: "37 lines of navigation", "12 lines of navigation and share",
 * "253 lines of navigation, share…" (its reasons, the most frequent first; "boilerplate" when none).
 * @param {{lines: number, reasons: Map<string, number>}} stretch
 */
export function foldLabel(stretch) {
  const reasons = [...stretch.reasons].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r]) => r);
  const what = reasons.length === 0 ? 'boilerplate'
    : reasons.length === 1 ? reasons[0]
      : reasons.length === 2 ? `${reasons[0]} and ${reasons[1]}`
        : `${reasons[0]}, ${reasons[1]}…`;
  return `${stretch.lines.toLocaleString('en')} ${stretch.lines === 1 ? 'line' : 'lines'} of ${what}`;
}

/**
 * The first offset of `text` that is neither blank nor inside one of `stretches` (sorted, disjoint):
 * where the article starts. text.length when there is none.
 * @param {string} text
 * @param {{start: number, end: number}[]} stretches
 */
export function articleStart(text, stretches) {
  let pos = 0;
  let k = 0;
  for (;;) {
    while (pos < text.length && isBlank(text.charCodeAt(pos))) pos++;
    while (k < stretches.length && stretches[k].end <= pos) k++;
    if (k < stretches.length && stretches[k].start <= pos && pos < text.length) pos = stretches[k].end;
    else return pos;
  }
}

/** Estimated height in px of `text` laid out `cols` characters wide with `lineHeight` px lines. */
function estimateHeight(text, from, to, cols, lineHeight) {
  let lines = 0;
  let lineStart = from;
  for (let i = from; i <= to; i++) {
    if (i === to || isBreak(text.charCodeAt(i))) {
      lines += Math.max(1, Math.ceil((i - lineStart) / cols));
      lineStart = i + 1;
    }
  }
  return Math.round(lines * lineHeight);
}

// Folding: in the 'fold' mode each run of boilerplate lines (at least `foldLines` of them) is one
// button, "37 lines of navigation · show", whose words are generated content (attr()), not text
// nodes: the container's text stays the annotated text exactly.
const TEXT_CSS = `
.aa-text { white-space: pre-wrap; overflow-wrap: anywhere; }
.aa-chunk.aa-lazy { content-visibility: auto; }
.aa-text[data-boilerplate="hide"] .aa-bp { display: none; }
.aa-fold { display: none; }
.aa-fold::before { content: attr(data-label); }
.aa-text[data-boilerplate="fold"] .aa-fold { display: block; }
.aa-text[data-boilerplate="fold"] .aa-bp.aa-folded { display: none; }
`;
const styled = new WeakSet();

/**
 * The few structural rules a view needs, added once per document as a constructed style sheet.
 * @param {Document} doc
 */
export function ensureTextStyles(doc) {
  if (styled.has(doc)) return;
  styled.add(doc);
  const sheet = new doc.defaultView.CSSStyleSheet();
  sheet.replaceSync(TEXT_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/**
 * Renders `text` into `container` (its children are replaced) and returns the view:
 *   view.text, view.chunks ([{start, end, el}]), view.rangeFor(start, end), view.offsetOf(node, offset),
 *   view.offsetAtPoint(x, y), view.rectOf(start, end), view.scrollTo(start, end), view.observe(cb), view.destroy().
 * Options: `boilerplate` (spans to wrap for hiding), `chunkSize`, `signal` (AbortSignal), and
 * `onProgress(done, total)`. The DOM is built in slices of a few milliseconds each (`await view.ready`),
 * so a huge text never blocks the page for long.
 * @param {HTMLElement} container
 * @param {string} text
 * Boilerplate runs of at least `foldLines` whole lines get a fold button (shown in the 'fold' mode only,
 * see TEXT_CSS); view.reveal(start, end) unfolds the runs that [start, end) touches, and
 * view.articleStart is the offset where the article starts (after the leading boilerplate).
 * @param {{boilerplate?: {start: number, end: number, reason?: string}[], chunkSize?: number,
 *   signal?: AbortSignal, onProgress?: (done: number, total: number) => void, foldLines?: number}} [options]
 */
export function createTextView(container, text, { boilerplate = [], chunkSize = DEFAULT_CHUNK, signal, onProgress, foldLines = 2 } = {}) {
  const doc = container.ownerDocument;
  const bounds = chunkBounds(text, chunkSize);
  const stretches = boilerplateStretches(text, boilerplate);
  const folds = new Map(); // stretch index -> {button, spans, open}
  const chunks = [];
  const nodeStarts = []; // ascending offsets of the text nodes
  const nodes = [];
  const startOf = new Map(); // text node -> its offset in the text
  ensureTextStyles(doc);
  container.replaceChildren();
  container.classList.add('aa-text');

  // For the placeholder heights of chunks not laid out yet (about 9 px per character, 28 px lines).
  const cols = bounds.length > 2 ? Math.max(20, Math.floor((container.clientWidth || 700) / 9)) : 80;
  let observer = null;
  const listeners = new Set();
  const visible = new Set();

  function buildChunk(k, start, end, stretchIndex) {
    const el = doc.createElement('div');
    el.className = 'aa-chunk';
    el.dataset.k = String(k);
    let pos = start;
    let si = stretchIndex;
    const addText = (from, to, wrap) => {
      if (from >= to) return;
      const node = doc.createTextNode(text.slice(from, to));
      nodeStarts.push(from);
      nodes.push(node);
      startOf.set(node, from);
      if (wrap) {
        const span = doc.createElement('span');
        span.className = 'aa-bp';
        span.append(node);
        const s = stretches[si];
        if (s.lines >= foldLines) {
          if (s.start === from) el.append(foldButton(si));
          const fold = folds.get(si);
          fold.spans.push(span);
          if (!fold.open) span.classList.add('aa-folded');
        }
        el.append(span);
      } else el.append(node);
    };
    while (pos < end) {
      while (si < stretches.length && stretches[si].end <= pos) si++;
      const s = stretches[si];
      if (!s || s.start >= end) {
        addText(pos, end, false);
        pos = end;
      } else if (s.start > pos) {
        addText(pos, s.start, false);
        pos = s.start;
      } else {
        const to = Math.min(s.end, end);
        addText(pos, to, true);
        pos = to;
      }
    }
    if (bounds.length > 2) {
      // Many chunks: let the browser skip laying out those far from the viewport.
      el.classList.add('aa-lazy');
      el.style.setProperty('contain-intrinsic-block-size', `auto ${estimateHeight(text, start, end, cols, 28)}px`); // the height only: a width would widen the column
    }
    chunks.push({ start, end, el, index: k });
    return { el, si };
  }

  /** The button that stands for stretch `si` while it is folded (no text nodes: see TEXT_CSS). */
  function foldButton(si) {
    const label = foldLabel(stretches[si]);
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'aa-fold';
    button.dataset.run = String(si);
    const fold = { button, spans: [], open: false, label };
    folds.set(si, fold);
    setFold(fold, false);
    button.addEventListener('click', () => setFold(fold, !fold.open));
    return button;
  }

  function setFold(fold, open) {
    fold.open = open;
    fold.button.dataset.label = `${fold.label} · ${open ? 'fold' : 'show'}`;
    fold.button.setAttribute('aria-label', `${fold.label}: ${open ? 'fold them away' : 'show them'}`);
    fold.button.setAttribute('aria-expanded', String(open));
    for (const span of fold.spans) span.classList.toggle('aa-folded', !open);
  }

  const total = text.length ? bounds.length - 1 : 0;
  const ready = (async () => {
    let si = 0;
    let k = 0;
    while (k < total) {
      const frag = doc.createDocumentFragment();
      const t0 = performance.now();
      // Build for at most ~8 ms, then give the page a turn.
      while (k < total && (k === 0 || performance.now() - t0 < 8)) {
        const built = buildChunk(k, bounds[k], bounds[k + 1], si);
        si = built.si;
        frag.append(built.el);
        k++;
      }
      if (signal?.aborted) throw signal.reason ?? new DOMException('aborted', 'AbortError');
      const firstNew = container.childElementCount;
      container.append(frag);
      if (observer) for (const c of chunks.slice(firstNew)) observer.observe(c.el);
      onProgress?.(k, total);
      if (k < total) await new Promise((r) => setTimeout(r, 0));
    }
    if (signal?.aborted) throw signal.reason ?? new DOMException('aborted', 'AbortError');
  })();
  ready.catch(() => {}); // an abandoned view is not an unhandled rejection; awaiting callers still see it

  /** Index into `nodes` of the node holding offset `o` (as a start when `asEnd` is false). */
  function nodeIndex(o, asEnd) {
    let lo = 0;
    let hi = nodeStarts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (asEnd ? nodeStarts[mid] < o : nodeStarts[mid] <= o) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  const view = {
    text,
    container,
    chunks,
    bounds,
    ready,
    stretches,
    articleStart: articleStart(text, stretches),
    get nodeCount() {
      return nodes.length;
    },

    /** A Range over [start, end) or null when empty, out of bounds or not built yet. */
    rangeFor(start, end) {
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) return null;
      const a = nodeIndex(start, false);
      const b = nodeIndex(end, true);
      if (a < 0 || b < 0) return null;
      const na = nodes[a];
      const nb = nodes[b];
      if (start - nodeStarts[a] > na.length || end - nodeStarts[b] > nb.length) return null; // not built yet
      const range = doc.createRange();
      range.setStart(na, start - nodeStarts[a]);
      range.setEnd(nb, end - nodeStarts[b]);
      return range;
    },

    /** The text offset of a DOM position inside the view, or null. */
    offsetOf(node, offset) {
      const base = startOf.get(node);
      return base === undefined ? null : base + offset;
    },

    /** The offset of the character under the viewport point (x, y), or null when there is none. */
    offsetAtPoint(x, y) {
      return charAtPoint(doc, x, y, (node, index) => {
        const base = startOf.get(node);
        return base === undefined ? null : base + index;
      });
    },

    /** The bounding rectangle of [start, end) in viewport coordinates (null when hidden or absent). */
    rectOf(start, end) {
      return firstRect(view.rangeFor(start, end));
    },

    /** Unfolds the folded boilerplate runs that [start, end) touches (a move into one shows it). */
    reveal(start, end) {
      if (container.dataset.boilerplate !== 'fold') return;
      for (const [si, fold] of folds) {
        const s = stretches[si];
        if (!fold.open && s.start < end && start < s.end) setFold(fold, true);
      }
    },

    /** Scrolls the window so that [start, end) sits a third of the way down the viewport. */
    scrollTo(start, end, { behavior = 'auto' } = {}) {
      const win = doc.defaultView;
      const r = view.rectOf(start, end);
      if (!r) return false;
      if (r.top >= 60 && r.bottom <= win.innerHeight - 60) return true; // already in view
      win.scrollTo({ top: win.scrollY + r.top - win.innerHeight / 3, behavior });
      return true;
    },

    /**
     * Calls `cb(chunk)` for every chunk that comes near the viewport (once each, also for those already
     * near). Returns a function that stops observing.
     */
    observe(cb) {
      listeners.add(cb);
      if (!observer) {
        observer = new doc.defaultView.IntersectionObserver(
          (entries) => {
            for (const e of entries) {
              if (!e.isIntersecting) continue;
              const k = Number(e.target.dataset.k);
              if (visible.has(k)) continue;
              visible.add(k);
              observer.unobserve(e.target);
              for (const l of listeners) l(chunks[k]);
            }
          },
          { rootMargin: '100% 0px 100% 0px' },
        );
        for (const c of chunks) observer.observe(c.el);
      }
      return () => listeners.delete(cb);
    },

    destroy() {
      observer?.disconnect();
      listeners.clear();
    },
  };
  return view;
}
