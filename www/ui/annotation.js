// Reading an annotation object (../shared/ANNOTATION_FORMAT.md): plain-object conversion, lookups by
// offset and by entity, and one-line descriptions. Pure functions: no DOM, no page globals, so the
// page, its worker and a browser-extension panel can all import this module.

/** The nine entity labels, in legend order (digits 1-9 on the page). */
export const LABELS = ['PERSON', 'ORG', 'PLACE', 'MISC', 'DATE', 'TIME', 'MONEY', 'PERCENT', 'NUMBER'];

/**
 * serde-wasm-bindgen turns Rust maps into JS `Map`s unless told otherwise; this returns the same data
 * with every Map as a plain object, so either shape works (and JSON.stringify sees every field).
 * @param {any} value
 */
export function toPlain(value) {
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [k, toPlain(v)]));
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

/**
 * The last index of `sorted` (by start) with start <= offset, by binary search; -1 if none.
 * @param {{start: number}[]} sorted
 * @param {number} offset
 */
export function lastStartingAtOrBefore(sorted, offset) {
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
 * The first index of `sorted` (by start) with start >= offset; sorted.length if none.
 * @param {{start: number}[]} sorted
 * @param {number} offset
 */
export function firstStartingAtOrAfter(sorted, offset) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of `value` in the ascending number array `list`, or -1. */
function indexInSorted(list, value) {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] === value) return mid;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * A quote of kind `term`: quoted words that are nobody's speech (a title, a so-called word).
 * @param {{kind?: string} | null | undefined} quote
 */
export function isTerm(quote) {
  return quote?.kind === 'term';
}

/**
 * Lookups over one annotation, built once (linear): the cluster of each entity, the mentions of each
 * cluster in text order, and per-label counts. `quotes` are the quotes of speech (direct, partial);
 * the quoted terms (kind `term`, no speaker) are apart in `terms`: they are left out of the quote
 * list, the quote count, the quote highlight and the n/p moves, and only described when hovered.
 */
export class AnnotationIndex {
  /** @param {object | null} annotation an annotation object (../shared/ANNOTATION_FORMAT.md) */
  constructor(annotation) {
    this.annotation = annotation;
    this.entities = annotation?.entities ?? [];
    const quotes = annotation?.quotes ?? [];
    this.quotes = quotes.filter((q) => !isTerm(q));
    this.terms = quotes.filter(isTerm);
    this.boilerplate = annotation?.boilerplate ?? [];
    this.clusters = annotation?.clusters ?? [];
    this.clusterById = new Map(this.clusters.map((c) => [c.id, c]));
    /** cluster id -> indexes into `entities`, ascending */
    this.mentions = new Map();
    this.labelCounts = Object.fromEntries(LABELS.map((l) => [l, 0]));
    this.entities.forEach((e, i) => {
      let list = this.mentions.get(e.entity);
      if (!list) this.mentions.set(e.entity, (list = []));
      list.push(i);
      this.labelCounts[e.label] = (this.labelCounts[e.label] ?? 0) + 1;
    });
  }

  cluster(entity) {
    return entity ? this.clusterById.get(entity.entity) ?? null : null;
  }

  /** Index in `entities` of the entity covering `offset`, or -1 (entities are sorted and disjoint). */
  entityIndexAt(offset) {
    const i = lastStartingAtOrBefore(this.entities, offset);
    return i >= 0 && offset < this.entities[i].end ? i : -1;
  }

  /**
   * What covers the character at `offset`: {entity, entityIndex, cluster, quote, term, boilerplate} (each
   * possibly null), or null when nothing does. Quotes and boilerplate may nest: the innermost wins.
   */
  findAt(offset) {
    const entityIndex = this.entityIndexAt(offset);
    const entity = entityIndex >= 0 ? this.entities[entityIndex] : null;
    const innermost = (list) => {
      for (let i = lastStartingAtOrBefore(list, offset); i >= 0; i--) if (offset < list[i].end) return list[i];
      return null;
    };
    const quote = innermost(this.quotes);
    const term = this.terms.length ? innermost(this.terms) : null;
    const boilerplate = innermost(this.boilerplate);
    if (!entity && !quote && !term && !boilerplate) return null;
    return { entity, entityIndex, cluster: this.cluster(entity), quote, term, boilerplate };
  }

  /** {position (1-based), count} of entity `i` among the mentions of its cluster. */
  mentionPosition(i) {
    const list = this.mentions.get(this.entities[i]?.entity) ?? [];
    const k = indexInSorted(list, i);
    return { position: k + 1, count: list.length };
  }

