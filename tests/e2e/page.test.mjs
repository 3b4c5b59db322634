// End-to-end test of the demo page (www/) with the release wasm, in Debian's headless chromium.
//   node --test tests/e2e/
// Needs www/pkg/ (wasm-pack build --target web --release --out-dir www/pkg) and /usr/bin/chromium;
// skips with a message when either is missing. E2E_ROOT=dir serves another copy of the site.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const root = path.resolve(repo, process.env.E2E_ROOT ?? 'www');
const chromiumPath = '/usr/bin/chromium';
const screenshotDir = path.join(repo, 'target/e2e');
const SAMPLE = '000_746db7cbed382b35.txt';

const skipReason = !fs.existsSync(path.join(root, 'pkg/article_annotator_bg.wasm'))
  ? `${path.relative(repo, root)}/pkg/article_annotator_bg.wasm is missing: build it first with ` +
    '`wasm-pack build --target web --release --out-dir www/pkg`'
  : !fs.existsSync(chromiumPath)
    ? `${chromiumPath} is missing: install Debian chromium (scripts/setup.sh does)`
    : null;
if (skipReason) console.log(`e2e page tests SKIPPED: ${skipReason}`);

let browser;
let site;

before(async () => {
  if (skipReason) return;
  const { chromium } = await import('playwright-core');
  site = await startServer({ root });
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** A fresh page that records page errors, console errors, failed requests and .wasm responses. */
async function openPage() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  const wasmResponses = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`);
  });
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
  page.on('response', (res) => {
    if (new URL(res.url()).pathname.endsWith('.wasm')) wasmResponses.push(res);
  });
  // Only this site may be contacted.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(site.url) || url.startsWith('data:')) return route.continue();
    problems.push(`off-site request: ${url}`);
    return route.abort();
  });
  return { page, problems, wasmResponses };
}

/** Waits until the article shows `source` and its annotation is finished (or failed). */
async function waitForAnnotation(page, source) {
  await page.waitForFunction(
    (src) => {
      const state = document.getElementById('status').dataset.state;
      return state === 'error' || (state === 'done' && document.getElementById('article').dataset.source === src);
    },
    source,
    { timeout: 30_000 },
  );
  const status = await page.locator('#status').textContent();
  assert.equal(await page.locator('#status').getAttribute('data-state'), 'done', `page status: ${status}`);
  return status;
}

test('sample 000 is annotated and painted with highlights', async (t) => {
  if (skipReason) return t.skip(skipReason);
  const { page, problems, wasmResponses } = await openPage();
  try {
    // Open another sample via the URL hash, then switch to sample 000 with the select.
    await page.goto(`${site.url}#sample=1`);
    await waitForAnnotation(page, '001_69be0bb2d80f3255.txt');
    const value = await page.locator(`#sample option[data-file="${SAMPLE}"]`).getAttribute('value');
    await page.selectOption('#sample', value);
    const status = await waitForAnnotation(page, SAMPLE);
    t.diagnostic(status);

    const result = await page.evaluate(() => {
      const texts = (name) => [...(CSS.highlights.get(name) ?? [])].map((r) => r.toString());
      const article = document.getElementById('article');
      return {
        hasPerson: CSS.highlights.has('ent-PERSON'),
        person: texts('ent-PERSON'),
        boilerplate: texts('boilerplate'),
        quotes: texts('quote'),
        childElements: article.children.length,
        childNodes: article.childNodes.length,
        articleStartsWith: article.textContent.slice(0, 40),
        legendItems: document.querySelectorAll('#legend li').length,
        quoteItems: document.querySelectorAll('#quotes button').length,
      };
    });
    assert.ok(result.hasPerson, 'CSS.highlights has ent-PERSON');
    assert.ok(result.person.includes('Pavel Durov'), `a PERSON range reads "Pavel Durov"; got ${JSON.stringify(result.person.slice(0, 10))}`);
    assert.ok(result.boilerplate.includes('Trending Now'), `a boilerplate range reads "Trending Now"; got ${JSON.stringify(result.boilerplate)}`);
    assert.ok(result.quotes.length > 0, 'the quote highlight has ranges');
    assert.equal(result.childElements, 0, 'the article holds no elements');
    assert.equal(result.childNodes, 1, 'the article is a single text node');
    assert.equal(result.articleStartsWith, 'Defending Innovation: Telegram CEO Break');
    assert.equal(result.legendItems, 11, 'legend: 9 labels + quote + boilerplate');
    assert.equal(result.quoteItems, result.quotes.length, 'one side-list entry per quote');

    // Hovering "Pavel Durov" shows a tooltip naming the label.
    const box = await page.evaluate(() => {
      const node = document.getElementById('article').firstChild;
      const i = node.data.indexOf('Pavel Durov');
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 5);
      range.startContainer.parentElement.scrollIntoView({ block: 'start' });
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await page.waitForSelector('#tooltip:not([hidden])', { timeout: 5_000 });
    const tip = await page.locator('#tooltip').textContent();
    assert.match(tip, /PERSON/, `tooltip over "Pavel Durov": ${tip}`);

    const wasmOk = wasmResponses.filter((r) => r.status() === 200);
    assert.ok(wasmOk.length > 0, `a .wasm file was served with 200 (saw ${wasmResponses.map((r) => `${r.url()} ${r.status()}`)})`);
    assert.equal(await wasmOk[0].headerValue('content-type'), 'application/wasm');

    await page.mouse.move(5, 5);
    await page.evaluate(() => window.scrollTo(0, 0));
    fs.mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: path.join(screenshotDir, 'page.png'), fullPage: true });

    assert.deepEqual(problems, [], 'no page errors, console errors or failed requests');
  } finally {
    await page.close();
  }
});

test('pasted HTML is shown as text, never run', async (t) => {
  if (skipReason) return t.skip(skipReason);
  const { page, problems } = await openPage();
  try {
    await page.goto(site.url);
    await waitForAnnotation(page, SAMPLE); // the page annotates the first sample on load
    const payload =
      '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>\n' +
      '“We will win,” said Pavel Durov. <b onmouseover="window.__pwned=1">bold?</b>';
    await page.fill('#input', payload);
    await page.click('#annotate');
    await waitForAnnotation(page, 'pasted');
    // Hover the text too (tooltip path) and give a would-be <img> time to fail and fire onerror.
    await page.hover('#article');
    await page.waitForTimeout(300);

    const result = await page.evaluate(() => {
      const article = document.getElementById('article');
      return {
        pwned: window.__pwned,
        text: article.textContent,
        childElements: article.children.length,
        injected: document.querySelectorAll('img, #article *, b').length,
        person: [...(CSS.highlights.get('ent-PERSON') ?? [])].map((r) => r.toString()),
      };
    });
    assert.equal(result.pwned, undefined, 'window.__pwned stays undefined');
    assert.equal(result.text, payload, 'the article shows the pasted text literally');
    assert.equal(result.childElements, 0, 'the article holds no elements');
    assert.equal(result.injected, 0, 'no element was created from the pasted text');
    assert.ok(result.person.includes('Pavel Durov'), `"Pavel Durov" is still found; got ${JSON.stringify(result.person)}`);
    assert.deepEqual(problems, [], 'no page errors, console errors or failed requests');
  } finally {
    await page.close();
  }
});
