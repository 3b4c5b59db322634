// Comfort: dark mode from prefers-color-scheme, axe-core in both themes (no serious or critical
// violations), and the screenshots (target/e2e/, or docs/ with UPDATE_SCREENSHOTS=1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { setUp, skipReason, openPage, loadFirstSample, waitForAnnotation, outDir, repo, inPage, pagesSkip, readerPages } from './lib.mjs';

const env = setUp();
const axePath = path.join(repo, 'node_modules/axe-core/axe.min.js');

const luminance = (rgb) => {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((c) => c / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a, b) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

for (const colorScheme of ['light', 'dark']) {
  test(`${colorScheme} theme: colours from prefers-color-scheme`, async (t) => {
    if (skipReason) return t.skip(skipReason);
    const { page, problems, close } = await openPage(env, { colorScheme });
    try {
      await loadFirstSample(page, env);
      const colors = await page.evaluate(() => {
        const cs = (sel) => getComputedStyle(document.querySelector(sel));
        return {
          body: cs('body').backgroundColor,
          text: cs('body').color,
          article: cs('.article-wrap').backgroundColor,
          articleText: cs('#article').color,
          scheme: matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
        };
      });
      t.diagnostic(JSON.stringify(colors));
      assert.equal(colors.scheme, colorScheme);
      if (colorScheme === 'dark') {
        assert.ok(luminance(colors.body) < 0.05, `dark background: ${colors.body}`);
        assert.ok(luminance(colors.text) > 0.6, `light text: ${colors.text}`);
      } else {
        assert.ok(luminance(colors.body) > 0.8, `light background: ${colors.body}`);
        assert.ok(luminance(colors.text) < 0.05, `dark text: ${colors.text}`);
      }
      assert.ok(contrast(colors.articleText, colors.article) >= 7, 'the article text has at least 7:1 contrast');

      await page.mouse.move(2, 2);
      fs.mkdirSync(outDir, { recursive: true });
      const name = colorScheme === 'dark' ? 'screenshot-page-dark.png' : 'screenshot-page.png';
      const file = process.env.UPDATE_SCREENSHOTS ? path.join(repo, 'docs', name) : path.join(outDir, name);
      await page.screenshot({ path: file });
      t.diagnostic(`screenshot: ${path.relative(repo, file)}`);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test(`axe-core, ${colorScheme} theme: no serious or critical violations`, async (t) => {
    if (skipReason) return t.skip(skipReason);
    if (!fs.existsSync(axePath)) return t.skip('node_modules/axe-core is missing: run npm ci');
    const axeSource = fs.readFileSync(axePath, 'utf8');
    // The page's CSP allows only its own scripts: axe is injected with the CSP bypassed, in this test only.
    const { page, problems, close } = await openPage(env, { colorScheme, bypassCSP: true });
    try {
      await loadFirstSample(page, env);
      await page.addScriptTag({ content: axeSource });
      const run = () =>
        page.evaluate(async () => {
          const r = await window.axe.run(document, { resultTypes: ['violations'] });
          return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
        });
      // The page as loaded, then with a mention marked and its card shown, then with the keys dialog
      // open, then the reader view of an HTML input (a real page when ../shared/data is here, else the
      // fixture), its boilerplate folded, then with one run opened.
      const states = {};
      states.loaded = await run();
      await page.keyboard.press('j');
      states.marked = await run();
      await page.keyboard.press('?');
      states.dialog = await run();
      await page.keyboard.press('Escape');
      const html = pagesSkip
        ? { name: 'article.html', content: fs.readFileSync(path.join(repo, 'tests/e2e/fixtures/article.html'), 'utf8') }
        : await readerPages({ count: 1, sets: ['aeb'] }).then(([p]) => ({ name: p.name, content: p.html }));
      await page.evaluate(inPage.dropFile, { ...html, type: 'text/html' });
      await waitForAnnotation(page, html.name);
      assert.equal(await page.locator('#article').getAttribute('data-boilerplate'), 'fold');
      states.reader = await run();
      if (await page.locator('#article .aa-fold').count()) {
        await page.locator('#article .aa-fold').first().click();
        states.unfolded = await run();
      }
      for (const [state, violations] of Object.entries(states)) {
        const line = violations.map((v) => `${v.id} (${v.impact}, ${v.nodes})`).join(', ') || 'none';
        t.diagnostic(`axe ${colorScheme} ${state}: violations: ${line}`);
        const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        assert.deepEqual(bad, [], `${state}: serious or critical violations`);
      }
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
}
