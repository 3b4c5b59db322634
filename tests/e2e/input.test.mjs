// Input: opening and dropping .txt and .html files, the sample buttons, pasting, and the last input
// restored from localStorage after a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { setUp, skipReason, openPage, waitForAnnotation, loadFirstSample, highlightTexts, repo, wasmPackage } from './lib.mjs';

const env = setUp();
const fixtures = path.join(repo, 'tests/e2e/fixtures');
const TXT = fs.readFileSync(path.join(fixtures, 'article.txt'), 'utf8');
const HTML = fs.readFileSync(path.join(fixtures, 'article.html'), 'utf8');
/** The article paragraphs of article.html: the page's main text (boilerplate removed) must be these
 * (the h1 sits in the page's <header>, outside the <article>, and goes with the page furniture). */
const ARTICLE_TEXT = [
  'Telegram CEO Pavel Durov said on Thursday that the platform would change.',
  '“We will do better,” Durov said in a message to his 10 million followers.',
  'Durov in Paris in 2023.',
  'He was detained at Le Bourget airport near Paris in late August.',
  'His lawyer called it “absurd”.',
].join('\n\n');
/** What the wasm package's HTML path makes of article.html (the page shows its text, boilerplate marked). */
const htmlAnnotation = async () => (await wasmPackage()).annotateHtml(HTML);

/** Drops a file on the page with a synthetic drag-and-drop (dragenter, dragover, drop) carrying a DataTransfer. */
async function dropFile(page, name, content, type) {
  return page.evaluate(
    ({ name, content, type }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], name, { type }));
      const target = document.getElementById('article');
      const fire = (kind) => target.dispatchEvent(new DragEvent(kind, { dataTransfer: dt, bubbles: true, cancelable: true }));
      fire('dragenter');
      const overDefaultPrevented = !fire('dragover');
      const overlayShown = !document.getElementById('drop-overlay').hidden;
      const dropDefaultPrevented = !fire('drop');
      return { overDefaultPrevented, overlayShown, dropDefaultPrevented, overlayAfter: !document.getElementById('drop-overlay').hidden };
    },
    { name, content, type },
  );
}

async function articleText(page) {
  return page.evaluate(() => document.getElementById('article').textContent);
}

test('open a .txt file with the file input', async (t) => {
  if (skipReason) return t.skip(skipReason);
  const { page, problems, close } = await openPage(env);
  try {
    await loadFirstSample(page, env);
    await page.setInputFiles('#file', path.join(fixtures, 'article.txt'));
    await waitForAnnotation(page, 'article.txt');
    assert.equal(await articleText(page), TXT);
    assert.equal(await page.inputValue('#input'), TXT, 'the text box shows the file');
    assert.ok((await highlightTexts(page, 'ent-PERSON')).includes('Pavel Durov'));
    assert.ok((await highlightTexts(page, 'quote')).some((q) => q.includes('anarchic paradise')));
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('open an .html file: its text is annotated, its scripts never run', async (t) => {
  if (skipReason) return t.skip(skipReason);
  const { page, problems, close } = await openPage(env);
  try {
    await loadFirstSample(page, env);
    await page.setInputFiles('#file', path.join(fixtures, 'article.html'));
    await waitForAnnotation(page, 'article.html');
    await page.waitForTimeout(200); // time for a would-be <img onerror>
    const text = await articleText(page);
    const expected = await htmlAnnotation();
    assert.equal(text, expected.text, 'the page text that annotateHtml extracted');
    assert.equal((await wasmPackage()).mainTextHtml(HTML), ARTICLE_TEXT, 'nav, aside and footer are boilerplate; the article paragraphs stay');
    for (const gone of ['window.__pwned', 'injected', 'p { color', 'Enable JavaScript']) assert.ok(!text.includes(gone), `no ${gone} in the text`);
    const state = await page.evaluate(() => ({ pwned: window.__pwned, imgs: document.querySelectorAll('img, script:not([src])').length }));
    assert.deepEqual(state, { pwned: undefined, imgs: 0 }, 'nothing from the file ran or was inserted');
    assert.ok((await highlightTexts(page, 'ent-PERSON')).includes('Pavel Durov'));
    assert.match(await page.locator('#input-note').textContent(), /article\.html: an HTML file/);

    // The exported annotation is annotateHtml's, text included.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="json"]')]);
    const json = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    assert.deepEqual(json, expected);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('drag and drop a .txt and an .html file', async (t) => {
  if (skipReason) return t.skip(skipReason);
  const { page, problems, close } = await openPage(env);
  try {
    await loadFirstSample(page, env);
    const txt = await dropFile(page, 'dropped.txt', TXT, 'text/plain');
    assert.deepEqual(txt, { overDefaultPrevented: true, overlayShown: true, dropDefaultPrevented: true, overlayAfter: false });
    await waitForAnnotation(page, 'dropped.txt');
    assert.equal(await articleText(page), TXT);

    await dropFile(page, 'dropped.html', HTML, 'text/html');
    await waitForAnnotation(page, 'dropped.html');
    assert.equal(await articleText(page), (await htmlAnnotation()).text);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);

    // Something that is neither text nor HTML is refused with a message.
    await dropFile(page, 'photo.png', 'not really a png', 'image/png');
    await page.waitForFunction(() => document.getElementById('status').dataset.state === 'error');
    assert.match(await page.locator('#status').textContent(), /not a \.txt or \.html file/);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('samples are one click away; a paste into the empty box annotates at once', async (t) => {
  if (skipReason) return t.skip(skipReason);
  const { page, context, problems, close } = await openPage(env);
  try {
    await loadFirstSample(page, env);
    const buttons = await page.locator('#samples button').count();
    assert.equal(buttons, 5);
    await page.click('#samples button[data-n="3"]');
    await waitForAnnotation(page, '003_4f131c2c399b810e.txt');
    assert.match(page.url(), /#sample=3$/);

    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.fill('#input', '');
    await page.evaluate((text) => navigator.clipboard.writeText(text), TXT);
    await page.focus('#input');
    await page.keyboard.press('Control+V');
    await waitForAnnotation(page, 'pasted');
    assert.equal(await articleText(page), TXT);
    assert.doesNotMatch(page.url(), /#sample/, 'the hash no longer names a sample');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('the last input comes back after a reload (localStorage)', async (t) => {
  if (skipReason) return t.skip(skipReason);
  const { page, problems, close } = await openPage(env);
  try {
    await loadFirstSample(page, env);
    const own = 'Pavel Durov met Emmanuel Macron in Paris on Monday.\n\n“It went well,” Durov said.';
    await page.fill('#input', own);
    await page.press('#input', 'Control+Enter');
    await waitForAnnotation(page, 'pasted');
    await page.reload();
    await waitForAnnotation(page, 'pasted');
    assert.equal(await articleText(page), own, 'the pasted text is back');
    assert.equal(await page.inputValue('#input'), own, 'and in the text box');

    // A file is remembered with its name and kind; a sample as its number.
    await page.setInputFiles('#file', path.join(fixtures, 'article.html'));
    await waitForAnnotation(page, 'article.html');
    await page.reload();
    await waitForAnnotation(page, 'article.html');
    assert.equal(await articleText(page), (await htmlAnnotation()).text);

    await page.click('#samples button[data-n="2"]');
    await waitForAnnotation(page, '002_c889240b047de9a3.txt');
    await page.goto(env.site.url); // no hash: the stored input decides
    await waitForAnnotation(page, '002_c889240b047de9a3.txt');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});
