// Shared by the browser end-to-end tests (tests/e2e/*.test.mjs): one static server on 127.0.0.1 and
// one Debian chromium per test file, fresh contexts per test. Not a test file itself.
//
// Needs www/pkg/ (scripts/build-wasm.sh) and /usr/bin/chromium; every test skips with a message when
// either is missing. E2E_ROOT=dir serves another copy of the site.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const root = path.resolve(repo, process.env.E2E_ROOT ?? 'www');
export const chromiumPath = '/usr/bin/chromium';
export const outDir = path.join(repo, 'target/e2e');
export const SAMPLE = '000_746db7cbed382b35.txt';
export const launchArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const skipReason = !fs.existsSync(path.join(root, 'pkg/article_annotator_bg.wasm'))
  ? `${path.relative(repo, root)}/pkg/article_annotator_bg.wasm is missing: build it first with scripts/build-wasm.sh`
  : !fs.existsSync(chromiumPath)
    ? `${chromiumPath} is missing: install Debian chromium (scripts/setup.sh does)`
    : null;

/** Starts the server and the browser for this file (before/after hooks); returns a live handle. */
export function setUp() {
  const env = { browser: null, site: null };
  if (skipReason) console.log(`e2e page tests SKIPPED: ${skipReason}`);
  before(async () => {
    if (skipReason) return;
    const { chromium } = await import('playwright-core');
    env.site = await startServer({ root });
    env.browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: launchArgs });
  });
  after(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}

/**
 * A fresh context and page that records page errors, console errors, failed requests and
 * off-site requests. Service workers are blocked unless `serviceWorkers: 'allow'` is passed (a
 * service worker would hide requests from page.route).
 */
