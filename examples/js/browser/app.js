// @ts-check
// The package in a page built by a bundler: esbuild app.js --bundle --format=esm
// --loader:.wasm=file --outdir=dist (the .wasm is copied beside the bundle, its URL imported).
import init, { annotate, version } from 'article-annotator';
import wasmUrl from 'article-annotator/wasm';

/** @param {string} id */
const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** @param {HTMLElement} list @param {string} line */
function addLine(list, line) {
  const li = document.createElement('li');
  li.textContent = line; // article text is never inserted as HTML
  list.append(li);
}

await init({ module_or_path: wasmUrl });
const text = /** @type {HTMLTextAreaElement} */ (byId('input')).value;
const a = annotate(text);
for (const e of a.entities) addLine(byId('entities'), `${e.label} ${e.text} → ${a.clusters[e.entity].name}`);
for (const q of a.quotes) addLine(byId('quotes'), `${q.text} — ${q.speaker?.name ?? 'unknown'}`);
byId('status').textContent = `done: article-annotator ${version()}`;
