// The static page's transfer size: every file the page loads on a first visit (html, css, js of the
// page and its worker, wasm, the sample list and the first sample, the service worker), raw and
// gzip -9, and the total.
//
//   node scripts/page-size.mjs            # loads the page in Debian's chromium and records what it fetches
//   node scripts/page-size.mjs --static   # no browser: the files listed in www/sw.js plus the first sample
//
// Needs www/pkg (scripts/build-wasm.sh).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const www = path.join(repo, 'www');
const chromiumPath = '/usr/bin/chromium';

if (!fs.existsSync(path.join(www, 'pkg/article_annotator_bg.wasm'))) {
  console.error('www/pkg is missing: build it with scripts/build-wasm.sh');
  process.exit(1);
}

/** The files in www/sw.js's FILES list, plus the first sample. */
function staticList() {
  const sw = fs.readFileSync(path.join(www, 'sw.js'), 'utf8');
  const list = JSON.parse(sw.match(/const FILES = (\[[\s\S]*?\]);/)[1].replace(/'/g, '"').replace(/,\s*\]/, ']'));
  const first = JSON.parse(fs.readFileSync(path.join(www, 'samples/index.json'), 'utf8'))[0].file;
  const pkg = JSON.parse(fs.readFileSync(path.join(www, 'pkg/files.json'), 'utf8')).map((f) => `pkg/${f}`);
  return [...list.filter((f) => f !== './'), ...pkg, `samples/${first}`, 'sw.js'];
}

/**
 * What the page fetches on a first visit: {page} until its first sample is painted, and {extra}, what
 * the service worker then caches for offline use on top (the other samples).
 */
async function recordedList() {
  const { chromium } = await import('playwright-core');
  const site = await startServer({ root: www });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const context = await browser.newContext();
    const seen = new Set();
    const note = (url) => {
      if (url.startsWith(site.url)) seen.add(decodeURIComponent(new URL(url).pathname.slice(1)) || 'index.html');
    };
    context.on('request', (req) => note(req.url()));
    context.on('serviceworker', (sw) => note(sw.url()));
    const page = await context.newPage();
    page.on('worker', (w) => note(w.url()));
    await page.goto(site.url);
    await page.waitForFunction(() => document.getElementById('status').dataset.state === 'done', null, { timeout: 30_000 });
    // The module worker's own imports and the wasm are fetched by the worker: make sure they are counted.
    const pkg = JSON.parse(fs.readFileSync(path.join(www, 'pkg/files.json'), 'utf8')).map((f) => `pkg/${f}`);
    for (const f of ['worker.js', 'ui/annotation.js', 'ui/exports.js', ...pkg]) seen.add(f);
    const first = new Set(seen);
    await page.evaluate(() => navigator.serviceWorker.ready);
    seen.add('sw.js');
    return { page: [...first], extra: [...seen].filter((f) => !first.has(f)) };
  } finally {
    await browser.close();
    await site.close();
  }
}

const useBrowser = !process.argv.includes('--static') && fs.existsSync(chromiumPath);
const lists = useBrowser ? await recordedList() : { page: staticList(), extra: [] };
const exists = (f) => fs.existsSync(path.join(www, f));

function table(title, files) {
  let raw = 0;
  let gz = 0;
  const rows = files.filter(exists).sort().map((f) => {
    const body = fs.readFileSync(path.join(www, f));
    const g = zlib.gzipSync(body, { level: 9 }).length;
    raw += body.length;
    gz += g;
    return [f, body.length, g];
  });
  const w = Math.max(...rows.map((r) => r[0].length), 34);
  console.log(`${title.padEnd(w)}  ${'bytes'.padStart(8)}  ${'gzip -9'.padStart(8)}`);
  for (const [f, b, g] of rows) console.log(`  ${f.padEnd(w - 2)}  ${String(b).padStart(8)}  ${String(g).padStart(8)}`);
  console.log(`${'total'.padEnd(w)}  ${String(raw).padStart(8)}  ${String(gz).padStart(8)}\n`);
  return { raw, gz, n: rows.length };
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const p = table('loaded until the first highlight', lists.page);
const e = lists.extra.length ? table('then cached by the service worker', lists.extra) : { raw: 0, gz: 0, n: 0 };
console.log(`page transfer size (gzip -9): ${kib(p.gz)} in ${p.n} files (${kib(p.raw)} uncompressed)` +
  (e.n ? `; with the service worker's offline cache ${kib(p.gz + e.gz)} in ${p.n + e.n} files` : '') +
  (useBrowser ? '' : ' [static list from www/sw.js]'));