export async function openPage(env, contextOptions = {}) {
  const context = await env.browser.newContext({
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block',
    ...contextOptions,
  });
  const page = await context.newPage();
  const problems = [];
  const blockedByCsp = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // Parsing an HTML file with DOMParser gives an inert document under the page's CSP: Chromium
    // reports the file's inline styles and event handlers as blocked (scripts never run there anyway).
    if (/^(Applying inline style|Executing inline event handler) violates the following Content Security Policy/.test(msg.text())) {
      blockedByCsp.push(msg.text());
      return;
    }
    problems.push(`console.error: ${msg.text()}`);
  });
  page.on('requestfailed', (req) => {
    if (!context.__offline) problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`);
  });
  // Only this site may be contacted.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(env.site.url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    problems.push(`off-site request: ${url}`);
    return route.abort();
  });
  return { context, page, problems, blockedByCsp, close: () => context.close() };
}

/** Waits until the article shows `source` and its annotation is finished; fails on an error state. */
export async function waitForAnnotation(page, source, timeout = 30_000) {
  await page.waitForFunction(inPage.annotated, source, { timeout });
  const status = await page.locator('#status').textContent();
  assert.equal(await page.locator('#status').getAttribute('data-state'), 'done', `page status: ${status}`);
  return status;
}

/** Loads the page and waits for sample 000 (what a fresh page shows). */
export async function loadFirstSample(page, env, hash = '') {
  await page.goto(`${env.site.url}${hash}`);
  return waitForAnnotation(page, SAMPLE);
}

/** In the page: the text of each range of highlight `name`. */
export function highlightTexts(page, name) {
  return page.evaluate(inPage.highlightTexts, name);
}

/**
 * Functions that run in the page, each taking one JSON argument: shared with the Firefox tests
 * (tests/firefox/), which send them over WebDriver BiDi instead of playwright.
 */
export const inPage = {
  /** The page is done with `src` (or failed: the caller reads the status). */
  annotated: (src) => {
    const state = document.getElementById('status').dataset.state;
    return state === 'error' || (state === 'done' && document.getElementById('article').dataset.source === src);
  },
  highlightTexts: (n) => [...(CSS.highlights.get(n) ?? [])].map((r) => r.toString()),

  /** Drops a file {name, type, content} on the page, as a reader dragging it in would. */
  dropFile: ({ name, type, content }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], name, { type }));
    document.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    return true;
  },

  /**
   * The reader view as shown: the boilerplate mode, the fold lines (label, rendered), how many
   * boilerplate wrappers are rendered or not, the viewport top of the article's first character
   * outside the boilerplate, and the article's text.
   */
  readerView: () => {
    const article = document.getElementById('article');
    const rendered = (el) => el.getClientRects().length > 0;
    const bp = [...article.querySelectorAll('.aa-bp')];
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    let first = null;
    for (let n = walker.nextNode(); n && !first; n = walker.nextNode()) {
      if (n.parentElement.closest('.aa-bp')) continue;
      const i = n.data.search(/\S/);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + 1);
      const box = r.getBoundingClientRect();
      first = { char: n.data.slice(i, i + 20), top: box.top, bottom: box.bottom };
    }
    return {
      mode: article.dataset.boilerplate,
      checked: document.querySelector('#legend input[type="radio"]:checked')?.value ?? null,
      folds: [...article.querySelectorAll('.aa-fold')].map((b) => ({ label: b.dataset.label, shown: rendered(b), expanded: b.getAttribute('aria-expanded') })),
      bpShown: bp.filter(rendered).length,
      bpHidden: bp.filter((e) => !rendered(e) && e.textContent.trim()).length,
      first,
      viewport: innerHeight,
      scrollY,
      text: article.textContent,
    };
  },

  /**
   * What does not fit in the side panel: {problems (empty when nothing clips), ellipsised, entities}.
   * `host`: the tag of the extension's panel host (its shadow root's panel), else the page's panel.
   */
  panelFit: (host) => {
    const problems = [];
    const doc = document.documentElement;
    if (!host && doc.scrollWidth > doc.clientWidth + 1) problems.push(`the page scrolls sideways (${doc.scrollWidth} > ${doc.clientWidth})`);
    const panel = host ? document.querySelector(host).shadowRoot.querySelector('.panel') : document.querySelector('aside.panel');
    const boxes = [panel, ...panel.querySelectorAll('section, .body, .aa-legend, .aa-bp-mode, .aa-group, .aa-entities, .aa-quotes')];
    for (const b of boxes) {
      if (b.scrollWidth > b.clientWidth + 1) problems.push(`${b.className || b.localName} overflows (${b.scrollWidth} > ${b.clientWidth})`);
    }
    const shown = (el) => el.getClientRects().length > 0;
    for (const c of panel.querySelectorAll('.aa-count, h2 .count')) {
      if (!shown(c)) continue;
      const r = c.getBoundingClientRect();
      const box = c.closest('section').getBoundingClientRect();
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5) problems.push(`count "${c.textContent}" is cut (${r.left}..${r.right} outside ${box.left}..${box.right})`);
      const inline = getComputedStyle(c).display === 'inline'; // no box of its own to clip in
      if (!inline && c.scrollWidth > c.clientWidth + 1) problems.push(`count "${c.textContent}" is clipped`);
    }
    let ellipsised = 0;
    for (const n of panel.querySelectorAll('.aa-name')) {
      if (!shown(n) || n.scrollWidth <= n.clientWidth + 1) continue;
      ellipsised++;
      const title = n.closest('button, summary')?.title ?? '';
      if (!title.includes(n.textContent)) problems.push(`"${n.textContent}" is cut and its full name is nowhere to hover`);
    }
    return { problems, ellipsised, entities: panel.querySelectorAll('.aa-entity').length, width: innerWidth };
  },
};

/** ../shared/data: the real pages of AEB and WCXB (absent outside the project's machines). */
export const sharedData = path.resolve(repo, process.env.SHARED_DATA ?? '../shared/data');
const pageSets = { aeb: path.join(sharedData, 'aeb/html'), wcxb: path.join(sharedData, 'wcxb/dev/html') };
export const pagesSkip = Object.values(pageSets).every((d) => fs.existsSync(d))
  ? null
  : `${path.relative(repo, sharedData)}/aeb and /wcxb are absent (the real HTML pages live in ../shared/data)`;

/** The names of a set's pages ('aeb' or 'wcxb'), sorted. */
export function pageNames(set) {
  return fs.readdirSync(pageSets[set]).filter((f) => f.endsWith('.html.gz')).sort();
}

/** A real page's HTML, gunzipped in memory (never written into the repository). */
export function realPage(set, file) {
  return zlib.gunzipSync(fs.readFileSync(path.join(pageSets[set], file))).toString('utf8');
}

/**
 * Real HTML pages that open on navigation: the first `count` of each set (in name order) whose
 * leading boilerplate run folds at least `minLines` lines. Each: {set, file, name, html, annotation,
 * folds (the labels the page must show, in order), lead (the leading run's lines), leadEnd (its end)}. The wasm package
 * runs here, in Node, to say what the page must show.
 */
export async function readerPages({ count = 2, minLines = 5, sets = ['aeb', 'wcxb'] } = {}) {
  const mod = await wasmPackage();
  const { boilerplateStretches, articleStart, foldLabel } = await import(path.join(root, 'ui/textview.js'));
  const out = [];
  for (const set of sets) {
    let found = 0;
    for (const file of pageNames(set)) {
      if (found >= count) break;
      const html = realPage(set, file);
      const annotation = mod.annotateHtml(html, {});
      const stretches = boilerplateStretches(annotation.text, annotation.boilerplate);
      const start = articleStart(annotation.text, stretches);
      const lead = stretches.find((s) => s.lines >= 2);
      if (!lead || lead.end > start || lead.lines < minLines) continue;
      found++;
      const folds = stretches.filter((s) => s.lines >= 2).map(foldLabel);
      out.push({ set, file, name: `${set}-${file.replace(/\.gz$/, '')}`, html, annotation, folds, lead: lead.lines, leadEnd: lead.end });
    }
  }
  return out;
}

/** In the page: [{start, end, text}] of highlight `name`, offsets into the article's text. */
export function highlightSpans(page, name) {
  return page.evaluate((n) => {
    const article = document.getElementById('article');
    const offset = (node, off) => {
      const r = document.createRange();
      r.setStart(article, 0);
      r.setEnd(node, off);
      return r.toString().length;
    };
    return [...(CSS.highlights.get(n) ?? [])]
      .map((r) => ({ start: offset(r.startContainer, r.startOffset), end: offset(r.endContainer, r.endOffset), text: r.toString() }))
      .sort((a, b) => a.start - b.start);
  }, name);
}

/** The viewport centre of [start, end) of the article's text (scrolled into view first). */
export function pointOf(page, start, end) {
  return page.evaluate(
    ([s, e]) => {
      const article = document.getElementById('article');
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      let pos = 0;
      const range = document.createRange();
      let setStart = false;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.data.length;
        if (!setStart && s < pos + len) {
          range.setStart(n, s - pos);
          setStart = true;
        }
        if (setStart && e <= pos + len) {
          range.setEnd(n, e - pos);
          break;
        }
        pos += len;
      }
      let r = range.getBoundingClientRect();
      if (r.top < 80 || r.bottom > innerHeight - 80) {
        window.scrollBy(0, r.top - innerHeight / 3);
        r = range.getBoundingClientRect();
      }
      const first = range.getClientRects()[0] ?? r;
      return { x: first.left + Math.min(first.width / 2, 6), y: first.top + first.height / 2 };
    },
    [start, end],
  );
}

/** The card's lines as {key: value}. */
export async function cardLines(page) {
  return page.evaluate(() => {
    const card = document.getElementById('card');
    if (card.hidden) return null;
    const out = {};
    const dts = card.querySelectorAll('dt');
    for (const dt of dts) out[dt.textContent] = dt.nextElementSibling.textContent;
    return out;
  });
}

/** Loads the release wasm package into this Node process (for "equals what annotate gives"). */
export async function wasmPackage() {
  const mod = await import(path.join(root, 'pkg/article_annotator.js'));
  await mod.default({ module_or_path: fs.readFileSync(path.join(root, 'pkg/article_annotator_bg.wasm')) });
  return mod;
}

export function readSample(file = SAMPLE) {
  return fs.readFileSync(path.join(root, 'samples', file), 'utf8');
}

export function fixture(file = SAMPLE) {
  return JSON.parse(fs.readFileSync(path.join(repo, 'tests/fixtures/samples', file.replace(/\.txt$/, '.json')), 'utf8'));
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
