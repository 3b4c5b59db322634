// Painting an annotation (see ANNOTATION_FORMAT.md) onto a text node with the CSS Custom Highlight API.
// No framework and no page-specific DOM: the demo page uses it, a browser extension can reuse it.
//
// The article must be ONE text node whose data is exactly the annotated string: annotation offsets are
// UTF-16 code units, which is what Range.setStart/setEnd take on a text node. Nothing is inserted into
// the page's DOM: the ::highlight() rules go into an adopted style sheet.

/** Background colour per entity label; all are light enough for dark text (contrast > 10:1 with #1a1a1a). */
export const labelColors = {
  PERSON: '#ffc98f',
  ORG: '#b9d7f5',
  PLACE: '#bfe8b5',
  MISC: '#ddd3f5',
  DATE: '#f9c9e2',
  TIME: '#f2e2a8',
  MONEY: '#a9e4dc',
  PERCENT: '#e0efb0',
  NUMBER: '#dcdcdc',
};
export const LABELS = Object.keys(labelColors);

/** Highlight names registered in CSS.highlights. */
export const highlightNames = {
  entity: (label) => `ent-${label}`,
  quote: 'quote',
  boilerplate: 'boilerplate',
  active: 'aa-active', // transient: the hovered quote's speaker and cue, or a clicked quote
};

/** Colours of the non-entity highlights (for legends). */
export const quoteColor = '#c28a00';
export const boilerplateColor = '#888888';

/** The ::highlight() rules for all names above. */
export function highlightCss() {
  const entityRules = LABELS.map(
    (label) => `::highlight(${highlightNames.entity(label)}) { background-color: ${labelColors[label]}; color: #1a1a1a; }`,
  );
  return [
    ...entityRules,
    `::highlight(${highlightNames.quote}) { background-color: rgba(255, 214, 10, 0.18); text-decoration: underline 2px ${quoteColor}; text-underline-offset: 3px; }`,
    `::highlight(${highlightNames.boilerplate}) { color: ${boilerplateColor}; text-decoration: line-through; }`,
    `::highlight(${highlightNames.active}) { background-color: #ffe45c; color: #000; }`,
  ].join('\n');
}

const styled = new WeakSet();

/**
 * Adds the ::highlight() rules to `doc` once, as a constructed style sheet: that needs no
 * 'unsafe-inline' in a Content-Security-Policy and leaves the page's DOM untouched.
 */
export function ensureStyles(doc = document) {
  if (styled.has(doc)) return;
  styled.add(doc);
  const sheet = new doc.defaultView.CSSStyleSheet();
  sheet.replaceSync(highlightCss());
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

export function supportsHighlights() {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * serde-wasm-bindgen turns Rust maps (e.g. serde_json::Value objects) into JS `Map`s unless told otherwise;
 * this returns the same data with every Map as a plain object, so either shape works here.
 */
export function toPlain(value) {
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [k, toPlain(v)]));
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

/** A Range over [start, end) of `textNode`, or null when the span is empty or out of bounds. */
export function rangeFor(textNode, start, end) {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > textNode.length || start >= end) {
    return null;
  }
  const range = textNode.ownerDocument.createRange();
  range.setStart(textNode, start);
  range.setEnd(textNode, end);
  return range;
}

function register(name, ranges, priority) {
  const highlight = new Highlight(...ranges);
  highlight.priority = priority; // higher paints on top: entities over quotes over boilerplate
  CSS.highlights.set(name, highlight);
}

/**
 * Paints `annotation` onto `textNode`: one highlight per entity label that occurs, one for quotes and one
 * for boilerplate. Spans that don't fit the node are skipped (and counted in a console warning).
 * @returns {() => void} clear(): removes every highlight this call registered.
 */
