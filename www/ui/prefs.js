// The reader's preferences, shared by the page (kept in localStorage) and the extension (kept in
// chrome.storage.local): which labels are hidden, the boilerplate mode, and (extension only) whether
// to analyse in the background worker. This module only reads and writes the plain stored form;
// where it is kept is the caller's business. No DOM, no page globals.

import { LABELS } from './annotation.js';
import { BOILERPLATE_MODES } from './legend.js';

/**
 * @typedef {object} Prefs
 * @property {Set<string>} hidden labels (and 'quote') the reader has switched off
 * @property {string | null} boilerplate the boilerplate mode the reader chose, or null for the default
 * @property {boolean} background analyse in the extension's background worker
 */

/**
 * Preferences from their stored form (anything: a broken or foreign value gives the defaults).
 * @param {unknown} stored what prefsToStore() returned, as read back
 * @returns {Prefs}
 */
export function prefsFromStore(stored) {
  const p = stored && typeof stored === 'object' ? /** @type {Record<string, unknown>} */ (stored) : {};
  return {
    hidden: new Set(Array.isArray(p.hidden) ? p.hidden.filter((k) => k === 'quote' || LABELS.includes(k)) : []),
    boilerplate: BOILERPLATE_MODES.some((m) => m.mode === p.boilerplate) ? /** @type {string} */ (p.boilerplate) : null,
    background: p.background === true,
  };
}

/**
 * The plain form to store.
 * @param {Prefs} prefs
 */
export function prefsToStore(prefs) {
  return { hidden: [...prefs.hidden], boilerplate: prefs.boilerplate, background: prefs.background };
}

/**
 * Shows (`on`) or hides a label or 'quote' in `prefs`; without `on`, flips it. Returns whether it is shown now.
 * @param {Prefs} prefs
 * @param {string} key a label or 'quote'
 * @param {boolean} [on]
 */
export function setShown(prefs, key, on = prefs.hidden.has(key)) {
  if (on) prefs.hidden.delete(key);
  else prefs.hidden.add(key);
  return on;
}

/**
 * The boilerplate mode to use: the reader's choice, else `fallback` (the page folds boilerplate
 * runs of an HTML input and dims those of a plain text).
 * @param {Prefs} prefs
 * @param {string} fallback
 * @param {{mode: string}[]} [modes] the modes this host offers
 */
export function boilerplateMode(prefs, fallback, modes = BOILERPLATE_MODES) {
  return modes.some((m) => m.mode === prefs.boilerplate) ? prefs.boilerplate : fallback;
}

/**
 * The mode after `mode` in `modes` (the `b` key), wrapping.
 * @param {string} mode
 * @param {{mode: string}[]} [modes]
 */
export function nextBoilerplateMode(mode, modes = BOILERPLATE_MODES) {
  return modes[(modes.findIndex((m) => m.mode === mode) + 1) % modes.length].mode;
}
