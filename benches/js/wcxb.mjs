// Main text per page on the 1,497 WCXB development pages in wasm under Node, with the release
// package (www/pkg, built by `bash scripts/build-wasm.sh`): `mainTextHtml` per page, best of 3
// runs, median / p95 / max over all pages and by page type. Needs ../shared/data/wcxb.
//
//   node benches/js/wcxb.mjs

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const dev = join(root, '..', 'shared', 'data', 'wcxb', 'dev');
const pkg = join(root, 'www', 'pkg');
if (!existsSync(join(dev, 'html'))) { console.log('skipped: ../shared/data/wcxb is not there'); process.exit(0); }
if (!existsSync(join(pkg, 'article_annotator_bg.wasm'))) { console.error('build the release package first: bash scripts/build-wasm.sh'); process.exit(1); }

const mod = await import(join(pkg, 'article_annotator.js'));
await mod.default({ module_or_path: readFileSync(join(pkg, 'article_annotator_bg.wasm')) });
const decoder = new TextDecoder('utf-8');
const names = readdirSync(join(dev, 'html')).filter((n) => n.endsWith('.html.gz')).sort();

function report(what, ms) {
  ms.sort((a, b) => a - b);
  const at = (q) => ms[Math.round((ms.length - 1) * q)];
  console.log(`${what.padEnd(28)} pages ${String(ms.length).padStart(5)}  median ${at(0.5).toFixed(2).padStart(6)} ms  p95 ${at(0.95).toFixed(2).padStart(6)} ms  max ${ms[ms.length - 1].toFixed(2).padStart(7)} ms`);
}

const all = [];
const byType = new Map();
for (const name of names) {
  const id = name.replace(/\.html\.gz$/, '');
  const html = decoder.decode(gunzipSync(readFileSync(join(dev, 'html', name))));
  let type = 'unknown';
  try {
    type = JSON.parse(readFileSync(join(dev, 'ground-truth', `${id}.json`), 'utf8'))._internal.page_type.primary;
  } catch { /* a page without its truth file is timed all the same */ }
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    mod.mainTextHtml(html);
    best = Math.min(best, performance.now() - t);
  }
  all.push(best);
  if (!byType.has(type)) byType.set(type, []);
  byType.get(type).push(best);
}
report('wasm mainTextHtml, all pages', all);
for (const [type, v] of [...byType].sort()) report(`  ${type}`, v);
