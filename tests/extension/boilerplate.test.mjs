// Structure-aware boilerplate on the live page: with wasm in the content script, the extension asks
// the HTML classifier (boilerplate_nodes(document): its verdict per DOM text node) which lines of its
// own text are boilerplate and annotates with annotate_with_boilerplate(). On saved AEB news pages the
// site's navigation and footer text must then lie in the boilerplate highlight, and the article's
// first paragraph (from the benchmark's ground truth) must not. With the plain-text rules alone
// (the extension before this), most of a page's navigation was article text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { setUp, skipReason, aebSkip, aebDir, openPage, aebHtml, clickAction, quiet, highlights, PREFIX } from './lib.mjs';

const env = setUp();
const PAGES = ['ef4e67b6', '374ac9a5', '851498a2', '3cb22bfa'];
const truth = aebSkip ? {} : JSON.parse(fs.readFileSync(path.join(aebDir, '../ground-truth.json'), 'utf8'));
const idOf = (prefix) => (aebSkip ? null : Object.keys(truth).find((k) => k.startsWith(prefix)) ?? null);

/**
 * In the page: of the rendered text inside nav / footer / role=navigation elements (and elements
 * with "footer" in their class or id), how many
 * characters (white space left out) lie in the boilerplate highlight.
 */
function furnitureCoverage(page) {
  return page.evaluate((name) => {
    const ranges = [...(CSS.highlights.get(name) ?? [])];
    let total = 0;
    let covered = 0;
    const seen = new Set();
    for (const el of document.querySelectorAll('nav, footer, [role=navigation], [role=contentinfo], [class*=footer i], [id*=footer i]')) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (seen.has(n) || !n.parentElement?.checkVisibility({ visibilityProperty: true })) continue;
        seen.add(n);
        const r = document.createRange();
        r.selectNodeContents(n);
        if (!r.getClientRects().length) continue;
        const chars = n.data.replace(/\s+/g, '').length;
        total += chars;
        if (ranges.some((h) => h.intersectsNode(n))) covered += chars;
      }
    }
    return { total, covered };
  }, `${PREFIX}boilerplate`);
}

for (const prefix of PAGES) {
  const id = idOf(prefix);
  test(`AEB page ${prefix}: navigation and footer are boilerplate by the page's structure, the first paragraph is not`, { skip: skipReason ?? aebSkip ?? (!id && `${prefix} is not among the AEB pages`) }, async (t) => {
    const { page, url } = await openPage(env, aebHtml(id), {}, `aeb-bp-${prefix}`);
    try {
      await quiet(env, 1000);
      const { report } = await clickAction(env, url);
      assert.equal(report.state, 'annotated', JSON.stringify(report));
      assert.equal(report.where, 'page');
      assert.equal(report.boilerplateFrom, 'html', 'boilerplate from the HTML classifier');
      const hl = await highlights(page);
      const boiler = hl[`${PREFIX}boilerplate`] ?? [];
      const first = truth[id].articleBody.split(/\n+/).map((p) => p.trim()).find((p) => p.length >= 40);
      const head = first.slice(0, 40);
      assert.ok(!boiler.some((b) => b.replace(/\s+/g, ' ').includes(head)), `the first paragraph (${head}…) is not boilerplate`);
      const boilerChars = boiler.reduce((sum, b) => sum + b.length, 0);
      const cov = await furnitureCoverage(page);
      const share = cov.total ? cov.covered / cov.total : 1;
      t.diagnostic(`${prefix}: ${report.chars} chars, ${report.boilerplate} boilerplate spans, ${boilerChars} characters in the boilerplate highlight ` +
        `(${(100 * boilerChars / report.chars).toFixed(1)}%); nav/footer text in the boilerplate highlight: ${cov.covered} of ${cov.total} chars ` +
        `(${(100 * share).toFixed(1)}%); classifier + mapping ${Math.round(report.timings.structure)} ms, annotate ${Math.round(report.timings.annotate)} ms`);
      assert.ok(cov.total > 0, 'the page shows navigation or footer text');
      assert.ok(share >= 0.9, `only ${cov.covered} of ${cov.total} characters of navigation/footer text are boilerplate`);
      assert.equal((await clickAction(env, url)).report.state, 'cleared');
    } finally {
      await page.close();
    }
  });
}
