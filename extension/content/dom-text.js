// The text of a live page, as the reader sees it, with a map back to the page's own text nodes, so
// that an annotation's UTF-16 offsets become DOM Ranges (for CSS highlights) and a point under the
// pointer becomes an offset. Nothing in the page is changed: the walker only reads.
//
// The text: the visible text of document.body (script, style, noscript, template, svg/math, iframes,
// form controls and buttons skipped; display: none, content-visibility: hidden and screen-reader-only
// boxes skipped; text under visibility: hidden left out), whitespace collapsed as CSS does for
// `white-space: normal` (kept under pre / pre-wrap / break-spaces, newlines kept under pre-line),
// one block per block-level box (by computed `display`), blocks joined by "\n\n", a <br> as "\n".
// That is the annotator's plain-text input: one block per non-blank line.
//
// The map: the text is a sequence of segments, each a run of characters copied from one text node
// (a collapsed whitespace run is one " " mapped to the run's first character); the separators the
// walker adds ("\n\n", "\n", the space between inline-block boxes) map to no node. A range that
// starts or ends on a separator snaps to the nearest mapped character inside the range.
//
// readDocument() is the "text + map" half of the extension; what annotates that text lives in
// engine.js. The view also turns the HTML classifier's verdict on the page's text nodes (the wasm
// package's boilerplateNodes(document)) into boilerplate lines of this text (boilerplateRanges),
// which annotateWithBoilerplate() takes: the structure-aware boilerplate over the walker's own text.

import { charAtPoint, firstRect } from '../ui/textview.js';
const HTML_NS = 'http://www.w3.org/1999/xhtml';
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED',
  'CANVAS', 'VIDEO', 'AUDIO', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'BUTTON', 'DIALOG',
]);
const PRE = new Set(['pre', 'pre-wrap', 'break-spaces']);

/** What separates content: nothing, a space, a line break, a block break (the strongest wins). */
const NONE = 0;
const SPACE = 1;
const LINE = 2;
const BLOCK = 3;
const SEPARATOR = ['', ' ', '\n', '\n\n'];

/** Is `display` (computed) inline-level, i.e. not a block boundary? */
function inlineLevel(display) {
  return display.startsWith('inline') || display === 'contents' || display.startsWith('ruby');
}

/** A screen-reader-only box (the usual "visually hidden" pattern): clipped to at most 1 px. */
function srOnly(style) {
  if (style.position !== 'absolute' && style.position !== 'fixed') return false;
  if (style.overflow !== 'hidden' && style.clip === 'auto' && style.clipPath === 'none') return false;
  return parseFloat(style.width) <= 1 || parseFloat(style.height) <= 1;
}

/**
 * Reads the visible text of `doc` (default: the current document) and returns a view of it:
 *   text, rangeFor(start, end), offsetOf(node, offset), offsetAtPoint(x, y), rectOf(start, end),
 *   scrollTo(start, end), and what ui/highlights.js createPainter() needs (container, chunks,
 *   bounds, ready, observe, destroy). `skip(element)` may leave out more (the extension's own host).
 */
