// The static server: MIME types, index.html for directories, and no way out of the root.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { startServer } from '../../scripts/serve.mjs';

let dir;
let site;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-test-'));
  fs.mkdirSync(path.join(dir, 'www/pkg'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'secret');
  fs.writeFileSync(path.join(dir, 'www/index.html'), '<!doctype html><title>x</title>');
  fs.writeFileSync(path.join(dir, 'www/pkg/a.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  fs.writeFileSync(path.join(dir, 'www/a.js'), 'export {};');
  fs.writeFileSync(path.join(dir, 'www/a.txt'), 'héllo');
  fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(dir, 'www/link.txt'));
  site = await startServer({ root: path.join(dir, 'www') });
});

after(async () => {
  await site?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** GET with the path sent exactly as written (fetch() would normalise '..'). */
function get(rawPath) {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(site.url);
    http
      .get({ hostname, port, path: rawPath }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'], body }));
      })
      .on('error', reject);
  });
}

test('binds to 127.0.0.1 on an ephemeral port', () => {
  assert.match(site.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
});

test('serves files with their MIME types', async () => {
  assert.deepEqual(await get('/pkg/a.wasm').then((r) => [r.status, r.type]), [200, 'application/wasm']);
  assert.match((await get('/a.js')).type, /^text\/javascript/);
  const txt = await get('/a.txt');
  assert.equal(txt.type, 'text/plain; charset=utf-8');
  assert.equal(txt.body, 'héllo');
  const index = await get('/');
  assert.equal(index.status, 200);
  assert.match(index.type, /^text\/html/);
});

test('refuses paths outside the root', async () => {
  for (const p of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/pkg/..%2f..%2fsecret.txt', '/link.txt']) {
    const r = await get(p);
    assert.ok([400, 403, 404].includes(r.status), `${p} -> ${r.status}`);
    assert.notEqual(r.body, 'secret', p);
  }
  assert.equal((await get('/missing.txt')).status, 404);
  assert.equal((await get('/%E0%A4%A')).status, 400);
});
