// Shared by the extension's end-to-end tests (tests/extension/*.test.mjs): Debian chromium with the
// unpacked extension (target/extension/chromium, built by scripts/package-extension.mjs), a tiny
// server on 127.0.0.1 that serves pages from memory with the headers a test asks for, and the
// action click. Not a test file itself.
//
// The click: a real click on the toolbar button is what grants `activeTab`; without it
// chrome.scripting.executeScript() is refused ("Cannot access contents of the page"), so calling the
// background's function from the service worker is not enough. The tests use the DevTools protocol's
// Extensions.triggerAction on the page's tab target instead, which Chromium implements as the
// action click itself: it grants activeTab and runs the extension's chrome.action.onClicked listener
// (background.js onAction -> toggleTab -> content/main.js toggle). It needs a pipe connection
// (playwright's default) and --enable-unsafe-extension-debugging.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const extensionDir = path.join(repo, 'target/extension/chromium');
export const chromiumPath = '/usr/bin/chromium';
/** AEB_DIR=dir reads the saved pages from elsewhere (AEB_DIR=/nonexistent shows the skip). */
export const aebDir = path.resolve(repo, process.env.AEB_DIR ?? '../shared/data/aeb/html');
export const SAMPLE = '000_746db7cbed382b35.txt';
export const PREFIX = 'aax-';
export const HOST_TAG = 'article-annotator-panel';

export const skipReason = !fs.existsSync(path.join(extensionDir, 'manifest.json'))
  ? 'target/extension/chromium is missing: build it with scripts/build-wasm.sh and node scripts/package-extension.mjs'
  : !fs.existsSync(chromiumPath)
    ? `${chromiumPath} is missing: install Debian chromium (scripts/setup.sh does)`
    : null;
export const aebSkip = fs.existsSync(aebDir) ? null : `${path.relative(repo, aebDir)} is absent (the AEB pages live in ../shared/data)`;

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// ---- pages --------------------------------------------------------------------------------------

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A sample article (www/samples/*.txt) as a simple HTML page: one <p> per non-blank line. */
export function samplePage(file = SAMPLE) {
  const text = fs.readFileSync(path.join(repo, 'www/samples', file), 'utf8');
  const paragraphs = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(paragraphs[0] ?? file)}</title>
<style>body { max-width: 42rem; margin: 2rem auto; font: 18px/1.6 Georgia, serif; color: #222; background: #fff; }</style>
</head><body><article>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article></body></html>
`;
}

/** The AEB pages, largest (uncompressed) first: [{id, file, size}]; [] when ../shared/data/aeb is absent. */
export function aebPages() {
  if (aebSkip) return [];
  return fs
    .readdirSync(aebDir)
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => {
      const html = zlib.gunzipSync(fs.readFileSync(path.join(aebDir, f)));
      return { id: f.replace(/\.html\.gz$/, ''), file: f, size: html.length };
    })
    .sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : 1));
}

/** An AEB page's HTML, gunzipped in memory (never written into the repository). */
export function aebHtml(id) {
  return zlib.gunzipSync(fs.readFileSync(path.join(aebDir, `${id}.html.gz`)));
}

/**
 * A server on 127.0.0.1 for pages held in memory: serve.set(path, {body, headers}). Every request it
 * receives is logged in `log` ({method, url, at}).
 */
export async function startPageServer() {
  const pages = new Map();
  const log = [];
  const server = http.createServer((req, res) => {
    log.push({ method: req.method, url: req.url, at: Date.now() });
    const page = pages.get(new URL(req.url, 'http://x').pathname);
    if (!page) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end('not found\n');
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...page.headers });
    res.end(page.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return {
    url,
    log,
    set: (p, body, headers = {}) => pages.set(p, { body, headers }),
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

// ---- the browser with the extension -------------------------------------------------------------

export const launchArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * One browser (fresh profile) with the unpacked extension, and one page server, per test file.
 * `env`: {context, server, extensionId, cdp (browser-level session), requests (recorder), userDataDir}.
 */
export function setUp() {
  const env = {};
  before(async () => {
    if (skipReason) return;
    const { chromium } = await import('playwright-core');
    env.server = await startPageServer();
    env.userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-extension-'));
    env.context = await chromium.launchPersistentContext(env.userDataDir, {
      executablePath: chromiumPath,
      headless: true,
      viewport: { width: 1280, height: 900 },
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [...launchArgs, '--enable-unsafe-extension-debugging', `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
    });
    const worker = env.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
      ?? (await env.context.waitForEvent('serviceworker', { timeout: 20_000 }));
    env.extensionId = new URL(worker.url()).host;
    env.cdp = await env.context.browser().newBrowserCDPSession();
    // Every request of the context, for "nothing leaves the extension"; nothing may go off this machine.
    env.requests = [];
    env.context.on('request', (req) => env.requests.push({ url: req.url(), method: req.method(), type: req.resourceType(), at: Date.now() }));
    await env.context.route('**/*', (route) => {
      const url = route.request().url();
      // The extension's own files (the content script's modules, the wasm) pass: they never touch the network.
      if (url.startsWith(env.server.url) || url.startsWith(`chrome-extension://${env.extensionId}/`)) return route.continue();
      return route.abort(); // a saved page's CDN scripts, images, fonts: not available here, never fetched
    });
  });
  after(async () => {
    await env.context?.close();
    await env.server?.close();
    if (env.userDataDir) fs.rmSync(env.userDataDir, { recursive: true, force: true });
  });
  return env;
}

