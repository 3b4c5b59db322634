// The reader view of an HTML input, on real pages (../shared/data/aeb and wcxb, served from memory:
// each is dropped on the page as a file): it opens on the article, the boilerplate runs folded into
// one quiet line each and the view scrolled to the first article block; the keys and the switch
// still reveal everything; a plain text keeps the dimmed view. And the side panel never clips: from
// 360 px to 2560 px wide, on the page with the longest entity names and with 300 entities.
// Skipped when ../shared/data is absent. UPDATE_SCREENSHOTS=1 refreshes docs/screenshot-reader.png.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  setUp, skipReason, openPage, waitForAnnotation, loadFirstSample, inPage, pagesSkip, readerPages, pageNames, realPage,
  wasmPackage, outDir, repo,
} from './lib.mjs';

const env = setUp();
const skip = skipReason ?? pagesSkip;
let pages = [];
before(async () => {
  if (!skip) pages = await readerPages({ count: 2 });
});

const drop = (page, file) => page.evaluate(inPage.dropFile, file);
const reader = (page) => page.evaluate(inPage.readerView);
const FOLD_LABEL = /^\d[\d,]* lines? of [\w ,…]+ · show$/;

test('an HTML page opens on its article: boilerplate runs folded, the first block in view', async (t) => {
  if (skip) return t.skip(skip);
  assert.ok(pages.length >= 4, `two pages of each set open on navigation (found ${pages.length})`);
  const { page, problems, close } = await openPage(env);
  try {
    await loadFirstSample(page, env);
    for (const p of pages) {
      await drop(page, { name: `${p.name}`, type: 'text/html', content: p.html });
      await waitForAnnotation(page, p.name);
      const r = await reader(page);
      t.diagnostic(`${p.name}: ${r.folds.map((f) => f.label).join(' | ')}; first block "${r.first?.char}" at ${Math.round(r.first?.top)} px`);
      assert.equal(r.text, p.annotation.text, `${p.name}: the article is annotateHtml's text, to the character`);
      assert.equal(r.mode, 'fold', `${p.name}: opens folded`);
      assert.equal(r.checked, 'fold', `${p.name}: the switch says so`);
      assert.deepEqual(r.folds.map((f) => f.label), p.folds.map((l) => `${l} · show`), `${p.name}: one quiet line per run`);
      for (const f of r.folds) {
        assert.match(f.label, FOLD_LABEL);
        assert.ok(f.shown, `${p.name}: "${f.label}" is shown`);
      }
      assert.match(r.folds[0].label, new RegExp(`^${p.lead} lines`), `${p.name}: the leading run is one line`);
      assert.ok(r.bpHidden > 0, `${p.name}: the folded runs are not rendered`);
      assert.ok(r.first && r.first.top >= 0 && r.first.bottom <= r.viewport / 2, `${p.name}: the first article block is in the top half of the view (${JSON.stringify(r.first)})`);
      assert.ok(r.scrollY > 0, `${p.name}: the view scrolled past the input box to the article`);
    }

    // The keys and the switch still reveal everything; a fold line shows its own run.
    const last = pages.at(-1);
    await page.locator('#article .aa-fold').first().click();
    let r = await reader(page);
    assert.equal(r.folds[0].expanded, 'true');
    assert.match(r.folds[0].label, / · fold$/, 'the opened run can be folded again');
    await page.keyboard.press('b');
    r = await reader(page);
    assert.deepEqual([r.mode, r.checked], ['dim', 'dim'], 'b: fold -> dim');
    assert.equal(r.bpHidden, 0, 'dim: every boilerplate line is rendered');
    assert.ok(r.folds.every((f) => !f.shown), 'dim: no fold lines');
    await page.check('#legend input[value="show"]');
    r = await reader(page);
    assert.deepEqual([r.mode, r.bpHidden], ['show', 0], 'the switch: show everything');
    await page.check('#legend input[value="fold"]');
    r = await reader(page);
    assert.equal(r.folds.filter((f) => f.shown).length, last.folds.length, 'fold again');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('a plain text keeps the dimmed view and does not scroll; a move into a folded run opens it', async (t) => {
  if (skip) return t.skip(skip);
  const { page, problems, close } = await openPage(env);
  try {
    await loadFirstSample(page, env);
    const r = await reader(page);
    assert.deepEqual([r.mode, r.checked], ['dim', 'dim'], 'a text opens dimmed, as before');
    assert.ok(r.folds.every((f) => !f.shown), 'no fold lines over a text');
    assert.equal(r.bpHidden, 0);
    assert.equal(r.scrollY, 0, 'a text does not scroll');

    // A move into a folded run (a mention or quote there: the navigator calls view.reveal) opens
    // that run and no other; outside the fold mode nothing changes.
    const got = await page.evaluate(async () => {
      const { createTextView } = await import('./ui/textview.js');
      const text = 'Home\nWorld\nSport\n\nThe article.\n\nMore\nLinks\n';
      const at = (w, reason) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, reason });
      const box = document.createElement('div');
      document.querySelector('main').append(box);
      const view = createTextView(box, text, { boilerplate: [at('Home', 'navigation'), at('World', 'navigation'), at('Sport', 'navigation'), at('More', 'related'), at('Links', 'related')] });
      await view.ready;
      const state = () => [...box.querySelectorAll('.aa-fold')].map((b) => `${b.dataset.label} ${b.getAttribute('aria-expanded')} ${b.getClientRects().length > 0}`);
      box.dataset.boilerplate = 'dim';
      view.reveal(text.indexOf('World'), text.indexOf('World') + 5);
      const dim = state();
      box.dataset.boilerplate = 'fold';
      const folded = state();
      view.reveal(text.indexOf('World'), text.indexOf('World') + 5);
      const revealed = state();
      const rendered = box.querySelector('.aa-bp').getClientRects().length > 0;
      box.remove();
      return { dim, folded, revealed, rendered, start: text.slice(view.articleStart, view.articleStart + 12) };
    });
    assert.deepEqual(got.dim, ['3 lines of navigation · show false false', '2 lines of related · show false false'], 'dim: no fold lines, nothing opened');
    assert.deepEqual(got.folded, ['3 lines of navigation · show false true', '2 lines of related · show false true']);
    assert.deepEqual(got.revealed, ['3 lines of navigation · fold true true', '2 lines of related · show false true'], 'only the run moved into opens');
    assert.equal(got.rendered, true);
    assert.equal(got.start, 'The article.');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('the side panel never clips: 360 to 2560 px, long names, 300 entities', async (t) => {
  if (skip) return t.skip(skip);
  const mod = await wasmPackage();
  // The AEB page with the longest entity name, and a text of 300+ entities (real pages' texts joined).
  let longest = null;
  let joined = '';
  let clusters = 0;
  for (const file of pageNames('aeb').slice(0, 24)) {
    const html = realPage('aeb', file);
    const a = mod.annotateHtml(html, {});
    const max = Math.max(0, ...a.clusters.map((c) => c.name.length));
    if (!longest || max > longest.max) longest = { file, html, max };
    if (clusters < 320) {
      joined += `${a.text}\n\n`;
      clusters = mod.annotate(joined, {}).clusters.length;
    }
  }
  assert.ok(clusters >= 300, `the joined text has ${clusters} entities`);
  const { page, problems, close } = await openPage(env, { viewport: { width: 1400, height: 900 } });
  try {
    await loadFirstSample(page, env);
    const inputs = [
      { name: `aeb-${longest.file.replace(/\.gz$/, '')}`, type: 'text/html', content: longest.html },
      { name: 'three-hundred.txt', type: 'text/plain', content: joined },
    ];
    for (const input of inputs) {
      await drop(page, input);
      await waitForAnnotation(page, input.name, 60_000);
      for (const width of [360, 600, 900, 1400, 1920, 2560]) {
        await page.setViewportSize({ width, height: 900 });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
        const fit = await page.evaluate(inPage.panelFit);
        t.diagnostic(`${input.name} at ${width} px: ${fit.entities} entity buttons, ${fit.ellipsised} names ellipsised`);
        assert.deepEqual(fit.problems, [], `${input.name} at ${width} px`);
      }
    }
    const count = Number((await page.locator('#entity-count').textContent()).replace(/\D/g, ''));
    assert.ok(count >= 300, `the list holds ${count} entities`);

    // The reader view in docs/ (the article of a real page, its navigation folded).
    await page.setViewportSize({ width: 1280, height: 900 });
    const p = pages.reduce((a, b) => (b.annotation.text.length > a.annotation.text.length ? b : a));
    await drop(page, { name: p.name, type: 'text/html', content: p.html });
    await waitForAnnotation(page, p.name);
    await page.mouse.move(2, 2);
    fs.mkdirSync(outDir, { recursive: true });
    const file = process.env.UPDATE_SCREENSHOTS ? path.join(repo, 'docs', 'screenshot-reader.png') : path.join(outDir, 'screenshot-reader.png');
    await page.screenshot({ path: file });
    t.diagnostic(`screenshot: ${path.relative(repo, file)}`);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});
