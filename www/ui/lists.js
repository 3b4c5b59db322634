// The side panel's lists: entities grouped by type (cluster name and mention count) and quotes with
// their speakers. Each takes a container, the AnnotationIndex (ui/annotation.js) and a callback for a
// click; no page globals, so an extension panel can use them. Text goes in with textContent only.
// Very long lists show their first `max` items and a button for the next ones.

import { LABELS, isDescribed, speakerName } from './annotation.js';

/**
 * An element factory for `doc`: make(tag, className?, text?) (the text goes in as textContent).
 * @param {Document} doc
 * @returns {(tag: string, className?: string | null, text?: string) => HTMLElement}
 */
export function maker(doc) {
  return (tag, className, text) => {
    const el = doc.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  };
}

/** Appends items[from..] to `list` in pages of `max`, with a "show more" button while some are left. */
function paged(list, items, max, build, make) {
  let shown = 0;
  let more = null;
  const step = () => {
    const upto = Math.min(items.length, shown + max);
    const frag = list.ownerDocument.createDocumentFragment();
    for (let i = shown; i < upto; i++) frag.append(build(items[i], i));
    shown = upto;
    list.append(frag);
    more?.remove();
    if (shown < items.length) {
      more = make('li', 'aa-more');
      const b = make('button', null, `Show ${Math.min(max, items.length - shown).toLocaleString('en')} more of ${(items.length - shown).toLocaleString('en')}`);
      b.type = 'button';
      b.addEventListener('click', () => {
        step();
        list.querySelectorAll('button')[shown - max]?.focus();
      });
      more.append(b);
      list.append(more);
    }
  };
  step();
}

/**
 * Entities grouped by label: "PERSON · 3 entities · 25 mentions", then one button per cluster (its
 * name and mention count), most mentioned first. `onSelect(clusterId)` on click.
 * @param {HTMLElement} container
 * @param {import('./annotation.js').AnnotationIndex} index
 * @param {{onSelect?: (clusterId: number) => void, max?: number}} [options]
 */
export function renderEntityList(container, index, { onSelect, max = 100 } = {}) {
  const make = maker(container.ownerDocument);
  const groups = new Map(LABELS.map((l) => [l, []]));
  for (const c of index.clusters) {
    const mentions = c.mentions ?? index.mentions.get(c.id)?.length ?? 0;
    if (!groups.has(c.label)) groups.set(c.label, []);
    groups.get(c.label).push({ cluster: c, mentions });
  }
  const sections = [];
  for (const [label, items] of groups) {
    if (items.length === 0) continue;
    items.sort((a, b) => b.mentions - a.mentions || String(a.cluster.name).localeCompare(String(b.cluster.name)));
    const total = items.reduce((n, x) => n + x.mentions, 0);
    const details = make('details', 'aa-group');
    details.open = true;
    details.dataset.label = label;
    const summary = make('summary');
    const swatch = make('span', 'aa-swatch aa-swatch-label');
    swatch.style.setProperty('--swatch', `var(--aa-${label})`);
    swatch.setAttribute('aria-hidden', 'true');
    const counts = `${items.length} ${items.length === 1 ? 'entity' : 'entities'} · ${total} mention${total === 1 ? '' : 's'}`;
    summary.append(swatch, make('span', 'aa-name', label), make('span', 'aa-count', counts));
    summary.title = `${label} · ${counts}`;
    const list = make('ul', 'aa-entities');
    paged(list, items, max, ({ cluster, mentions }) => {
      const button = make('button', 'aa-entity');
      button.type = 'button';
      button.dataset.cluster = String(cluster.id);
      button.append(make('span', 'aa-name', cluster.name), make('span', 'aa-count', `×${mentions}`));
      button.title = `${label} · ${cluster.name} · ${mentions} mention${mentions === 1 ? '' : 's'} — click to go to the next one`;
      button.addEventListener('click', () => onSelect?.(cluster.id));
      const li = make('li');
      li.append(button);
      return li;
    }, make);
    details.append(summary, list);
    sections.push(details);
  }
  if (sections.length === 0) sections.push(make('p', 'aa-empty', index.annotation ? 'No entities found.' : '—'));
  container.replaceChildren(...sections);
}

/**
 * The first `words` words of `text` without leading quotation marks, with "…" if cut.
 * @param {string} text
 * @param {number} [words]
 */
export function firstWords(text, words = 12) {
  const parts = text.replace(/^[\s“”"‘’'«»„]+/, '').split(/\s+/);
  return parts.slice(0, words).join(' ') + (parts.length > words ? ' …' : '');
}

/**
 * Quotes of speech in text order (index.quotes: quoted terms are not listed): the speaker (a
 * cluster's name, a description such as "the report" in italics, or "speaker unknown"), the first
 * words, and "partial" when so.
 * @param {HTMLElement} container
 * @param {import('./annotation.js').AnnotationIndex} index
 * @param {string} text the annotated text
 * @param {{onSelect?: (i: number) => void, max?: number}} [options]
 */
export function renderQuoteList(container, index, text, { onSelect, max = 200 } = {}) {
  const make = maker(container.ownerDocument);
  const list = make('ol', 'aa-quotes');
  const quotes = index.quotes;
  if (quotes.length === 0) {
    list.append(make('li', 'aa-empty', index.annotation ? 'No quotes found.' : '—'));
  } else {
    paged(list, quotes, max, (q, i) => {
      const button = make('button', 'aa-quote');
      button.type = 'button';
      button.dataset.quote = String(i);
      const described = isDescribed(q.speaker);
      const who = make('strong', !q.speaker ? 'aa-speaker aa-unknown' : described ? 'aa-speaker aa-described' : 'aa-speaker', q.speaker ? speakerName(q.speaker) : 'speaker unknown');
      if (described) who.title = `${speakerName(q.speaker)}: a source described, not a named entity`;
      button.append(who, ': ', make('span', 'aa-words', firstWords(text.slice(q.start, Math.min(q.end, q.start + 400)))));
      if (q.kind === 'partial') button.append(' ', make('span', 'aa-kind', 'partial'));
      button.addEventListener('click', () => onSelect?.(i));
      const li = make('li');
      li.append(button);
      return li;
    }, make);
  }
  container.replaceChildren(list);
}
