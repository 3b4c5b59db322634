// Pages in legacy encodings (tests/fixtures/encodings): the annotator decodes them as Chromium does,
// and the page opens such a file as the browser would show it, never as U+FFFD.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { setUp, skipReason, openPage, waitForAnnotation, loadFirstSample, repo, wasmPackage } from './lib.mjs';

const env = setUp();
const dir = path.join(repo, 'tests/fixtures/encodings');
// the two whose declaration is true; the "meta-lies" pages depart from browsers on purpose (see
// src/html/decode.rs) and are checked by tests/encodings.rs
const TRUE_PAGES = ['windows-1252.html', 'shift_jis.html'];

/** Serves the fixtures as a web server without a charset would: `Content-Type: text/html`. */
async function serveBytes() {
  const server = http.createServer((req, res) => {
    const name = path.basename(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!TRUE_PAGES.includes(name)) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html' }).end(fs.readFileSync(path.join(dir, name)));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
}

test('decodeHtml gives the text Chromium shows for windows-1252 and Shift_JIS pages', { skip: skipReason ?? false }, async () => {
  const site = await serveBytes();
  const context = await env.browser.newContext();
  try {
    const mod = await wasmPackage();
    for (const name of TRUE_PAGES) {
      const page = await context.newPage();
      await page.goto(site.url + name);
      const shown = await page.evaluate(() => ({ text: document.body.textContent, title: document.title, charset: document.characterSet }));
      const bytes = fs.readFileSync(path.join(dir, name));
      const decoded = mod.decodeHtml(new Uint8Array(bytes));
      assert.equal(decoded.encoding.toLowerCase(), shown.charset.toLowerCase(), `${name}: the encoding Chromium chose`);
      // the same text, parsed by the same browser: equal iff every character was decoded the same
      const ours = await page.evaluate((html) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        return { text: doc.body.textContent, title: doc.title };
      }, decoded.text);
      assert.equal(ours.title, shown.title, `${name}: title`);
      assert.equal(ours.text, shown.text, `${name}: body text`);
      assert.ok(!decoded.text.includes('\uFFFD'), `${name}: no replacement character`);
      await page.close();
    }
  } finally {
    await context.close();
    await site.close();
  }
});

test('the page opens a windows-1252 HTML file and a windows-1252 text file as the browser shows them', { skip: skipReason ?? false }, async () => {
  const { page, problems, close } = await openPage(env);
  const tmp = fs.mkdtempSync(path.join(repo, 'target/e2e-enc-'));
  try {
    await loadFirstSample(page, env);
    await page.setInputFiles('#file', path.join(dir, 'windows-1252.html'));
    await waitForAnnotation(page, 'windows-1252.html');
    const text = await page.locator('#article').textContent();
    assert.match(text, /Stadtrat beschließt neue Brücke über die Süderelbe/);
    assert.ok(!text.includes('\uFFFD'), 'no replacement character in the article');
    assert.match(await page.locator('#input-note').textContent(), /windows-1252/);
    // plain text that is not UTF-8: the windows-1252 fallback, with a note
    const txt = path.join(tmp, 'brief.txt');
    fs.writeFileSync(txt, Buffer.from('Die Br\xfccke \xfcber die S\xfcderelbe kostet 12 Millionen Euro, sagte J\xfcrgen M\xfcller.\n', 'latin1'));
    await page.setInputFiles('#file', txt);
    await waitForAnnotation(page, 'brief.txt');
    assert.equal(await page.inputValue('#input'), 'Die Brücke über die Süderelbe kostet 12 Millionen Euro, sagte Jürgen Müller.\n');
    assert.match(await page.locator('#input-note').textContent(), /windows-1252 \(the bytes are not UTF-8\)/);
    assert.deepEqual(problems, []);
  } finally {
    await close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
