// Page wiring: the elements, the status line, the reader's preferences, and the three concerns,
//   input.js  samples, text box, files, drop, the last input kept for the next visit
//   run.js    the worker that annotates, then the text view, highlights, side panel and navigator
//   keys.js   the keyboard
// over the pieces the page shares with the extension (ui/*.js). Article text only ever goes into the
// DOM as text nodes / textContent, never as HTML.
import { createCard } from './ui/card.js';
import { prefsFromStore, prefsToStore } from './ui/prefs.js';
import { createRunner } from './run.js';
import { saveInput, setUpInput } from './input.js';
import { bindKeys } from './keys.js';

const $ = (id) => document.getElementById(id);
const el = {
  samples: $('samples'), input: $('input'), inputNote: $('input-note'), button: $('annotate'), open: $('open'),
  file: $('file'), status: $('status'), progress: $('progress'), elapsed: $('elapsed'), article: $('article'), legend: $('legend'),
  entities: $('entities'), entityCount: $('entity-count'), quotes: $('quotes'), quoteCount: $('quote-count'),
  announce: $('announce'), overlay: $('drop-overlay'), keys: $('keys'), keysButton: $('keys-button'),
};

const STORE_VIEW = 'article-annotator:view';

// The filter and the boilerplate mode survive a reload.
const prefs = (() => {
  try {
    return prefsFromStore(JSON.parse(localStorage.getItem(STORE_VIEW) ?? '{}'));
  } catch {
    return prefsFromStore(null);
  }
})();
function savePrefs() {
  try {
    localStorage.setItem(STORE_VIEW, JSON.stringify(prefsToStore(prefs)));
  } catch { /* storage full or disabled: the page works without it */ }
}

const ui = {
  setStatus(state, text) {
    el.status.dataset.state = state;
    el.status.textContent = text;
  },
  /** value in [0, 1], or null for "busy, no idea how far" (an indeterminate bar); undefined hides it. */
  setProgress(value) {
    if (value === undefined) {
      el.progress.hidden = true;
      return;
    }
    el.progress.hidden = false;
    if (value === null) el.progress.removeAttribute('value');
    else el.progress.value = value;
  },
  announce(text) {
    el.announce.textContent = text;
  },
};

const card = createCard(document.querySelector('main'), { id: 'card' }); // inside a landmark
const runner = createRunner({ el, card, prefs, savePrefs, saveInput, ui });

function registerServiceWorker() {
  // Offline use once loaded; only where service workers exist (http(s), not file:).
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  navigator.serviceWorker.register('sw.js').catch((err) => console.warn('service worker not registered:', err));
}

async function main() {
  const input = setUpInput({ el, runner, ui });
  bindKeys(document, { el, runner, prefs });
  el.article.addEventListener('mousemove', (e) => runner.nav?.pointerMove(e));
  el.article.addEventListener('mouseleave', () => runner.nav?.pointerLeave());
  el.article.addEventListener('click', (e) => {
    if (!document.getSelection()?.isCollapsed) return; // selecting text, not clicking
    runner.nav?.clickAt(e.clientX, e.clientY);
  });
  window.addEventListener('scroll', () => (runner.nav ? runner.nav.follow() : card.hide()), { passive: true });
  for (const b of document.querySelectorAll('[data-export]')) b.addEventListener('click', () => runner.exportAs(b.dataset.export));
  try {
    await input.start();
  } catch (err) {
    input.showError(err);
  }
  registerServiceWorker();
}

main();
