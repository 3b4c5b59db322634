// Page wiring for the demo: samples, the input box, status, legend, quote list and hover tooltip.
// The painting itself lives in ui/highlights.js. Article text only ever goes into the DOM through
// textContent / text nodes, never as HTML.
import init, { annotate, version } from './pkg/article_annotator.js';
import {
  LABELS, labelColors, quoteColor, boilerplateColor,
  paintAnnotation, findAt, describeHit, offsetAtPoint, rangeFor, setActive, supportsHighlights, toPlain,
} from './ui/highlights.js';

const $ = (id) => document.getElementById(id);
const el = {
  sample: $('sample'), input: $('input'), button: $('annotate'), status: $('status'),
  article: $('article'), legend: $('legend'), quotes: $('quotes'), quoteCount: $('quote-count'), tooltip: $('tooltip'),
};

/** What is shown now: the text node, its annotation, and how to remove its highlights. */
let current = { node: null, annotation: null, clear: () => {} };
let samples = [];
let loadToken = 0; // a newer sample load makes older in-flight loads drop their result

function setStatus(state, text) {
  el.status.dataset.state = state;
  el.status.textContent = text;
}

/** Shows `text` as the article and annotates it. `source` names it (a sample file or "pasted"). */
function run(text, source) {
  current.clear();
  hideTooltip();
  const node = document.createTextNode(text);
  el.article.replaceChildren(node); // always exactly one text node, even for ''
  el.article.dataset.source = source;
  current = { node, annotation: null, clear: () => {} };

  let annotation;
  const t0 = performance.now();
  try {
    annotation = toPlain(annotate(text, {}));
  } catch (err) {
    renderPanel(null);
    setStatus('error', `annotate() failed: ${err?.message ?? err}`);
    return;
  }
  const ms = performance.now() - t0;

  current = { node, annotation, clear: paintAnnotation(node, annotation) };
  renderPanel(annotation);
  const n = (list) => list?.length ?? 0;
  setStatus(
    'done',
    `annotator ${version()} · annotate() took ${ms.toFixed(1)} ms · ${text.length.toLocaleString()} characters · ` +
      `${n(annotation.entities)} entities, ${n(annotation.quotes)} quotes, ${n(annotation.boilerplate)} boilerplate spans` +
      (supportsHighlights() ? '' : ' · this browser lacks the CSS Custom Highlight API, so nothing is painted'),
  );
}

// ---- side panel -------------------------------------------------------------------------------

function legendItem(color, name, count, extraClass) {
  const li = document.createElement('li');
  if (count === 0) li.classList.add('zero');
  const swatch = document.createElement('span');
  swatch.className = `swatch ${extraClass ?? ''}`;
  swatch.style.setProperty('--swatch', color);
  const label = document.createElement('span');
  label.className = 'name';
  label.textContent = name;
  const num = document.createElement('span');
  num.className = 'count';
  num.textContent = String(count);
  li.append(swatch, label, num);
  return li;
}

