// Exports of one annotated text: the annotation object as JSON, the W3C Web Annotation Data Model
// (JSON-LD), and the article's main text. Pure functions (no DOM): the page runs them in its worker so a
// 10 MB export never blocks the page; an extension panel can call them directly. `download()` at the
// end is the only DOM helper, and takes the document it works in.

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * The annotation object exactly as the annotator returned it, as pretty JSON.
 * @param {object} annotation
 */
export function annotationJson(annotation) {
  return `${JSON.stringify(annotation, null, 2)}\n`;
}

// What Rust calls whitespace (char::is_whitespace) and line breaks (blocks::is_line_break): the main
// text below is cut exactly like the native `annotate --main-text` and the wasm mainText().
const isWs = (c) =>
  (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
const isLineBreak = (c) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85;

function trim(s) {
  let a = 0;
  let b = s.length;
  while (a < b && isWs(s.charCodeAt(a))) a++;
  while (b > a && isWs(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

/**
 * The article's main text: every non-blank line of `text` (a block) trimmed and with the boilerplate
 * spans cut out, the non-empty blocks joined by blank lines. Linear in the text.
 * @param {string} text
 * @param {{boilerplate?: {start: number, end: number}[]}} annotation
 */
export function mainText(text, annotation) {
  const boiler = [...(annotation?.boilerplate ?? [])].sort((a, b) => a.start - b.start);
  const out = [];
  let k = 0;
  let pos = 0;
  while (pos < text.length) {
    let lineEnd = pos;
    while (lineEnd < text.length && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
    // The block: the line without its leading and trailing whitespace.
    let bStart = pos;
    let bEnd = lineEnd;
    pos = lineEnd + 1;
    while (bStart < bEnd && isWs(text.charCodeAt(bStart))) bStart++;
    while (bEnd > bStart && isWs(text.charCodeAt(bEnd - 1))) bEnd--;
    if (bStart === bEnd) continue;
    let kept = '';
    let p = bStart;
    while (k < boiler.length && boiler[k].start < bEnd) {
      const b = boiler[k];
      if (b.start > p) kept += text.slice(p, b.start);
      p = Math.max(p, b.end);
      k++;
    }
    if (p < bEnd) kept += text.slice(p, bEnd);
    kept = trim(kept);
    if (kept) out.push(kept);
  }
  return out.join('\n\n');
}

/**
 * A short stable hash of the text (FNV-1a, 2 x 32 bits) that names the document in annotation ids.
 * @param {string} text
 */
export function textHash(text) {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;

/** The up to `n` code units before `start`, never starting inside a surrogate pair. */
function prefixOf(text, start, n) {
  let from = Math.max(0, start - n);
  if (from > 0 && isLow(text.charCodeAt(from))) from++;
  return text.slice(from, start);
}

/** The up to `n` code units after `end`, never ending inside a surrogate pair. */
function suffixOf(text, end, n) {
  let to = Math.min(text.length, end + n);
  if (to < text.length && isHigh(text.charCodeAt(to - 1))) to--;
  return text.slice(end, to);
}

const tag = (value) => ({ type: 'TextualBody', value, purpose: 'tagging', format: 'text/plain' });

/**
 * The annotation as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): a JSON array with
 * one Annotation per entity, quote and boilerplate span. Each targets the text with a
 * TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector (start, end in UTF-16 code
 * units, as in the annotation object); the label, the quote's kind and speaker and the boilerplate's
 * reason are TextualBody tags. Options: `source` (an IRI for the text; default a tag: IRI made from
 * the text's hash), `context` (prefix/suffix length, default 32), `generator` (a name).
 * @param {string} text
 * @param {object} annotation
 * @param {{source?: string, context?: number, generator?: string}} [options]
 */
export function webAnnotations(text, annotation, { source, context = 32, generator = 'article-annotator' } = {}) {
  const doc = source ?? `tag:article-annotator,2026:text/${textHash(text)}`;
  const items = [];
  const target = (s) => ({
    source: doc,
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: text.slice(s.start, s.end),
        prefix: prefixOf(text, s.start, context),
        suffix: suffixOf(text, s.end, context),
      },
      { type: 'TextPositionSelector', start: s.start, end: s.end },
    ],
  });
  const add = (kind, i, s, body) =>
    items.push({
      '@context': ANNO_CONTEXT,
      id: `${doc}#${kind}-${i}`,
      type: 'Annotation',
      motivation: 'tagging',
      generator: { type: 'Software', name: generator },
      body,
      target: target(s),
    });

  const clusters = new Map((annotation?.clusters ?? []).map((c) => [c.id, c]));
  (annotation?.entities ?? []).forEach((e, i) => {
    const body = [tag(e.label)];
    const name = clusters.get(e.entity)?.name;
    if (name) body.push({ type: 'TextualBody', value: name, purpose: 'identifying', format: 'text/plain' });
    add('entity', i, e, body);
  });
  (annotation?.quotes ?? []).forEach((q, i) => {
    const body = [tag('quote'), tag(q.kind ?? 'direct')];
    if (q.speaker?.name) body.push(tag(`speaker: ${q.speaker.name}`));
    if (q.cue?.text) body.push(tag(`cue: ${q.cue.text}`));
    add('quote', i, q, body);
  });
  (annotation?.boilerplate ?? []).forEach((b, i) => {
    const body = [tag('boilerplate')];
    if (b.reason) body.push(tag(b.reason));
    add('boilerplate', i, b, body);
  });
  return items;
}

/**
 * webAnnotations() as pretty JSON.
 * @param {string} text
 * @param {object} annotation
 * @param {{source?: string, context?: number, generator?: string}} [options]
 */
export function webAnnotationsJson(text, annotation, options) {
  return `${JSON.stringify(webAnnotations(text, annotation, options), null, 2)}\n`;
}

/**
 * File names for a source name ("000_abc.txt", "page.html", "pasted").
 * @param {string} source
 */
export function exportNames(source) {
  const base = String(source || 'article').replace(/\.[A-Za-z0-9]{1,5}$/, '').replace(/[^\w.-]+/g, '_') || 'article';
  return { json: `${base}.annotation.json`, webanno: `${base}.webanno.jsonld`, main: `${base}.main.txt` };
}

export const exportTypes = {
  json: 'application/json',
  webanno: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
  main: 'text/plain;charset=utf-8',
};

/**
 * Builds one export as {blob, name}: format is 'json', 'webanno' or 'main'; `generator` names the annotator.
 * @param {'json' | 'webanno' | 'main'} format
 * @param {{text: string, annotation: object, source?: string, generator?: string}} last
 */
export function buildExport(format, { text, annotation, source, generator }) {
  const names = exportNames(source);
  const body =
    format === 'json' ? annotationJson(annotation)
      : format === 'webanno' ? webAnnotationsJson(text, annotation, generator ? { generator } : {})
        : format === 'main' ? `${mainText(text, annotation)}\n`
          : null;
  if (body === null) throw new Error(`unknown export format: ${format}`);
  return { blob: new Blob([body], { type: exportTypes[format] }), name: names[format] };
}

/**
 * Saves `blob` as a file named `name` through a temporary link in `doc` (nothing is sent anywhere).
 * @param {Document} doc
 * @param {Blob} blob
 * @param {string} name
 */
export function download(doc, blob, name) {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
