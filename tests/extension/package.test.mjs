// The packaged extension without a browser: both manifests (one source), the permissions (activeTab,
// scripting, storage; no host permissions, no content scripts declared, no remote sources in the
// CSP), the files (every module the content script imports is there), no network APIs in the
// shipped code, and the zips (readable, equal to the unpacked builds, the same bytes when rebuilt).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { repo } from './lib.mjs';
import { build, manifestFor, zip, crc32, cargoVersion, BROWSERS } from '../../scripts/package-extension.mjs';

const pkgBuilt = fs.existsSync(path.join(repo, 'www/pkg/article_annotator_bg.wasm'));
const skip = pkgBuilt ? false : 'www/pkg is not built (scripts/build-wasm.sh)';

/** Reads a zip with the central directory: [{name, data}] (stored or deflated entries). */
function unzip(buf) {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'no end of central directory');
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const out = [];
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const csize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nlen = buf.readUInt16LE(p + 28);
    const xlen = buf.readUInt16LE(p + 30);
    const clen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nlen);
    assert.equal(buf.readUInt32LE(local), 0x04034b50);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const body = buf.subarray(start, start + csize);
    const data = method === 0 ? body : zlib.inflateRawSync(body);
    assert.equal(data.length, size, name);
    assert.equal(crc32(data), crc, `${name}: crc`);
    out.push({ name, data });
    p += 46 + nlen + xlen + clen;
  }
  return out;
}

test('one manifest source, two browsers: the common part is the same, the background differs', () => {
  const chromium = manifestFor('chromium');
  const firefox = manifestFor('firefox');
  for (const m of [chromium, firefox]) {
    assert.equal(m.manifest_version, 3);
    assert.equal(m.version, cargoVersion());
    assert.deepEqual(m.permissions, ['activeTab', 'scripting', 'storage']);
    assert.equal(m.host_permissions, undefined, 'no host permissions');
    assert.equal(m.optional_host_permissions, undefined);
    assert.equal(m.content_scripts, undefined, 'nothing is injected before a click');
    assert.equal(m.per_browser, undefined);
    const csp = m.content_security_policy.extension_pages;
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.doesNotMatch(csp, /https?:|\*|'unsafe-eval'|'unsafe-inline'/, 'no remote or eval sources');
    assert.deepEqual(m.web_accessible_resources[0].resources, ['content/*.js', 'ui/*.js', 'pkg/article_annotator.js', 'pkg/article_annotator_bg.wasm', 'pkg/snippets/*']);
  }
  assert.deepEqual(chromium.background, { service_worker: 'background.js', type: 'module' });
  assert.equal(chromium.browser_specific_settings, undefined);
  assert.deepEqual(firefox.background, { scripts: ['background.js'], type: 'module' });
  assert.match(firefox.browser_specific_settings.gecko.id, /^[\w.-]+@[\w.-]+$/);
  const { background: _a, minimum_chrome_version: _b, ...commonC } = chromium;
  const { background: _c, browser_specific_settings: _d, ...commonF } = firefox;
  assert.deepEqual(commonC, commonF);
});

test('build: unpacked directories and zips; every import resolves inside the package; no network APIs', { skip }, (t) => {
  // Into a directory of its own: the browser tests read target/extension meanwhile.
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-package-'));
  t.after(() => fs.rmSync(out, { recursive: true, force: true }));
  const results = build({ out });
  for (const r of results) {
    const files = unzip(fs.readFileSync(r.zip));
    assert.equal(files.length, r.files);
    for (const { name, data } of files) assert.ok(data.equals(fs.readFileSync(path.join(r.dir, name))), `${r.browser}: ${name} differs from the unpacked build`);
    const names = new Set(files.map((f) => f.name));
    for (const required of ['manifest.json', 'background.js', 'content/main.js', 'pkg/article_annotator_bg.wasm', 'icons/icon-128.png', 'LICENSE']) assert.ok(names.has(required), required);
    // Every relative import of every shipped module is a shipped file.
    for (const { name, data } of files.filter((f) => f.name.endsWith('.js'))) {
      const src = data.toString('utf8');
      for (const m of src.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/g)) {
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(name), m[1]));
        assert.ok(names.has(target), `${name} imports ${m[1]} (${target}), which is not in the package`);
      }
      for (const m of src.matchAll(/getURL\('([^']+)'\)/g)) assert.ok(names.has(m[1]), `${name}: getURL('${m[1]}') is not in the package`);
      // No network: no XHR, sockets, beacons or event streams; fetch only in the wasm package's loader
      // (which is given the extension's own .wasm URL).
      assert.doesNotMatch(src, /XMLHttpRequest|WebSocket|sendBeacon|EventSource|RTCPeerConnection/, name);
      if (name !== 'pkg/article_annotator.js') assert.doesNotMatch(src, /\bfetch\(/, name);
    }
    assert.ok(fs.readFileSync(path.join(r.dir, 'icons/icon-16.png')).subarray(1, 4).toString() === 'PNG');
  }
  // Rebuilding gives the same bytes.
  const first = results.map((r) => fs.readFileSync(r.zip));
  build({ out });
  results.forEach((r, i) => assert.ok(fs.readFileSync(r.zip).equals(first[i]), `${r.browser}: the zip is not reproducible`));
  // Info-ZIP reads our zips too, when it is installed.
  try {
    const out = execFileSync('unzip', ['-t', results[0].zip], { encoding: 'utf8' });
    assert.match(out, /No errors detected/);
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
  }
  assert.deepEqual(results.map((r) => r.browser), BROWSERS);
});

test('zip writer: stored and deflated entries round-trip', () => {
  const files = [
    { name: 'b/x.txt', data: Buffer.from('hello hello hello hello hello hello') },
    { name: 'a.bin', data: Buffer.from([1, 2, 3]) },
    { name: 'é.txt', data: Buffer.alloc(0) },
  ];
  const back = unzip(zip(files));
  assert.deepEqual(back.map((f) => f.name), ['a.bin', 'b/x.txt', 'é.txt']);
  for (const f of files) assert.ok(back.find((b) => b.name === f.name).data.equals(f.data), f.name);
});