function firstWords(text, words = 10) {
  const parts = text.replace(/^[\s“”"‘’'«»„]+/, '').split(/\s+/);
  return parts.slice(0, words).join(' ') + (parts.length > words ? ' …' : '');
}

function renderPanel(annotation) {
  const counts = Object.fromEntries(LABELS.map((l) => [l, 0]));
  for (const e of annotation?.entities ?? []) counts[e.label] = (counts[e.label] ?? 0) + 1;
  el.legend.replaceChildren(
    ...LABELS.map((l) => legendItem(labelColors[l], l, counts[l])),
    legendItem(quoteColor, 'quote', annotation?.quotes?.length ?? 0, 'quote'),
    legendItem(boilerplateColor, 'boilerplate', annotation?.boilerplate?.length ?? 0, 'boilerplate'),
  );

  const quotes = annotation?.quotes ?? [];
  el.quoteCount.textContent = `(${quotes.length})`;
  el.quotes.replaceChildren(
    ...quotes.map((q) => {
      const button = document.createElement('button');
      button.type = 'button';
      const who = document.createElement('strong');
      who.textContent = q.speaker?.name ?? 'speaker unknown';
      if (!q.speaker) who.classList.add('unknown');
      const what = document.createElement('span');
      what.textContent = firstWords(current.node.data.slice(q.start, q.end));
      button.append(who, ': ', what);
      if (q.kind === 'partial') {
        const kind = document.createElement('span');
        kind.className = 'kind';
        kind.textContent = 'partial';
        button.append(' ', kind);
      }
      button.addEventListener('click', () => scrollToQuote(q));
      const li = document.createElement('li');
      li.append(button);
      return li;
    }),
  );
  if (quotes.length === 0) {
    const li = document.createElement('li');
    li.className = 'empty';
    li.textContent = annotation ? 'No quotes found.' : '—';
    el.quotes.append(li);
  }
}

/** Scrolls the quote into view and marks it (and its speaker) until the mouse next hovers the text. */
function scrollToQuote(q) {
  const range = rangeFor(current.node, q.start, q.end);
  if (!range) return;
  const rect = range.getBoundingClientRect();
  window.scrollTo({ top: window.scrollY + rect.top - window.innerHeight / 3, behavior: 'smooth' });
  setActive(current.node, [q, q.speaker]);
}

// ---- hover tooltip ----------------------------------------------------------------------------

function hideTooltip() {
  el.tooltip.hidden = true;
}

let pendingMove = null;
function onMouseMove(event) {
  // At most one lookup per frame.
  if (pendingMove === null) requestAnimationFrame(() => updateTooltip(pendingMove));
  pendingMove = { x: event.clientX, y: event.clientY };
}

function updateTooltip(point) {
  pendingMove = null;
  const { node, annotation } = current;
  if (!node || !annotation || !point) return hideTooltip();
  const offset = offsetAtPoint(node, point.x, point.y);
  const hit = offset === null ? null : findAt(annotation, offset);
  const lines = describeHit(hit);
  // While over a quote, also mark who said it and the speech verb.
  setActive(node, hit?.quote ? [hit.quote.speaker, hit.quote.cue] : []);
  if (lines.length === 0) return hideTooltip();

  el.tooltip.replaceChildren(
    ...lines.map((line) => {
      const div = document.createElement('div');
      div.textContent = line;
      return div;
    }),
  );
  el.tooltip.hidden = false;
  // Above-right of the pointer (a quote's speaker usually follows it on the lines below), kept in view.
  const { offsetWidth: w, offsetHeight: h } = el.tooltip;
  const x = Math.min(point.x + 12, window.innerWidth - w - 8);
  const y = point.y - h - 14 >= 8 ? point.y - h - 14 : point.y + 18;
  el.tooltip.style.transform = `translate(${Math.max(8, x)}px, ${y}px)`;
}

// ---- samples and input ------------------------------------------------------------------------

function sampleFromHash() {
  const m = /(?:^#|&)sample=(\d+)/.exec(location.hash);
  const n = m ? Number(m[1]) : 0;
  return n < samples.length ? n : 0;
}

async function loadSample(n) {
  const token = ++loadToken;
  const { file } = samples[n];
  el.sample.value = String(n);
  setStatus('loading', `Loading ${file}…`);
  const response = await fetch(`samples/${encodeURIComponent(file)}`);
  if (!response.ok) throw new Error(`samples/${file}: HTTP ${response.status}`);
  const text = await response.text();
  if (token !== loadToken) return; // the user picked something else meanwhile
  el.input.value = text;
  run(text, file);
}

function showError(err) {
  setStatus('error', String(err?.message ?? err));
  console.error(err);
}

async function main() {
  renderPanel(null);
  el.article.addEventListener('mousemove', onMouseMove);
  el.article.addEventListener('mouseleave', () => {
    pendingMove = null;
    hideTooltip();
    if (current.node) setActive(current.node, []);
  });

  const [list] = await Promise.all([
    fetch('samples/index.json').then((r) => (r.ok ? r.json() : Promise.reject(new Error(`samples/index.json: HTTP ${r.status}`)))),
    init(), // fetches pkg/article_annotator_bg.wasm next to the JS file
  ]);
  samples = list;
  el.sample.replaceChildren(
    ...samples.map(({ file, title }, i) => {
      const option = document.createElement('option');
      option.value = String(i);
      option.dataset.file = file;
      option.textContent = `${file.slice(0, 3)} · ${title.length > 70 ? `${title.slice(0, 70)}…` : title}`;
      return option;
    }),
    Object.assign(document.createElement('option'), { value: 'pasted', textContent: '(your own text)', hidden: true }),
  );

  el.sample.addEventListener('change', () => {
    const hash = `#sample=${el.sample.value}`;
    if (location.hash === hash) loadSample(Number(el.sample.value)).catch(showError);
    else location.hash = hash; // -> hashchange -> loadSample
  });
  window.addEventListener('hashchange', () => loadSample(sampleFromHash()).catch(showError));

  const annotateInput = () => {
    loadToken++; // cancel a sample still loading
    history.replaceState(null, '', location.pathname + location.search); // the hash named a sample
    el.sample.value = 'pasted';
    run(el.input.value, 'pasted');
  };
  el.button.addEventListener('click', annotateInput);
  el.input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      annotateInput();
    }
  });

  await loadSample(sampleFromHash());
}

main().catch(showError);