/** The extension's service worker (woken again by the browser when it was stopped). */
export async function serviceWorker(env) {
  const prefix = `chrome-extension://${env.extensionId}/`;
  return env.context.serviceWorkers().find((w) => w.url().startsWith(prefix))
    ?? env.context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(prefix), timeout: 20_000 });
}

let pageNo = 0;

/**
 * Serves `html` (with `headers`) at a fresh path, opens it in a new tab and waits until it is loaded
 * and quiet. Returns {page, url, problems}.
 */
export async function openPage(env, html, headers = {}, name = 'page') {
  const p = `/${name}-${++pageNo}.html`;
  env.server.set(p, html, headers);
  const page = await env.context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  const url = env.server.url + p.slice(1);
  await page.goto(url, { waitUntil: 'load' });
  await quiet(env);
  return { page, url, problems };
}

/** Waits until the context has made no request for `ms` milliseconds. */
export async function quiet(env, ms = 300, timeout = 10_000) {
  const t0 = Date.now();
  for (;;) {
    const last = env.requests.at(-1)?.at ?? 0;
    if (Date.now() - last >= ms || Date.now() - t0 > timeout) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The tab target id of the tab showing `url` (urls are unique per test page). */
async function tabTarget(env, url) {
  const { targetInfos } = await env.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url === url);
  assert.ok(tab, `no tab target for ${url}: ${targetInfos.map((t) => t.url).join(', ')}`);
  return tab.targetId;
}

/**
 * Clicks the extension's action for the tab showing `url` and waits for the content script's report
 * (what background.js toggleTab() stored for the tab after executeScript resolved). Returns the
 * report and the wall time from the click to the report in this process.
 */
export async function clickAction(env, url, { timeout = 60_000 } = {}) {
  const targetId = await tabTarget(env, url);
  const before = Date.now();
  await env.cdp.send('Extensions.triggerAction', { id: env.extensionId, targetId });
  const deadline = before + timeout;
  for (;;) {
    const sw = await serviceWorker(env);
    const report = await sw
      .evaluate((u) => [...globalThis.articleAnnotator.runs.values()].filter((r) => r && r.url === u).at(-1) ?? null, url)
      .catch(() => null);
    if (report && report.clickedAt >= before - 5) {
      if (report.state === 'error') throw new Error(`the action failed: ${report.error}`);
      return { report, wallMs: Date.now() - before };
    }
    if (Date.now() > deadline) {
      const runs = await (await serviceWorker(env)).evaluate(() => JSON.stringify([...globalThis.articleAnnotator.runs])).catch((e) => String(e));
      throw new Error(`no report from the extension within ${timeout} ms; runs: ${runs}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

// ---- what the page looks like --------------------------------------------------------------------

/**
 * The page's own DOM serialised: `full` is <html>'s outerHTML as it is, `html` the same with the
 * panel's host left out of a copy (made in an inert document: a copy in the page itself would load
 * its images again; compare `html` only with `html`, since an inert document serialises <noscript>
 * differently), `body` is document.body.outerHTML (the host is outside <body>).
 */
export function serialise(page) {
  return page.evaluate(inPage.serialise, HOST_TAG);
}

/** In the page's main world: {name: [range texts]} of the extension's highlights. */
export function highlights(page, prefix = PREFIX) {
  return page.evaluate(inPage.highlights, prefix);
}

/** Names shown in the panel's entity list ({label: [names]}), read through the open shadow root. */
export function panelEntities(page) {
  return page.evaluate(inPage.panelEntities, HOST_TAG);
}

/**
 * The functions above as they run in the page, each taking one JSON argument: shared with the
 * Firefox tests (tests/firefox/), which send them over WebDriver BiDi instead of playwright.
 */
export const inPage = {
  serialise: (tag) => {
    const inert = document.implementation.createHTMLDocument('');
    const copy = inert.importNode(document.documentElement, true);
    for (const el of copy.querySelectorAll(tag)) el.remove();
    return { html: copy.outerHTML, body: document.body.outerHTML, full: document.documentElement.outerHTML, hosts: document.querySelectorAll(tag).length };
  },
  highlights: (p) => {
    const out = {};
    for (const [name, h] of CSS.highlights) if (name.startsWith(p)) out[name] = [...h].map((r) => r.toString());
    return out;
  },
  panelEntities: (tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    if (!root) return null;
    const out = {};
    for (const group of root.querySelectorAll('.aa-group')) {
      out[group.dataset.label] = [...group.querySelectorAll('.aa-entity .aa-name')].map((n) => n.textContent);
    }
    return out;
  },
};

export function panelQuotes(page) {
  return page.evaluate((tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    return root ? [...root.querySelectorAll('.aa-quote .aa-speaker')].map((n) => n.textContent) : null;
  }, HOST_TAG);
}

/**
 * Requests of the context from `since` on that were not the extension reading its own packaged
 * files (chrome-extension://<id>/..., which never touch the network).
 */
export function foreignRequests(env, since) {
  const own = `chrome-extension://${env.extensionId}/`;
  return env.requests.filter((r) => r.at >= since && !r.url.startsWith(own));
}

// ---- pixels ----------------------------------------------------------------------------------------

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium's screenshots are): {width, height, px(x, y) -> [r, g, b]}. */
export function decodePng(buf) {
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('ascii', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const [depth, colour, , , interlace] = data.subarray(8, 13);
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6)) throw new Error(`unsupported PNG: depth ${depth} colour ${colour} interlace ${interlace}`);
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? out[y * stride + i - channels] : 0;
      const b = y > 0 ? out[(y - 1) * stride + i] : 0;
      const c = y > 0 && i >= channels ? out[(y - 1) * stride + i - channels] : 0;
      let v = line[i];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[y * stride + i] = v & 0xff;
    }
  }
  return { width, height, px: (x, y) => [...out.subarray(y * stride + x * channels, y * stride + x * channels + 3)] };
}

/** The most frequent colour (as #rrggbb) of a decoded image. */
export function dominantColour(img) {
  const counts = new Map();
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const hex = `#${img.px(x, y).map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      counts.set(hex, (counts.get(hex) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}
