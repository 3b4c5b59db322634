// Time from the click to painted highlights on the largest AEB page, median of 5 (each in a fresh
// tab, so each includes loading the modules and compiling the wasm in the content script). The
// figure is the extension's own: from the start of the chrome.action.onClicked listener (Date.now()
// in the background) to the frame after the highlights and the panel are in (Date.now() in the
// content script, after requestAnimationFrame + a task). The wall time seen by this process (from
// sending Extensions.triggerAction to reading the report back) is printed beside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, skipReason, aebSkip, aebPages, aebHtml, openPage, clickAction, median } from './lib.mjs';

const env = setUp();

test('click to painted highlights on the largest AEB page: median of 5', { skip: skipReason ?? aebSkip ?? false }, async (t) => {
  const largest = aebPages()[0];
  const html = aebHtml(largest.id);
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const { page, url } = await openPage(env, html, {}, `perf-${largest.id.slice(0, 8)}`);
    try {
      const { report, wallMs } = await clickAction(env, url);
      assert.equal(report.state, 'annotated');
      assert.equal(report.where, 'page');
      assert.ok(await page.evaluate(() => CSS.highlights.has('aax-ent-PERSON')));
      runs.push({ ms: report.clickToPaintMs, wallMs, report });
    } finally {
      await page.close();
    }
  }
  const m = median(runs.map((r) => r.ms));
  const mw = median(runs.map((r) => r.wallMs));
  const parts = (r) => Object.entries(r.report.timings).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ');
  for (const r of runs) t.diagnostic(`click->paint ${r.ms} ms (wall ${r.wallMs} ms; ${parts(r)}; attempts ${r.report.attempts})`);
  const line = `click to painted highlights, largest AEB page (${largest.id.slice(0, 8)}, ${(largest.size / 1e6).toFixed(2)} MB HTML, ` +
    `${runs[0].report.chars} characters of text, ${runs[0].report.entities} entities), 5 fresh tabs: ${runs.map((r) => r.ms).join(', ')} ms; ` +
    `median ${m} ms (wall median ${mw} ms)`;
  t.diagnostic(line);
  console.log(line);
  assert.ok(m < 10_000, `median ${m} ms`);
});
