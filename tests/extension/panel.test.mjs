// The panel in the page (shadow DOM): the page's styles do not reach in and the panel's do not leak
// out; the legend filters labels; boilerplate dim / hide / show (hide = a covering highlight style);
// a click on an entity goes to its mentions in turn and scrolls to them; a click on a quote marks it
// with its speaker and cue; "Clear" restores the page exactly; the preferences come back next time
// (chrome.storage.local). Also the second screenshot for the README.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  setUp, skipReason, repo, openPage, samplePage, clickAction, serialise, highlights, decodePng, dominantColour, HOST_TAG, PREFIX,
} from './lib.mjs';
import { inPage } from '../e2e/lib.mjs';

const env = setUp();
const skip = skipReason ?? false;

/** Clicks an element of the panel (a selector inside the shadow root, optionally with a text). */
async function panelClick(page, selector, text) {
  const locator = page.locator(HOST_TAG).locator(selector, text ? { hasText: text } : {});
  await locator.first().click();
}

/** Where the extension's `aax-aa-current` mark is: its text, its offset in body.textContent, its rect. */
function current(page) {
  return page.evaluate((name) => {
    const h = CSS.highlights.get(name);
    const r = h && [...h][0];
    if (!r) return null;
    const pre = document.createRange();
    pre.setStart(document.body, 0);
    pre.setEnd(r.startContainer, r.startOffset);
    const rect = r.getBoundingClientRect();
    return { text: r.toString(), at: pre.toString().length, top: rect.top, bottom: rect.bottom, inView: rect.top >= 0 && rect.bottom <= innerHeight };
  }, `${PREFIX}aa-current`);
}

const HOSTILE_CSS = `<style>
* { font-size: 30px !important; letter-spacing: 3px !important; }
article-annotator-panel, html > :not(head):not(body) { display: none !important; opacity: 0 !important; }
button { background: rgb(0, 255, 0) !important; }
</style>`;