  /** The entity index of the mention of the same cluster after (step 1) or before (step -1) entity `i`, cyclic. */
  nextMention(i, step = 1) {
    const list = this.mentions.get(this.entities[i]?.entity);
    if (!list || list.length === 0) return -1;
    const k = indexInSorted(list, i);
    if (k < 0) return list[0];
    return list[(k + step + list.length) % list.length];
  }
}

/**
 * A speaker that is a description of a source ("the report", "a spokesman") rather than one of the
 * clusters: `entity` is null and `name` holds the description's words.
 * @param {{entity?: number | null, name?: string} | null | undefined} speaker
 */
export function isDescribed(speaker) {
  return Boolean(speaker) && speaker.entity === null && Boolean(speaker.name ?? speaker.text);
}

/**
 * What to call a quote's speaker: the cluster's name, a description's words, or "unknown".
 * @param {{name?: string | null, text?: string} | null | undefined} speaker
 */
export function speakerName(speaker) {
  return speaker?.name || speaker?.text || 'unknown';
}

/**
 * Lines for a hover or focus card: [{key, value}], plain strings (set them with textContent).
 * `hit` is what AnnotationIndex.findAt() returns.
 * @param {AnnotationIndex} index
 * @param {ReturnType<AnnotationIndex['findAt']>} hit
 */
export function describeHit(index, hit) {
  if (!hit) return [];
  const lines = [];
  if (hit.entity) {
    lines.push({ key: 'type', value: hit.entity.label });
    lines.push({ key: 'entity', value: hit.cluster?.name ?? hit.entity.text });
    const { position, count } = index.mentionPosition(hit.entityIndex);
    const total = hit.cluster?.mentions ?? count;
    lines.push({ key: 'mentions', value: position > 0 ? `${total} (this is ${position} of ${count})` : String(total) });
  }
  if (hit.quote) {
    const q = hit.quote;
    lines.push({ key: 'quote', value: q.kind ?? 'quote' });
    lines.push({ key: 'speaker', value: speakerName(q.speaker) });
    if (isDescribed(q.speaker)) lines.push({ key: 'source', value: 'described, not a named entity' });
    else if (q.speaker?.text && q.speaker.text !== q.speaker.name) lines.push({ key: 'named as', value: q.speaker.text });
    lines.push({ key: 'cue', value: q.cue?.text ?? '—' });
  }
  if (hit.term && !hit.quote) lines.push({ key: 'term', value: 'in quotation marks, nobody’s words' });
  if (hit.boilerplate) lines.push({ key: 'boilerplate', value: hit.boilerplate.reason ?? 'not the article' });
  return lines;
}

/**
 * A compact, transferable form of an annotation's entities (the bulk of a large annotation): four
 * Int32 per entity (start, end, label number, cluster id) and the label names. Posting this from a
 * worker and unpacking it costs a few milliseconds where structured-cloning 100 000 objects costs
 * hundreds. Returns {annotation (without entities), packed: {data, labels}, keys (field order)}.
 * @param {{entities?: {start: number, end: number, label: string, entity: number}[]}} annotation
 */
export function packAnnotation(annotation) {
  const entities = annotation.entities ?? [];
  const labels = [];
  const labelNo = new Map();
  const data = new Int32Array(entities.length * 4);
  entities.forEach((e, i) => {
    let n = labelNo.get(e.label);
    if (n === undefined) {
      n = labels.length;
      labels.push(e.label);
      labelNo.set(e.label, n);
    }
    data.set([e.start, e.end, n, e.entity], i * 4);
  });
  const rest = { ...annotation };
  delete rest.entities;
  return { annotation: rest, packed: { data, labels }, keys: Object.keys(annotation) };
}

/**
 * The inverse of packAnnotation(): the annotation object with its entities ({start, end, text, label, entity}).
 * @param {ReturnType<typeof packAnnotation>} packed what packAnnotation() returned
 * @param {string} text the annotated text (the entities' `text` is sliced from it)
 */
export function unpackAnnotation({ annotation, packed, keys }, text) {
  const { data, labels } = packed;
  const entities = new Array(data.length / 4);
  for (let i = 0, j = 0; j < data.length; i++, j += 4) {
    entities[i] = { start: data[j], end: data[j + 1], text: text.slice(data[j], data[j + 1]), label: labels[data[j + 2]], entity: data[j + 3] };
  }
  const out = {};
  for (const k of keys) out[k] = k === 'entities' ? entities : annotation[k];
  return out;
}
