// Moving around an annotated text: selecting a mention, a cluster or a quote (marked, scrolled to,
// described in the card, announced), stepping to the next or previous one, the hover card under the
// pointer, and the card that follows its text while the page scrolls. Shared by the page (www/app.js)
// and the extension's content script (extension/content/main.js): both give it their view, painter,
// card and a way to announce; neither keeps its own copy of this logic.

import { describeHit, speakerName } from './annotation.js';

/**
 * The speaker and cue of `quote`, the spans marked beside it.
 * @param {{speaker?: {start: number, end: number} | null, cue?: {start: number, end: number} | null} | null} quote
 */
export function relatedOf(quote) {
  return quote ? [quote.speaker, quote.cue].filter(Boolean) : [];
}

/**
 * A navigator over one shown annotation.
 *   cursor                    {kind: 'entity' | 'quote', i} or null: what was moved to last
 *   selectEntity(i), selectQuote(i), selectCluster(id)
 *   stepMention(±1), stepSameEntity(±1), stepQuote(±1)   the j/k, J/K and n/p moves (wrapping)
 *   pointerMove(event), pointerLeave()   the hover card (at most one lookup per frame)
 *   clickAt(x, y)             an entity: its next mention; a quote: the quote
 *   follow()                  after a scroll: the card stays by its text, or goes
 *   clear()                   no cursor, no marks, no card
 * @param {object} options
 * @param {import('./annotation.js').AnnotationIndex} options.index
 * @param {object} options.view a text view (ui/textview.js) or the extension's page map: rectOf,
 *   offsetAtPoint, scrollTo, and reveal(start, end) when parts of it can be folded away
 * @param {ReturnType<import('./highlights.js').createPainter>} options.painter
 * @param {ReturnType<import('./card.js').createCard>} options.card
 * @param {(text: string) => void} [options.announce] for the screen reader's live region
 * @param {(label: string) => boolean} [options.isVisible] labels the j/k moves stop at
 * @param {Window} [options.win] for requestAnimationFrame (the view's window by default)
 */