export function paintAnnotation(textNode, annotation) {
  if (!textNode || textNode.nodeType !== Node.TEXT_NODE) throw new TypeError('paintAnnotation: expected a text node');
  if (!supportsHighlights()) return () => {};
  ensureStyles(textNode.ownerDocument);

  let skipped = 0;
  const ranges = (spans) => {
    const out = [];
    for (const s of spans ?? []) {
      const range = rangeFor(textNode, s.start, s.end);
      if (range) out.push(range);
      else skipped++;
    }
    return out;
  };

  const byLabel = new Map();
  for (const e of annotation.entities ?? []) {
    if (!byLabel.has(e.label)) byLabel.set(e.label, []);
    byLabel.get(e.label).push(e);
  }
  const names = [];
  for (const [label, spans] of byLabel) {
    names.push(highlightNames.entity(label));
    register(names.at(-1), ranges(spans), 3);
  }
  names.push(highlightNames.quote);
  register(highlightNames.quote, ranges(annotation.quotes), 2);
  names.push(highlightNames.boilerplate);
  register(highlightNames.boilerplate, ranges(annotation.boilerplate), 1);

  if (skipped) console.warn(`paintAnnotation: skipped ${skipped} span(s) outside the text (length ${textNode.length})`);
  return () => {
    for (const name of names) CSS.highlights.delete(name);
    CSS.highlights.delete(highlightNames.active);
  };
}

/** Marks spans [{start, end}, ...] (e.g. a quote's speaker and cue) as active; an empty list clears. */
export function setActive(textNode, spans) {
  if (!supportsHighlights()) return;
  const list = spans.map((s) => s && rangeFor(textNode, s.start, s.end)).filter(Boolean);
  if (list.length === 0) return void CSS.highlights.delete(highlightNames.active);
  ensureStyles(textNode.ownerDocument);
  register(highlightNames.active, list, 4);
}

/** The last item of `sorted` (by start) with start <= offset, by binary search; -1 if none. */
function lastStartingAtOrBefore(sorted, offset) {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * What covers the character at `offset`: {entity, cluster, quote, boilerplate} (each possibly null),
 * or null when nothing does.
 */
export function findAt(annotation, offset) {
  const inside = (s) => s.start <= offset && offset < s.end;
  const entities = annotation.entities ?? [];
  const i = lastStartingAtOrBefore(entities, offset); // entities are sorted and don't overlap
  const entity = i >= 0 && inside(entities[i]) ? entities[i] : null;
  const cluster = entity ? (annotation.clusters ?? []).find((c) => c.id === entity.entity) ?? null : null;
  // Quotes and boilerplate may nest or overlap: take the innermost (last starting) one.
  const quote = (annotation.quotes ?? []).filter(inside).at(-1) ?? null;
  const boilerplate = (annotation.boilerplate ?? []).filter(inside).at(-1) ?? null;
  return entity || quote || boilerplate ? { entity, cluster, quote, boilerplate } : null;
}

/** One line of text per thing found by findAt(), for a tooltip (plain strings: set them with textContent). */
export function describeHit(hit) {
  if (!hit) return [];
  const lines = [];
  if (hit.entity) {
    const name = hit.cluster?.name;
    lines.push(name && name !== hit.entity.text ? `${hit.entity.label} · ${name}` : `${hit.entity.label}`);
  }
  if (hit.quote) lines.push(`${hit.quote.kind ?? 'quote'} quote · ${hit.quote.speaker?.name ?? 'speaker unknown'}`);
  if (hit.boilerplate) lines.push(`boilerplate${hit.boilerplate.reason ? ` (${hit.boilerplate.reason})` : ''}`);
  return lines;
}

/**
 * The offset of the character of `textNode` under the viewport point (x, y), or null when the point is
 * not over one of its characters (e.g. in the margin after a short line).
 */
export function offsetAtPoint(textNode, x, y) {
  const doc = textNode.ownerDocument;
  let node;
  let offset;
  if (doc.caretPositionFromPoint) {
    const pos = doc.caretPositionFromPoint(x, y);
    node = pos?.offsetNode;
    offset = pos?.offset;
  } else if (doc.caretRangeFromPoint) {
    const range = doc.caretRangeFromPoint(x, y);
    node = range?.startContainer;
    offset = range?.startOffset;
  }
  if (node !== textNode) return null;
  // The caret sits *between* characters: the character under the point is the one after or before it.
  for (const candidate of [offset, offset - 1]) {
    const range = rangeFor(textNode, candidate, candidate + 1);
    if (!range) continue;
    for (const r of range.getClientRects()) {
      if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return candidate;
    }
  }
  return null;
}