test('panel: isolated styles, filter, boilerplate modes, mentions, quotes, clear, preferences', { skip }, async () => {
  const html = samplePage().replace('</head>', `${HOSTILE_CSS}</head>`).replace('<article>', '<article><h1>Heading</h1><button type="button">Page button</button>');
  const { page, url, problems } = await openPage(env, html, {}, 'panel');
  try {
    await page.setViewportSize({ width: 1100, height: 500 }); // the article is several screens long
    const pageStyle = () => page.evaluate(() => {
      const pick = (el) => {
        const cs = getComputedStyle(el);
        return [cs.fontSize, cs.color, cs.backgroundColor, cs.fontFamily, cs.letterSpacing, cs.display].join(' | ');
      };
      return [document.documentElement, document.body, document.querySelector('h1'), document.querySelector('button'), document.querySelector('p')].map(pick);
    });
    const before = await serialise(page);
    const styleBefore = await pageStyle();

    const { report } = await clickAction(env, url);
    assert.equal(report.state, 'annotated');

    // Styles: the page's rules do not reach the panel, the panel's do not touch the page.
    const inside = await page.evaluate((tag) => {
      const host = document.querySelector(tag);
      const root = host.shadowRoot;
      const cs = (el) => getComputedStyle(el);
      return {
        host: [cs(host).display, cs(host).position, cs(host).fontSize],
        title: [cs(root.querySelector('h1')).fontSize, cs(root.querySelector('h1')).letterSpacing],
        clear: cs(root.querySelector('button.clear')).backgroundColor,
      };
    }, HOST_TAG);
    assert.deepEqual(inside, { host: ['block', 'fixed', '16px'], title: ['15px', 'normal'], clear: 'rgb(255, 255, 255)' });
    assert.deepEqual(await pageStyle(), styleBefore, 'the page\'s own elements look the same');
    assert.ok(await page.locator(HOST_TAG).locator('.panel').isVisible());

    // Nothing in the panel clips (the page's own ui/panel.css rules), from a phone's width up.
    for (const width of [360, 1400, 2560]) {
      await page.setViewportSize({ width, height: 500 });
      const fit = await page.evaluate(inPage.panelFit, HOST_TAG);
      assert.deepEqual(fit.problems, [], `the panel at ${width} px`);
    }
    await page.setViewportSize({ width: 1100, height: 500 });

    // The legend is the filter.
    await panelClick(page, '.aa-toggle[data-key="PERSON"]');
    assert.equal((await highlights(page))[`${PREFIX}ent-PERSON`], undefined, 'PERSON hidden');
    assert.equal(await page.locator(HOST_TAG).locator('.aa-toggle[data-key="PERSON"]').getAttribute('aria-pressed'), 'false');
    await panelClick(page, '.aa-toggle[data-key="PERSON"]');
    assert.ok((await highlights(page))[`${PREFIX}ent-PERSON`].includes('Pavel Durov'), 'PERSON shown again');

    // Boilerplate: dim (a highlight), hide (a covering highlight: the DOM may not change), show (none).
    const names = async () => Object.keys(await highlights(page)).filter((n) => n.includes('boilerplate')).sort();
    assert.deepEqual(await names(), [`${PREFIX}boilerplate`]);
    await panelClick(page, '.aa-radio', 'Hide');
    assert.deepEqual(await names(), [`${PREFIX}boilerplate-hidden`]);
    const rect = await page.evaluate((name) => {
      const r = [...CSS.highlights.get(name)][0];
      r.startContainer.parentElement.scrollIntoView({ block: 'center' });
      const b = r.getBoundingClientRect();
      return { x: Math.ceil(b.x) + 1, y: Math.ceil(b.y) + 1, width: Math.floor(b.width) - 2, height: Math.floor(b.height) - 2 };
    }, `${PREFIX}boilerplate-hidden`);
    const img = decodePng(await page.screenshot({ clip: rect, caret: 'initial' }));
    assert.equal(dominantColour(img), '#e2e2e2', 'hidden boilerplate is covered');
    await panelClick(page, '.aa-radio', 'Show');
    assert.deepEqual(await names(), []);
    await panelClick(page, '.aa-radio', 'Dim');
    assert.deepEqual(await names(), [`${PREFIX}boilerplate`]);

    // An entity: each click goes to the next mention (wrapping) and scrolls it into view.
    await page.evaluate(() => window.scrollTo(0, 0));
    const seen = [];
    for (let i = 0; i < 11; i++) {
      await panelClick(page, '.aa-entity', 'Pavel Durov');
      const c = await current(page);
      assert.ok(c, 'a mention is marked');
      assert.ok(c.inView, `mention ${i + 1} is in view (${c.top}..${c.bottom})`);
      seen.push(c);
    }
    assert.equal(seen[0].text, 'Pavel Durov');
    assert.ok(seen.slice(1, 10).every((c) => /Durov/.test(c.text)), seen.map((c) => c.text).join(', '));
    for (let i = 1; i < 10; i++) assert.ok(seen[i].at > seen[i - 1].at, 'mentions in text order');
    assert.equal(seen[10].at, seen[0].at, 'the 11th click wraps to the first of 10 mentions');
    assert.ok(await page.evaluate(() => scrollY) >= 0);
    const card = await page.locator(HOST_TAG).locator('.aa-card').textContent();
    assert.match(card, /PERSON.*Pavel Durov/);

    // A quote: marked, with its speaker and cue.
    await panelClick(page, '.aa-quote');
    const q = await highlights(page);
    assert.equal(q[`${PREFIX}aa-current`].length, 1);
    assert.match(q[`${PREFIX}aa-current`][0], /personal aim/);
    assert.deepEqual(q[`${PREFIX}aa-related`], ['he', 'said']);

    // Preferences for next time: PERSON hidden, boilerplate hidden. Then "Clear" in the panel.
    await panelClick(page, '.aa-toggle[data-key="PERSON"]');
    await panelClick(page, '.aa-radio', 'Hide');
    await panelClick(page, 'button.clear');
    const after = await serialise(page);
    assert.equal(after.hosts, 0);
    assert.equal(after.full, before.full, 'the page is exactly as before');
    assert.deepEqual(await highlights(page), {});

    const again = await clickAction(env, url);
    assert.equal(again.report.state, 'annotated', 'the action annotates again after a clear from the panel');
    const hl = await highlights(page);
    assert.equal(hl[`${PREFIX}ent-PERSON`], undefined, 'PERSON still hidden');
    assert.ok(hl[`${PREFIX}boilerplate-hidden`]?.length, 'boilerplate still hidden');
    assert.equal(await page.locator(HOST_TAG).locator('input[value="hide"]').isChecked(), true);
    // Back to the defaults, then clear with the action.
    await panelClick(page, '.aa-toggle[data-key="PERSON"]');
    await panelClick(page, '.aa-radio', 'Dim');
    assert.equal((await clickAction(env, url)).report.state, 'cleared');
    assert.equal((await serialise(page)).full, before.full);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('screenshot: a quote selected, with its speaker and cue, and the card', { skip }, async () => {
  const { page, url } = await openPage(env, samplePage('003_4f131c2c399b810e.txt'), {}, 'shot');
  try {
    const { report } = await clickAction(env, url);
    assert.equal(report.state, 'annotated');
    await page.locator(HOST_TAG).locator('.aa-quote').nth(1).click(); // "My previous post may have seemed …"
    await page.mouse.move(1, 1);
    await page.evaluate((tag) => {
      document.querySelector(tag).shadowRoot.querySelector('.body').scrollTop = 0; // the legend in view
    }, HOST_TAG);
    fs.mkdirSync(path.join(repo, 'docs'), { recursive: true });
    await page.screenshot({ path: path.join(repo, 'docs/screenshot-extension-quote.png'), caret: 'initial' });
  } finally {
    await page.close();
  }
});
