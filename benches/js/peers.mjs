// The release wasm package against two JavaScript NLP libraries, under Node, on the same text:
// the five sample articles (www/samples, joined by newlines, in name order) repeated 200 times.
//
//   node --expose-gc benches/js/peers.mjs    (scripts/bench.sh builds www/pkg first and runs this)
//
// What each one is asked to do (each returns plain JS data, as a page would use it):
//   article-annotator (wasm): annotate(text): entities with clusters, quotes with speakers, boilerplate
//   wink-nlp + wink-eng-lite-web-model: readDoc(text), then its entities, sentences and tokens out
//   compromise: nlp(text), then people, places, organizations and quotations out
// compromise is far slower: it is timed on fewer repetitions of the same text (said in the output);
// MB/s does not depend on that as long as the work is linear. The three are timed in interleaved
// rounds (one run of each per round), so that the VM's slow and fast minutes fall on all of them.
// Also: the wasm module's instantiate time (fresh Node processes, median) and its size raw, gzip -9
// and brotli (quality 11). MB = 10^6 bytes of UTF-8 input. "SUMMARY " lines go to scripts/bench.sh.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const pkgJs = join(root, 'www/pkg/article_annotator.js');
const wasmPath = join(root, 'www/pkg/article_annotator_bg.wasm');
if (!existsSync(wasmPath)) {
  console.error('www/pkg is not built: run scripts/build-wasm.sh (scripts/bench.sh does)');
  process.exit(2);
}

const REPEAT = 200;
const COMPROMISE_REPEAT = Number(process.env.COMPROMISE_REPEAT ?? 10);
const RUNS = Number(process.env.BENCH_RUNS ?? 11);

const sampleDir = join(root, 'www/samples');
const names = readdirSync(sampleDir).filter((f) => f.endsWith('.txt')).sort();
if (names.length !== 5) throw new Error(`expected 5 samples, found ${names.length}`);
const unit = names.map((f) => readFileSync(join(sampleDir, f), 'utf8')).join('\n');
const text = unit.repeat(REPEAT);
const mb = (s) => Buffer.byteLength(s, 'utf8') / 1e6;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, d = 2) => x.toFixed(d);

/**
 * Times the tools in interleaved rounds: each round runs every tool once, in turn, after one warm-up
 * run of each (JIT, wasm tier-up, lazy model setup). This VM's speed swings by a third or more from
 * one minute to the next, so the tools must share the minutes: each tool's MB/s is the median of its
 * rounds, and each ratio to article-annotator the median of the per-round ratios.
 */
function rounds(tools, runs) {
  for (const t of tools) t.fn(t.input);
  for (const t of tools) t.times = [];
  for (let r = 0; r < runs; r++) {
    for (const t of tools) {
      // each run starts on a collected heap: no tool pays for the garbage of the one before
      globalThis.gc?.();
      const start = performance.now();
      t.out = t.fn(t.input);
      t.times.push(performance.now() - start);
    }
  }
  for (const t of tools) {
    const ms = median(t.times);
    t.mbs = mb(t.input) / (ms / 1000);
    t.roundMbs = t.times.map((x) => mb(t.input) / (x / 1000));
    const best = Math.min(...t.times);
    // the spread tells how noisy the machine was
    console.log(`${t.name}: ${fmt(mb(t.input))} MB in ${fmt(ms, 1)} ms (median of ${runs} rounds; fastest ${fmt(best, 1)} ms = ${fmt(mb(t.input) / (best / 1000))} MB/s, slowest ${fmt(Math.max(...t.times), 1)} ms) = ${fmt(t.mbs, t.mbs < 1 ? 3 : 2)} MB/s; ${t.out}`);
  }
}

/** Median over rounds of `a`'s MB/s divided by `b`'s in the same round. */
const ratio = (a, b) => median(a.roundMbs.map((x, k) => x / b.roundMbs[k]));

console.log(`node ${process.version}; text: the 5 samples (${Buffer.byteLength(unit)} bytes) x ${REPEAT} = ${fmt(mb(text))} MB`);

