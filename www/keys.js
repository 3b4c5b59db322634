// The page's keyboard: j/k, J/K and n/p move through mentions and quotes (ui/navigator.js), digits,
// q and 0 filter, b goes through the boilerplate modes, o / and ? open things, Esc clears. Keys are
// ignored while typing in a form field or while the keys dialog is open.
import { LABELS } from './ui/annotation.js';

/**
 * Whether a key event's target is somewhere the reader types.
 * @param {EventTarget | null} target
 */
export function isTyping(target) {
  return target instanceof HTMLElement && (target.isContentEditable || /^(TEXTAREA|INPUT|SELECT)$/.test(target.tagName));
}

/**
 * Listens for the page's keys on `doc`.
 * @param {Document} doc
 * @param {{el: Record<string, HTMLElement>, runner: ReturnType<import('./run.js').createRunner>, prefs: import('./ui/prefs.js').Prefs}} page
 */
export function bindKeys(doc, { el, runner, prefs }) {
  const openKeys = () => {
    if (!el.keys.open) el.keys.showModal();
  };
  const nav = (f) => () => {
    const n = runner.nav;
    if (n) f(n);
  };
  const actions = {
    j: nav((n) => n.stepMention(1)),
    k: nav((n) => n.stepMention(-1)),
    J: nav((n) => n.stepSameEntity(1)),
    K: nav((n) => n.stepSameEntity(-1)),
    n: nav((n) => n.stepQuote(1)),
    p: nav((n) => n.stepQuote(-1)),
    q: () => runner.toggle('quote'),
    b: () => runner.cycleBoilerplate(),
    0: () => [...prefs.hidden].forEach((k) => runner.toggle(k, true)),
    o: () => el.file.click(),
    '/': () => el.input.focus(),
    '?': openKeys,
    Escape: nav((n) => n.clear()),
  };
  doc.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Escape' && event.target === el.input) return el.input.blur();
    if (isTyping(event.target) || el.keys.open) return;
    let action = actions[event.key];
    if (!action && /^[1-9]$/.test(event.key)) action = () => runner.toggle(LABELS[Number(event.key) - 1]);
    if (!action) return;
    event.preventDefault();
    action();
  });
  el.keysButton.addEventListener('click', openKeys);
}
