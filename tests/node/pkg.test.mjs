// The RELEASE wasm package (www/pkg, built by wasm-pack with wasm-opt) under Node: loads, and gives
// exactly the committed fixtures that the native CLI is checked against. Debian's wasm-opt once broke
// release builds silently; this and the browser test catch that kind of breakage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';
import { execFileSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = join(root, 'www', 'pkg');
const wasmPath = join(pkg, 'article_annotator_bg.wasm');

test('release wasm output equals the native fixtures', { skip: !existsSync(wasmPath) && 'www/pkg not built (run scripts/test.sh)' }, async () => {
  const mod = await import(join(pkg, 'article_annotator.js'));
  await mod.default({ module_or_path: readFileSync(wasmPath) });
  const samples = readdirSync(join(root, 'www', 'samples')).filter((f) => f.endsWith('.txt')).sort();
  assert.equal(samples.length, 5);
  for (const f of samples) {
    const text = readFileSync(join(root, 'www', 'samples', f), 'utf8');
    const want = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'samples', f.replace(/\.txt$/, '.json')), 'utf8'));
    const got = mod.annotate(text);
    assert.deepEqual(got, want, f);
    for (const e of got.entities) assert.equal(text.slice(e.start, e.end), e.text);
  }
  assert.throws(() => mod.annotate(42), (e) => e instanceof Error && /text must be a string/.test(e.message));
  assert.match(mod.version(), /^\d+\.\d+\.\d+/);
});

test('the camelCase API and its deprecated snake_case aliases give the same results', { skip: !existsSync(wasmPath) && 'www/pkg not built (run scripts/test.sh)' }, async () => {
  const mod = await import(join(pkg, 'article_annotator.js'));
  await mod.default({ module_or_path: readFileSync(wasmPath) });
  for (const name of ['annotate', 'annotateHtml', 'annotateDocument', 'mainText', 'mainTextHtml', 'mainTextDocument', 'version', 'boilerplateNodes', 'annotateWithBoilerplate']) {
    assert.equal(typeof mod[name], 'function', name);
  }
  const html = '<nav><a href=/>Home</a> <a href=/w>World</a></nav><article><p>“We will win,” Pavel Durov said on Monday in Paris, and the crowd cheered loudly.</p></article>';
  assert.deepEqual(mod.annotateHtml(html), mod.annotate_html(html));
  assert.equal(mod.annotateHtml(html).boilerplate[0].text, 'Home World');
  const text = '“Yes,” Pavel Durov said.\nHome World';
  const ranges = [25, 35, 'navigation'];
  assert.deepEqual(mod.annotateWithBoilerplate(text, ranges), mod.annotate_with_boilerplate(text, ranges));
  assert.equal(mod.annotateWithBoilerplate(text, ranges).boilerplate[0].reason, 'navigation');
  assert.throws(() => mod.annotateHtml(42), (e) => e instanceof Error && /must be a string/.test(e.message));
});

test('decodeHtml and decodePlainText take bytes as browsers decode them, and refuse what is not bytes', { skip: !existsSync(wasmPath) && 'www/pkg not built (run scripts/test.sh)' }, async () => {
  const mod = await import(join(pkg, 'article_annotator.js'));
  await mod.default({ module_or_path: readFileSync(wasmPath) });
  const latin = Buffer.from('<meta charset="iso-8859-1"><p>Caf\xe9 cr\xe8me</p>', 'latin1');
  assert.deepEqual(mod.decodeHtml(new Uint8Array(latin)), { text: '<meta charset="iso-8859-1"><p>Café crème</p>', encoding: 'windows-1252', source: 'meta' });
  const buffer = latin.buffer.slice(latin.byteOffset, latin.byteOffset + latin.length);
  assert.equal(mod.decodeHtml(buffer).text, mod.decodeHtml(new Uint8Array(latin)).text, 'an ArrayBuffer as well');
  assert.deepEqual(mod.decodePlainText(new Uint8Array(Buffer.from('Jos\xe9', 'latin1'))), { text: 'José', encoding: 'windows-1252', source: 'fallback' });
  assert.deepEqual(mod.decodePlainText(new TextEncoder().encode('\uFEFFJosé')), { text: 'José', encoding: 'UTF-8', source: 'bom' });
  // the encoding fixtures: the same text as the native CLI's decoding (encoding_rs) gives
  const cli = join(root, 'target/release/annotate');
  if (existsSync(cli)) {
    const dir = join(root, 'tests/fixtures/encodings');
    for (const f of readdirSync(dir).sort()) {
      const native = JSON.parse(execFileSync(cli, ['--html', join(dir, f)], { encoding: 'utf8' }));
      const wasm = mod.annotateHtml(mod.decodeHtml(readFileSync(join(dir, f))).text);
      assert.equal(wasm.text, native.text, f);
    }
  }
  for (const bad of [42, 'text', null, [1, 2]]) {
    assert.throws(() => mod.decodeHtml(bad), (e) => e instanceof Error && /must be a Uint8Array or an ArrayBuffer/.test(e.message));
  }
});
