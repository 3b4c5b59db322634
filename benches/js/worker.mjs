// Time to annotate an article in the page's worker (www/worker.js) in headless Chromium: the five
// samples (plain text) and the three AEB pages whose article is closest to 20 KB (as HTML, as when
// a reader opens the saved page), 15 rounds each, interleaved. Reports per input the median of the
// worker's own annotate() time (the `ms` of its result) and of the round trip from postMessage to
// the result, then the 95th percentile over all runs. Two phases: right after the worker says it
// is ready (the browser then still compiles the wasm with its optimising compiler in the
// background, so the first calls run baseline code beside that compile: a reader who opens a file
// the moment the page appears), and again after the worker has been idle for IDLE_MS (2 s: a
// reader choosing an article). Needs www/pkg (bash scripts/build-wasm.sh), /usr/bin/chromium and,
// for the AEB pages, ../shared/data/aeb.
//
//   node benches/js/worker.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const aeb = path.resolve(root, '../shared/data/aeb');
const ROUNDS = 15;
const IDLE_MS = 2000;

const inputs = fs.readdirSync(path.join(root, 'www/samples')).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ name: f, kind: 'text', input: fs.readFileSync(path.join(root, 'www/samples', f), 'utf8') }));
if (fs.existsSync(path.join(aeb, 'ground-truth.json'))) {
  const truth = JSON.parse(fs.readFileSync(path.join(aeb, 'ground-truth.json'), 'utf8'));
  const near = Object.keys(truth).sort()
    .sort((a, b) => Math.abs(truth[a].articleBody.length - 20_000) - Math.abs(truth[b].articleBody.length - 20_000))
    .slice(0, 3);
  for (const id of near) {
    const html = zlib.gunzipSync(fs.readFileSync(path.join(aeb, 'html', `${id}.html.gz`))).toString('utf8');
    inputs.push({ name: `aeb ${id.slice(0, 8)} (article ${(truth[id].articleBody.length / 1000).toFixed(1)} k chars, page ${(html.length / 1000).toFixed(0)} k)`, kind: 'html', input: html });
  }
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};

const site = await startServer({ root: path.join(root, 'www') });
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  await page.goto(site.url);
  const results = await page.evaluate(async ({ inputs, rounds, idle }) => {
    const worker = new Worker('worker.js', { type: 'module' });
    await new Promise((resolve) => {
      worker.onmessage = ({ data }) => data.type === 'ready' && resolve();
    });
    let id = 0;
    const once = (message) => new Promise((resolve, reject) => {
      const my = ++id;
      const t0 = performance.now();
      worker.onmessage = ({ data }) => {
        if (data.id !== my || data.type === 'progress') return;
        if (data.type === 'error') reject(new Error(data.message));
        else resolve({ worker: data.ms, trip: performance.now() - t0 });
      };
      worker.postMessage({ ...message, id: my, type: 'annotate' });
    });
    for (const m of inputs) await once(m); // warm up
    const phase = async () => {
      const out = inputs.map(() => ({ worker: [], trip: [] }));
      for (let r = 0; r < rounds; r++) {
        for (const [i, m] of inputs.entries()) {
          const t = await once(m);
          out[i].worker.push(t.worker);
          out[i].trip.push(t.trip);
        }
      }
      return out;
    };
    const cold = await phase();
    await new Promise((resolve) => setTimeout(resolve, idle));
    const idled = await phase();
    worker.terminate();
    return [cold, idled];
  }, { inputs: inputs.map(({ kind, input }) => ({ kind, input })), rounds: ROUNDS, idle: IDLE_MS });
  const report = (results, label, title) => {
    console.log(`annotate in the page's worker, Chromium, ${title}, ${ROUNDS} rounds (median ms: annotate() / round trip)`);
    for (const [i, m] of inputs.entries()) {
      console.log(`  ${m.name.padEnd(64)} ${quantile(results[i].worker, 0.5).toFixed(1).padStart(6)} / ${quantile(results[i].trip, 0.5).toFixed(1).padStart(6)}`);
    }
    const all = results.flatMap((r) => r.worker);
    const trips = results.flatMap((r) => r.trip);
    console.log(`SUMMARY worker${label}: annotate() p95 ${quantile(all, 0.95).toFixed(1)} ms, round trip p95 ${quantile(trips, 0.95).toFixed(1)} ms over ${all.length} runs of ${inputs.length} inputs`);
  };
  report(results[1], ` after ${IDLE_MS / 1000} s idle`, `after the worker was idle ${IDLE_MS / 1000} s`);
  // the first phase's line last: scripts and earlier records read the last line
  report(results[0], '', 'right after the worker is ready');
} finally {
  await browser.close();
  await site.close();
}