export function readDocument(doc = document, { root = doc.body ?? doc.documentElement, skip = () => false } = {}) {
  const win = doc.defaultView;
  const parts = [];
  let length = 0;
  // Segments as parallel arrays: text offset, node, offset in the node, length.
  const segStart = [];
  const segNode = [];
  const segOffset = [];
  const segLength = [];
  const firstSegment = new Map(); // text node -> index of its first segment

  let pending = NONE;
  let spaceAt = null; // [node, offset] of the whitespace a pending SPACE stands for
  const want = (sep, node = null, offset = 0) => {
    if (sep > pending) {
      pending = sep;
      spaceAt = sep === SPACE && node ? [node, offset] : null;
    }
  };
  const addSegment = (node, offset, len) => {
    const k = segStart.length;
    const last = k - 1;
    if (last >= 0 && segNode[last] === node && segOffset[last] + segLength[last] === offset && segStart[last] + segLength[last] === length) {
      segLength[last] += len; // continues the previous segment
      return;
    }
    if (!firstSegment.has(node)) firstSegment.set(node, k);
    segStart.push(length);
    segNode.push(node);
    segOffset.push(offset);
    segLength.push(len);
  };
  /** Emits `str`, which is node.data[offset, offset + str.length), after any pending separator. */
  const emit = (node, offset, str) => {
    if (!str) return;
    if (length > 0 && pending !== NONE) {
      const sep = SEPARATOR[pending];
      if (pending === SPACE && spaceAt) addSegment(spaceAt[0], spaceAt[1], 1);
      parts.push(sep);
      length += sep.length;
    }
    pending = NONE;
    spaceAt = null;
    addSegment(node, offset, str.length);
    parts.push(str);
    length += str.length;
  };

  function text(node, style) {
    const data = node.data;
    if (!data) return;
    const ws = style.whiteSpaceCollapse ?? '';
    const mode = ws === 'preserve' || ws === 'break-spaces' || PRE.has(style.whiteSpace) ? 'pre'
      : ws === 'preserve-breaks' || style.whiteSpace === 'pre-line' ? 'pre-line' : 'normal';
    if (mode === 'pre') {
      emit(node, 0, data);
      return;
    }
    const re = /[ \t\n\r\f]+|[^ \t\n\r\f]+/g;
    for (let m = re.exec(data); m; m = re.exec(data)) {
      const run = m[0];
      const c = run.charCodeAt(0);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c) {
        want(mode === 'pre-line' && run.includes('\n') ? LINE : SPACE, node, m.index);
      } else emit(node, m.index, run);
    }
  }

  function walk(el, parentStyle) {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (parentStyle.visibility === 'visible') text(child, parentStyle);
        continue;
      }
      if (child.nodeType !== 1) continue;
      if (child.namespaceURI !== HTML_NS || SKIP.has(child.tagName) || skip(child)) continue;
      if (child.tagName === 'BR') {
        want(LINE);
        continue;
      }
      const style = win.getComputedStyle(child);
      const display = style.display;
      if (display === 'none' || style.contentVisibility === 'hidden' || (display !== 'contents' && srOnly(style))) continue;
      const inline = inlineLevel(display);
      const boundary = !inline ? BLOCK : display === 'inline' || display === 'contents' ? NONE : SPACE;
      if (boundary) want(boundary);
      walk(child, style);
      if (boundary) want(boundary);
    }
  }

  const rootStyle = win.getComputedStyle(root);
  if (rootStyle.display !== 'none') walk(root, rootStyle);
  const fullText = parts.join('');
  const n = segStart.length;

  /** Index of the last segment starting at or before `o` (or -1). */
  function segmentAt(o) {
    let lo = 0;
    let hi = n - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segStart[mid] <= o) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
  /** The DOM position of offset `o` used as a range start (snapping forward off separators). */
  function startPosition(o) {
    let k = segmentAt(o);
    if (k < 0 || o >= segStart[k] + segLength[k]) k++; // on a separator: the next mapped character
    if (k >= n) return null;
    const at = Math.max(o, segStart[k]);
    return { k, at, node: segNode[k], offset: segOffset[k] + (at - segStart[k]) };
  }
  /** The DOM position of offset `o` used as a range end (snapping back off separators). */
  function endPosition(o) {
    const k = segmentAt(o - 1);
    if (k < 0) return null;
    const at = Math.min(o, segStart[k] + segLength[k]);
    return { k, at, node: segNode[k], offset: segOffset[k] + (at - segStart[k]) };
  }

  const container = root;
  const chunk = { start: 0, end: fullText.length, el: container, index: 0 };
  const view = {
    text: fullText,
    container,
    chunks: [chunk],
    bounds: [0, fullText.length],
    ready: Promise.resolve(),
    segmentCount: n,

    /** A live Range over [start, end) of the text, or null when nothing of it maps to the page. */
    rangeFor(start, end) {
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > fullText.length || start >= end) return null;
      const a = startPosition(start);
      const b = endPosition(end);
      if (!a || !b || a.at >= b.at) return null;
      const range = doc.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      return range;
    },

    /** The text offset of a DOM position (a text node and an offset in it), or null. */
    offsetOf(node, offset) {
      let k = firstSegment.get(node);
      if (k === undefined) return null;
      let best = null;
      for (; k < n && segNode[k] === node; k++) {
        if (offset < segOffset[k]) break;
        best = segStart[k] + Math.min(offset - segOffset[k], segLength[k]);
      }
      return best;
    },

    /** The offset of the character under the viewport point (x, y), or null. */
    offsetAtPoint(x, y) {
      return charAtPoint(doc, x, y, (node, index) => {
        if (!firstSegment.has(node)) return null;
        const o = view.offsetOf(node, index);
        return o !== null && o < fullText.length ? o : null;
      });
    },

    /** The first client rectangle of [start, end) (viewport coordinates), or null when not rendered. */
    rectOf(start, end) {
      return firstRect(view.rangeFor(start, end));
    },

    /**
     * Scrolls [start, end) into view, a third of the way down the viewport: first the element that
     * holds it (which also scrolls any scrolling box it sits in), then the window by the rest.
     */
    scrollTo(start, end) {
      const range = view.rangeFor(start, end);
      if (!range) return false;
      let r = view.rectOf(start, end);
      if (r && r.top >= 60 && r.bottom <= win.innerHeight - 60) return true;
      const el = range.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
      r = view.rectOf(start, end);
      if (!r) return false;
      if (r.top < 60 || r.bottom > win.innerHeight - 60) win.scrollBy({ top: r.top - win.innerHeight / 3, behavior: 'instant' });
      return true;
    },

    /**
     * The lines of the text that are boilerplate by the page's structure, as `annotateWithBoilerplate`
     * takes them: a flat array [start, end, reason, ...]. `nodeReasons` is what the wasm package's
     * `boilerplateNodes(document)` returns, [textNode, reason, ...]: the HTML classifier's verdict
     * on the page's text nodes. A line (the text between two "\n", i.e. one block of this walker)
     * is boilerplate when more than half of its characters come from such nodes; its reason is the
     * one most of those characters have. The walker's blocks and the classifier's may be cut
     * differently (computed display here, tags there); going through the text nodes settles that.
     */
    boilerplateRanges(nodeReasons) {
      const reasonOf = new Map();
      for (let i = 0; i + 1 < nodeReasons.length; i += 2) reasonOf.set(nodeReasons[i], nodeReasons[i + 1]);
      const out = [];
      if (reasonOf.size === 0) return out;
      let k = 0;
      for (let ls = 0; ls < fullText.length;) {
        let le = fullText.indexOf('\n', ls);
        if (le < 0) le = fullText.length;
        let total = 0;
        const counts = new Map();
        // segments overlapping [ls, le); a segment may run on past the line (a "\n" kept under pre)
        while (k < n && segStart[k] + segLength[k] <= ls) k++;
        for (let j = k; j < n && segStart[j] < le; j++) {
          const len = Math.min(le, segStart[j] + segLength[j]) - Math.max(ls, segStart[j]);
          total += len;
          const r = reasonOf.get(segNode[j]);
          if (r !== undefined) counts.set(r, (counts.get(r) ?? 0) + len);
        }
        let boiler = 0;
        let reason = null;
        let most = 0;
        for (const [r, c] of counts) {
          boiler += c;
          if (c > most) [reason, most] = [r, c];
        }
        if (total > 0 && boiler * 2 > total) out.push(ls, le, reason);
        ls = le + 1;
      }
      return out;
    },

    // For createPainter(): one chunk, painted at once (ranges are cheap; the text is a page's).
    observe(cb) {
      cb(chunk);
      return () => {};
    },
    destroy() {},
  };
  return view;
}
