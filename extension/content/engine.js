// Annotating a text for the content script: the "annotate" half (dom-text.js is the "text + map"
// half). First choice: the wasm package itself, loaded into the content script from the
// extension's own files (web_accessible_resources). When the page's Content-Security-Policy forbids
// WebAssembly there (no 'wasm-unsafe-eval' in its script-src; Chromium applies the page's policy to
// a content script's wasm), the text goes to the extension's background worker, which runs the same
// package and sends back the annotation object (offsets only refer to the text; nothing else moves).
//
// Nothing here touches the network: the package and its .wasm are files inside the extension.

import { toPlain } from '../ui/annotation.js';

/** The smallest valid module (magic + version): compiling it tells whether the page's CSP allows wasm here. */
const EMPTY_MODULE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

let wasmAllowed = null; // null: not probed yet in this page
let loading = null;

/**
 * Whether this content script may compile WebAssembly in this page. Probed once per page with an
 * 8-byte module, so a forbidding policy is found before the 1.4 MB package is fetched (and the
 * browser reports at most one violation, for the probe, to a page that collects CSP reports).
 */
export function wasmAllowedHere() {
  if (wasmAllowed === null) {
    try {
      new WebAssembly.Module(EMPTY_MODULE);
      wasmAllowed = true;
    } catch {
      wasmAllowed = false;
    }
  }
  return wasmAllowed;
}

async function loadPackage() {
  loading ??= (async () => {
    const mod = await import(chrome.runtime.getURL('pkg/article_annotator.js'));
    await mod.default({ module_or_path: chrome.runtime.getURL('pkg/article_annotator_bg.wasm') });
    return mod;
  })();
  try {
    return await loading;
  } catch (err) {
    loading = null;
    throw err;
  }
}

async function inBackground(text, options, reason) {
  const reply = await chrome.runtime.sendMessage({ type: 'article-annotator:annotate', text, options });
  if (!reply?.ok) throw new Error(reply?.error ?? 'no answer from the extension’s background worker');
  return { annotation: reply.annotation, where: 'background', reason, ms: reply.ms, version: reply.version };
}

/**
 * Annotates `text` (what readDocument() read). Returns {annotation, where: 'page' | 'background',
 * reason (why the background: 'csp', 'preference', 'load-failed'), ms (the wasm calls alone), version,
 * boilerplateFrom: 'html' | 'text', structureMs, structureLines}. `where: 'background'` can be forced
 * (options.background).
 *
 * `structure(mod)`, when given, is called with the wasm package when it runs here, in the page's
 * content script (the DOM is here): it returns boilerplate lines of `text` decided from the page's
 * HTML structure ([start, end, reason, ...], see dom-text.js boilerplateRanges), and the text is
 * annotated with annotateWithBoilerplate(). In the background worker there is no DOM: there the
 * boilerplate comes from the plain-text rules alone (annotate()), as it does if `structure` fails.
 */
export async function annotateText(text, { background = false, options = {}, structure = null } = {}) {
  if (!background && wasmAllowedHere()) {
    let mod;
    try {
      mod = await loadPackage();
    } catch (err) {
      // A policy that lets the probe through but not the real thing, or a broken load: use the worker.
      console.warn('article-annotator: the wasm package did not load in the page, using the background worker:', err);
      return inBackground(text, options, 'load-failed');
    }
    const t0 = performance.now();
    let ranges = null;
    if (structure && typeof mod.boilerplateNodes === 'function' && options.boilerplate !== false) {
      try {
        ranges = structure(mod);
      } catch (err) {
        console.warn('article-annotator: the page structure could not be classified, plain-text boilerplate rules only:', err);
      }
    }
    const t1 = performance.now();
    const annotation = toPlain(ranges ? mod.annotateWithBoilerplate(text, ranges, options) : mod.annotate(text, options));
    return {
      annotation,
      where: 'page',
      ms: performance.now() - t0,
      structureMs: t1 - t0,
      structureLines: ranges ? ranges.length / 3 : null,
      boilerplateFrom: ranges ? 'html' : 'text',
      version: mod.version(),
    };
  }
  return { ...(await inBackground(text, options, background ? 'preference' : 'csp')), boilerplateFrom: 'text' };
}