// ---- the three tools, timed in interleaved rounds
const mod = await import(pathToFileURL(pkgJs).href);
const wasmBytes = readFileSync(wasmPath);
await mod.default({ module_or_path: wasmBytes });
const winkNLP = (await import('wink-nlp')).default;
const winkModel = (await import('wink-eng-lite-web-model')).default;
const t0 = performance.now();
const wink = winkNLP(winkModel);
const winkLoadMs = performance.now() - t0;
const its = wink.its;
const nlp = (await import('compromise')).default;
const ours = {
  name: 'article-annotator (wasm)',
  input: text,
  fn: (t) => {
    const a = mod.annotate(t);
    return `${a.entities.length} entities, ${a.quotes.length} quotes, ${a.boilerplate.length} boilerplate spans`;
  },
};
const winkTool = {
  name: 'wink-nlp + wink-eng-lite-web-model',
  input: text,
  fn: (t) => {
    const doc = wink.readDoc(t);
    const ents = doc.entities().out(its.detail);
    const sents = doc.sentences().out();
    const toks = doc.tokens().out();
    return `${ents.length} entities, ${sents.length} sentences, ${toks.length} tokens (model load ${fmt(winkLoadMs, 0)} ms)`;
  },
};
// compromise is slow: fewer repetitions of the same text
const compromiseTool = {
  name: `compromise (${COMPROMISE_REPEAT} repetitions, not ${REPEAT})`,
  input: unit.repeat(COMPROMISE_REPEAT),
  fn: (t) => {
    const doc = nlp(t);
    const people = doc.people().out('array');
    const places = doc.places().out('array');
    const orgs = doc.organizations().out('array');
    const quotes = doc.quotations().out('array');
    return `${people.length} people, ${places.length} places, ${orgs.length} organizations, ${quotes.length} quotations`;
  },
};
rounds([ours, winkTool, compromiseTool], RUNS);
const oursMbs = ours.mbs;
const winkMbs = winkTool.mbs;
const compromiseMbs = compromiseTool.mbs;

// ---- wasm instantiate time
// Cold: a fresh Node process each time, timing only init() (compile + instantiate + glue) on bytes
// already read. Warm: in this process, a fresh copy of the glue module each time (V8 may reuse
// compiled code for identical bytes, so this is the lower bound).
const child = `
  const { readFileSync } = await import('node:fs');
  const { performance } = await import('node:perf_hooks');
  const mod = await import(${JSON.stringify(pathToFileURL(pkgJs).href)});
  const bytes = readFileSync(${JSON.stringify(wasmPath)});
  const t = performance.now();
  await mod.default({ module_or_path: bytes });
  const ms = performance.now() - t;
  if (mod.annotate('“Yes,” Pavel Durov said.').quotes.length !== 1) throw new Error('bad module');
  console.log(ms);
`;
const cold = [];
for (let i = 0; i < 7; i++) {
  cold.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', child], { encoding: 'utf8' }).trim()));
}
const warm = [];
for (let i = 0; i < 9; i++) {
  const fresh = await import(`${pathToFileURL(pkgJs).href}?copy=${i}`);
  const t = performance.now();
  await fresh.default({ module_or_path: wasmBytes });
  warm.push(performance.now() - t);
}
const compileOnly = [];
for (let i = 0; i < 9; i++) {
  const t = performance.now();
  await WebAssembly.compile(wasmBytes);
  compileOnly.push(performance.now() - t);
}
console.log(`wasm init, fresh process: median ${fmt(median(cold))} ms of 7 (${cold.map((x) => fmt(x, 1)).join(', ')})`);
console.log(`wasm init, same process, fresh glue: median ${fmt(median(warm))} ms of 9; WebAssembly.compile alone: median ${fmt(median(compileOnly))} ms of 9`);

// ---- sizes
const raw = wasmBytes.length;
const gz = zlib.gzipSync(wasmBytes, { level: 9 }).length;
const br = zlib.brotliCompressSync(wasmBytes, {
  params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
    [zlib.constants.BROTLI_PARAM_LGWIN]: zlib.constants.BROTLI_MAX_WINDOW_BITS,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw,
  },
}).length;
const glue = readFileSync(pkgJs);
const glueGz = zlib.gzipSync(glue, { level: 9 }).length;
const kb = (n) => `${fmt(n / 1024, 1)} KiB`;
console.log(`wasm size: ${raw} bytes raw (${kb(raw)}), ${gz} gzip -9 (${kb(gz)}), ${br} brotli q11 (${kb(br)}); JS glue ${glue.length} bytes, ${glueGz} gzip -9`);

console.log(`SUMMARY wasm (Node ${process.version}), samples x${REPEAT}: ${fmt(oursMbs)} MB/s (fastest round ${fmt(Math.max(...ours.roundMbs))})`);
console.log(`SUMMARY wink-nlp + lite web model, samples x${REPEAT}: ${fmt(winkMbs)} MB/s; article-annotator is ${fmt(ratio(ours, winkTool), 1)}x its speed (median of the rounds' ratios)`);
console.log(`SUMMARY compromise, samples x${COMPROMISE_REPEAT}: ${fmt(compromiseMbs, 3)} MB/s; article-annotator is ${fmt(ratio(ours, compromiseTool), 0)}x its speed`);
console.log(`SUMMARY wasm init: ${fmt(median(cold))} ms cold (fresh process, median of 7), ${fmt(median(warm))} ms warm (median of 9)`);
console.log(`SUMMARY wasm size: ${kb(raw)} raw, ${kb(gz)} gzip -9, ${kb(br)} brotli q11`);
