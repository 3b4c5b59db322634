// The extension's background: a module service worker in Chromium, an event page (module script) in
// Firefox. Two jobs:
//  1. the action (toolbar button): inject the content script into the tab the reader clicked in and
//     toggle the annotation there (annotate, or clear when it is shown); activeTab grants the access;
//  2. the CSP fallback: annotate a text sent by a content script that may not run WebAssembly in
//     its page (the page's Content-Security-Policy), with the same wasm package, and send the
//     annotation object back.
// No network: the package and its .wasm are the extension's own files.
import init, { annotate, version } from './pkg/article_annotator.js';
import { toPlain } from './ui/annotation.js';

let ready = null;
function loadAnnotator() {
  ready ??= init({ module_or_path: chrome.runtime.getURL('pkg/article_annotator_bg.wasm') }).catch((err) => {
    ready = null;
    throw err;
  });
  return ready;
}

/** The last result per tab (what the content script reported), for debugging and the tests. */
const runs = new Map();

/**
 * What a click on the action does, for tab `tabId`: injects content/main.js (a module, imported by a
 * one-line function in the content script's world) and toggles the annotation. Resolves with the
 * content script's report ({state: 'annotated' | 'cleared' | 'busy', where, counts, timings...}).
 */
export async function toggleTab(tabId, clickedAt = Date.now()) {
  let injection;
  let attempts = 0;
  for (;;) {
    attempts++;
    try {
      [injection] = await chrome.scripting.executeScript({
        target: { tabId },
        // Runs in the content script's (isolated) world, where `chrome` is the content script's.
        func: (at) => import(chrome.runtime.getURL('content/main.js')).then((m) => m.toggle({ clickedAt: at })),
        args: [clickedAt],
      });
      break;
    } catch (err) {
      // Seen here (Chromium 156): now and then the first injection right after the click is refused
      // as if activeTab had not been granted yet, and the same call a moment later succeeds. Retry
      // that one error briefly; anything else (a browser page, the web store) fails at once.
      if (attempts >= 4 || !/Cannot access contents of the page/.test(String(err?.message))) throw err;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempts));
    }
  }
  if (injection?.error) throw new Error(String(injection.error?.message ?? injection.error));
  const report = injection?.result ?? null;
  if (report) report.attempts = attempts;
  if (report?.paintedAt) report.clickToPaintMs = report.paintedAt - clickedAt;
  runs.set(tabId, report);
  return report;
}

async function onAction(tab) {
  const clickedAt = Date.now();
  try {
    await toggleTab(tab.id, clickedAt);
  } catch (err) {
    // Pages no extension may script (the browser's own, the web store): nothing to annotate there.
    runs.set(tab.id, { state: 'error', error: String(err?.message ?? err) });
    await chrome.action.setBadgeText({ tabId: tab.id, text: '!' }).catch(() => {});
    await chrome.action.setTitle({ tabId: tab.id, title: `Article annotator: ${err?.message ?? err}` }).catch(() => {});
  }
}

chrome.action.onClicked.addListener(onAction);

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (message?.type !== 'article-annotator:annotate' || sender.id !== chrome.runtime.id) return false;
  (async () => {
    if (typeof message.text !== 'string') throw new Error('annotate: text must be a string');
    await loadAnnotator();
    const t0 = performance.now();
    const annotation = toPlain(annotate(message.text, message.options ?? {}));
    sendResponse({ ok: true, annotation, ms: performance.now() - t0, version: version() });
  })().catch((err) => sendResponse({ ok: false, error: String(err?.message ?? err) }));
  return true; // the answer comes asynchronously
});

// A handle for the browser's devtools (and the end-to-end tests, which read the last report).
globalThis.articleAnnotator = { toggleTab, runs, loadAnnotator };