export function createNavigator({ index, view, painter, card, announce = () => {}, isVisible = () => true, win }) {
  const frame = win ?? view.container?.ownerDocument?.defaultView ?? globalThis;
  let cursor = null;
  let anchor = null; // {hit, span}: the card shows `hit` by `span` until the pointer moves elsewhere
  let pending = null;
  let done = false;

  function cardAt(hit, span) {
    const rect = view.rectOf(span.start, span.end);
    if (rect) card.show(describeHit(index, hit), rect);
    else card.hide();
    anchor = rect ? { hit, span } : null;
  }

  function moveTo(start, end) {
    view.reveal?.(start, end);
    view.scrollTo(start, end);
  }

  function selectEntity(i) {
    const e = index.entities[i];
    if (!e) return;
    cursor = { kind: 'entity', i };
    painter.setCurrent([e]);
    painter.setRelated([]);
    moveTo(e.start, e.end);
    const cluster = index.cluster(e);
    cardAt({ entity: e, entityIndex: i, cluster, quote: null, boilerplate: null }, e);
    const { position, count } = index.mentionPosition(i);
    announce(`${e.label} ${cluster?.name ?? e.text}, mention ${position} of ${count}`);
  }

  function selectQuote(i) {
    const q = index.quotes[i];
    if (!q) return;
    cursor = { kind: 'quote', i };
    painter.setCurrent([q]);
    painter.setRelated(relatedOf(q));
    moveTo(q.start, q.end);
    cardAt({ entity: null, cluster: null, quote: q, boilerplate: null }, { start: q.start, end: Math.min(q.end, q.start + 1) });
    announce(`quote ${i + 1} of ${index.quotes.length}, ${q.kind ?? 'quote'}, speaker ${speakerName(q.speaker)}`);
  }

  /** From a list: the cluster's first mention, or its next one when one of its mentions is marked. */
  function selectCluster(id) {
    const list = index.mentions.get(id);
    if (!list?.length) return;
    if (cursor?.kind === 'entity' && index.entities[cursor.i]?.entity === id) selectEntity(index.nextMention(cursor.i, 1));
    else selectEntity(list[0]);
  }

  const cursorOffset = () => (!cursor ? -1 : cursor.kind === 'entity' ? index.entities[cursor.i].start : index.quotes[cursor.i].start);

  /** The next or previous mention of a label that is shown, in text order (wrapping). */
  function stepMention(step) {
    const entities = index.entities;
    if (!entities.length) return;
    const pos = cursorOffset();
    const n = entities.length;
    let i;
    if (cursor?.kind === 'entity') i = cursor.i + step;
    else if (step > 0) i = entities.findIndex((e) => e.start > pos);
    else i = entities.findLastIndex((e) => e.start < pos);
    if (i < 0 && pos < 0) i = step > 0 ? 0 : n - 1;
    for (let tries = 0; tries < n; tries++, i += step) {
      const k = ((i % n) + n) % n;
      if (isVisible(entities[k].label)) return selectEntity(k);
    }
    announce('no mentions of the labels shown');
  }

  /** The same entity's next or previous mention (any mention when none is marked). */
  function stepSameEntity(step) {
    if (cursor?.kind !== 'entity') return stepMention(step);
    selectEntity(index.nextMention(cursor.i, step));
  }

  /** The next or previous quote (wrapping). */
  function stepQuote(step) {
    const quotes = index.quotes;
    if (!quotes.length) return announce('no quotes');
    let i;
    if (cursor?.kind === 'quote') i = cursor.i + step;
    else {
      const pos = cursorOffset();
      i = step > 0 ? quotes.findIndex((q) => q.start > pos) : quotes.findLastIndex((q) => q.start < pos);
      if (i < 0) i = step > 0 ? 0 : quotes.length - 1;
    }
    selectQuote(((i % quotes.length) + quotes.length) % quotes.length);
  }

  const cursorQuote = () => (cursor?.kind === 'quote' ? index.quotes[cursor.i] : null);

  function hover() {
    const point = pending;
    pending = null;
    if (done || !point) return;
    const offset = view.offsetAtPoint(point.x, point.y);
    const hit = offset === null ? null : index.findAt(offset);
    // Over a quote: mark who said it and the speech verb; elsewhere, those of the selected quote.
    painter.setRelated(relatedOf(hit?.quote ?? cursorQuote()));
    const lines = describeHit(index, hit);
    if (lines.length) {
      anchor = null;
      card.show(lines, point);
    } else if (!anchor) card.hide();
  }

  return {
    get cursor() {
      return cursor;
    },
    selectEntity,
    selectQuote,
    selectCluster,
    stepMention,
    stepSameEntity,
    stepQuote,
    /** @param {{clientX: number, clientY: number}} event */
    pointerMove(event) {
      if (pending === null) frame.requestAnimationFrame(hover);
      pending = { x: event.clientX, y: event.clientY };
    },
    pointerLeave() {
      pending = null;
      if (!anchor) card.hide();
      painter.setRelated(relatedOf(cursorQuote()));
    },
    /** @param {number} x @param {number} y viewport coordinates */
    clickAt(x, y) {
      const offset = view.offsetAtPoint(x, y);
      if (offset === null) return;
      const i = index.entityIndexAt(offset);
      if (i >= 0) return selectEntity(index.nextMention(i, 1));
      const hit = index.findAt(offset);
      if (hit?.quote) selectQuote(index.quotes.indexOf(hit.quote));
    },
    follow() {
      const rect = anchor && view.rectOf(anchor.span.start, anchor.span.end);
      if (rect) card.show(describeHit(index, anchor.hit), rect);
      else card.hide();
    },
    clear() {
      cursor = null;
      anchor = null;
      painter.setCurrent([]);
      painter.setRelated([]);
      card.hide();
    },
    destroy() {
      done = true;
      pending = null;
      card.hide();
    },
  };
}
