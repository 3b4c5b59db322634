// The reader view of an HTML input in Firefox, on real pages (../shared/data/aeb and wcxb, dropped
// on the page from memory): the same checks as tests/e2e/reader.test.mjs, with the same in-page
// functions (tests/e2e/lib.mjs inPage). A text opens dimmed and unscrolled; an HTML page opens on its
// article with its boilerplate runs folded; `b` reveals everything; the side panel never clips from
// 360 px to 2560 px. Skipped when ../shared/data or firefox-esr is absent.
//
//   node --experimental-websocket --test tests/firefox/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { repo, SAMPLE } from '../extension/lib.mjs';
import { inPage, pagesSkip, readerPages } from '../e2e/lib.mjs';
import { launchFirefox, evaluate, call, skipReason, waitForAnnotation, pageErrors, openTab } from './bidi.mjs';

const root = path.join(repo, 'www');
const skip = skipReason('www/pkg/article_annotator_bg.wasm', 'build it first with scripts/build-wasm.sh') ?? pagesSkip;

test('Firefox: an HTML page opens on its article, folded; b reveals it; the panel never clips', { timeout: 300_000 }, async (t) => {
  if (skip) return t.skip(skip);
  const pages = await readerPages({ count: 1 });
  assert.equal(pages.length, 2, 'one page of each set opens on navigation');
  const site = await startServer({ root });
  const ff = await launchFirefox();
  try {
    await ff.send('session.subscribe', { events: ['log.entryAdded'] });
    const tab = await openTab(ff, site.url, { width: 1280, height: 900 });
    await waitForAnnotation(ff, tab, SAMPLE);
    let r = await call(ff, tab, inPage.readerView);
    assert.deepEqual([r.mode, r.checked, r.bpHidden, r.scrollY], ['dim', 'dim', 0, 0], 'a text opens dimmed, unscrolled');
    assert.ok(r.folds.every((f) => !f.shown), 'no fold lines over a text');

    for (const p of pages) {
      await call(ff, tab, inPage.dropFile, { name: p.name, type: 'text/html', content: p.html });
      await waitForAnnotation(ff, tab, p.name);
      r = await call(ff, tab, inPage.readerView);
      t.diagnostic(`${p.name}: ${r.folds.map((f) => f.label).join(' | ')}; first block "${r.first?.char}" at ${Math.round(r.first?.top)} px`);
      assert.equal(r.text, p.annotation.text, `${p.name}: annotate_html's text, to the character`);
      assert.deepEqual([r.mode, r.checked], ['fold', 'fold'], `${p.name}: opens folded`);
      assert.deepEqual(r.folds.map((f) => f.label), p.folds.map((l) => `${l} · show`), `${p.name}: one quiet line per run`);
      assert.ok(r.folds.every((f) => f.shown), `${p.name}: the fold lines are shown`);
      assert.ok(r.bpHidden > 0, `${p.name}: the folded runs are not rendered`);
      assert.ok(r.first && r.first.top >= 0 && r.first.bottom <= r.viewport / 2, `${p.name}: the first article block is in the top half (${JSON.stringify(r.first)})`);
      assert.ok(r.scrollY > 0, `${p.name}: scrolled to the article`);

      for (const width of [360, 900, 1400, 2560]) {
        await ff.send('browsingContext.setViewport', { context: tab, viewport: { width, height: 900 } });
        await evaluate(ff, tab, 'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))');
        const fit = await call(ff, tab, inPage.panelFit);
        t.diagnostic(`${p.name} at ${width} px: ${fit.entities} entity buttons, ${fit.ellipsised} names ellipsised`);
        assert.deepEqual(fit.problems, [], `${p.name} at ${width} px`);
      }
      await ff.send('browsingContext.setViewport', { context: tab, viewport: { width: 1280, height: 900 } });
    }

    // b: fold -> dim, every line rendered and no fold lines; the switch: show.
    await evaluate(ff, tab, `(document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'b', bubbles: true })), true)`);
    r = await call(ff, tab, inPage.readerView);
    assert.deepEqual([r.mode, r.checked, r.bpHidden], ['dim', 'dim', 0], 'b: everything rendered, dimmed');
    assert.ok(r.folds.every((f) => !f.shown), 'no fold lines in the dim mode');
    await evaluate(ff, tab, `(document.querySelector('#legend input[value="show"]').click(), true)`);
    r = await call(ff, tab, inPage.readerView);
    assert.deepEqual([r.mode, r.bpHidden], ['show', 0], 'the switch: show');
    assert.deepEqual(pageErrors(ff, 0), [], 'no console errors or uncaught exceptions');
  } finally {
    await ff.close();
    await site.close();
  }
});
