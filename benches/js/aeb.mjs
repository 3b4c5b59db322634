// Time per page on the 181 AEB pages in wasm under Node, with the release package (www/pkg, built by
// `bash scripts/build-wasm.sh`): annotateHtml with boilerplate only (parse + blocks + classification
// + the boilerplate pass + building the JS object) and with everything. Median and 95th percentile,
// best of 5 runs per page. Needs ../shared/data/aeb.
//
//   node benches/js/aeb.mjs
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const aeb = join(root, '..', 'shared', 'data', 'aeb');
const pkg = join(root, 'www', 'pkg');
if (!existsSync(join(aeb, 'ground-truth.json'))) { console.log('skipped: ../shared/data/aeb is not there'); process.exit(0); }
if (!existsSync(join(pkg, 'article_annotator_bg.wasm'))) { console.error('build the release package first: bash scripts/build-wasm.sh'); process.exit(1); }

const mod = await import(join(pkg, 'article_annotator.js'));
await mod.default({ module_or_path: readFileSync(join(pkg, 'article_annotator_bg.wasm')) });
const ids = Object.keys(JSON.parse(readFileSync(join(aeb, 'ground-truth.json'), 'utf8'))).sort();
const pages = ids.map((id) => gunzipSync(readFileSync(join(aeb, 'html', `${id}.html.gz`))).toString('utf8'));

function timePages(f) {
  return pages.map((h) => {
    let best = Infinity;
    for (let r = 0; r < 5; r++) {
      const t = performance.now();
      f(h);
      best = Math.min(best, performance.now() - t);
    }
    return best;
  });
}
function report(what, ms) {
  ms.sort((a, b) => a - b);
  const at = (q) => ms[Math.round((ms.length - 1) * q)];
  console.log(`${what.padEnd(36)} median ${at(0.5).toFixed(2).padStart(7)} ms   p95 ${at(0.95).toFixed(2).padStart(7)} ms   max ${ms[ms.length - 1].toFixed(2).padStart(7)} ms`);
}
report('wasm annotateHtml, boilerplate only', timePages((h) => mod.annotateHtml(h, { entities: false, quotes: false })));
report('wasm mainTextHtml', timePages((h) => mod.mainTextHtml(h)));
report('wasm annotateHtml, everything', timePages((h) => mod.annotateHtml(h)));
