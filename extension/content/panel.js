// The panel over the annotated page: ONE host element appended to <html> (outside <body>, so the
// page's own DOM and its serialisation stay as they were) with everything in its shadow root, so
// the page's styles do not reach in and the panel's do not leak out. Its styles are constructed
// style sheets (adoptedStyleSheets), which a page's CSP style-src does not block.
//
// The pieces are the static page's own modules (www/ui/): legend (the filter and the boilerplate
// mode), entity and quote lists, the card. One module, two hosts.
import { renderLegend, PAGE_MODES } from '../ui/legend.js';
import { maker, renderEntityList, renderQuoteList } from '../ui/lists.js';
import { createCard } from '../ui/card.js';
import { palette, swatchCss } from '../ui/highlights.js';
import { PANEL_CSS } from './panel-css.js';

export const HOST_TAG = 'article-annotator-panel';

const fmt = (n) => Number(n).toLocaleString('en');
const count = (n, one, many = `${one}s`) => `${fmt(n)} ${n === 1 ? one : many}`;

/**
 * Builds the panel and appends its host to doc.documentElement. Returns {host, root, card,
 * setStatus(report), announce(text), remove()}.
 */
export function createPanel(doc, { index, text, theme, prefs, mode, where, version, onToggle, onBoilerplate, onBackground, onCluster, onQuote, onClear }) {
  const win = doc.defaultView;
  const host = doc.createElement(HOST_TAG);
  // Open, so that a reader's tools (and the tests) can look inside; the page gains nothing from it
  // that it could not read from its own text.
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(`${PANEL_CSS}\n${swatchCss(':host', palette[theme] ?? palette.light)}`);
  root.adoptedStyleSheets = [sheet];

  const make = maker(doc);


  const panel = make('section', 'panel');
  panel.dataset.theme = theme;
  panel.setAttribute('aria-label', 'Article annotator');

  const header = make('header', 'head');
  const title = make('h1', null, 'Article annotator');
  const collapse = make('button', 'icon', '–');
  collapse.type = 'button';
  collapse.title = 'Fold the panel (the highlights stay)';
  collapse.setAttribute('aria-expanded', 'true');
  const clear = make('button', 'clear', 'Clear');
  clear.type = 'button';
  clear.title = 'Remove the highlights and this panel: the page is as it was';
  clear.addEventListener('click', () => onClear?.());
  header.append(title, collapse, clear);

  const body = make('div', 'body');
  collapse.addEventListener('click', () => {
    const folded = !body.hidden;
    body.hidden = folded;
    collapse.textContent = folded ? '+' : '–';
    collapse.setAttribute('aria-expanded', String(!folded));
  });

  const status = make('p', 'status', 'Annotating…');
  const live = make('p', 'visually-hidden');
  live.setAttribute('aria-live', 'polite');

  const legendBox = make('div', 'legend');
  const legend = renderLegend(legendBox, index, {
    isVisible: (key) => !prefs.hidden.has(key),
    boilerplate: mode,
    modes: PAGE_MODES,
    keys: false,
    onToggle: (key, on) => {
      onToggle?.(key, on);
      live.textContent = `${key} ${on ? 'shown' : 'hidden'}`;
    },
    onBoilerplate: (mode) => {
      onBoilerplate?.(mode);
      legend.update({ boilerplate: mode });
      live.textContent = `boilerplate: ${mode}`;
    },
  });

  const section = (name, count) => {
    const s = make('section', 'list');
    const h = make('h2', null, `${name} `);
    h.append(make('span', 'count', `(${fmt(count)})`));
    const box = make('div');
    s.append(h, box);
    return { s, box };
  };
  const entities = section('Entities', index.clusters.length);
  entities.s.classList.add('entities');
  renderEntityList(entities.box, index, { onSelect: (id) => onCluster?.(id) });
  const quotes = section('Quotes', index.quotes.length);
  quotes.s.classList.add('quotes');
  renderQuoteList(quotes.box, index, text, { onSelect: (i) => onQuote?.(i) });

  const footer = make('footer', 'foot');
  const label = make('label');
  const box = make('input');
  box.type = 'checkbox';
  box.checked = prefs.background;
  box.addEventListener('change', () => onBackground?.(box.checked));
  label.append(box, ' Analyse in the extension’s background worker (never compile wasm in the page)');
  footer.append(label, make('p', 'version', `annotator ${version ?? ''} · analysed ${where === 'background' ? 'in the background worker' : 'in the page'}`));

  body.append(status, legendBox, entities.s, quotes.s, footer);
  panel.append(header, body, live);
  root.append(panel);
  const card = createCard(panel); // position: fixed; inside .panel for its colours
  doc.documentElement.append(host);

  return {
    host,
    root,
    card,
    legend,
    setStatus(report) {
      status.textContent =
        `${count(report.entities, 'entity', 'entities')} · ${count(report.quotes, 'quote')} · ${count(report.boilerplate, 'boilerplate span')} · ` +
        `${count(report.chars, 'character')} · ${Math.round(report.timings.total)} ms` +
        (report.where !== 'background' ? ''
          : report.reason === 'csp' ? ' · analysed in the background worker: this page’s CSP forbids wasm'
            : report.reason === 'preference' ? ' · analysed in the background worker (your choice below)'
              : ' · analysed in the background worker') +
        (report.highlights ? '' : ' · this browser lacks the CSS Custom Highlight API: nothing is painted');
      status.dataset.where = report.where;
    },
    announce(text) {
      live.textContent = text;
    },
    remove() {
      card.hide();
      host.remove();
    },
  };
}
