// The extension end to end in Debian chromium: one click on the action (Extensions.triggerAction, see
// lib.mjs) on a sample article rendered as HTML, on the same page served with a CSP that forbids
// wasm, and on saved news pages from the AEB benchmark (../shared/data/aeb, gunzipped in memory).
// Each test checks: highlights registered (CSS.highlights of the page's MAIN world: the content
// script registers them from its isolated world, and the registry is the document's, shared by both
// worlds), the panel's entity list, the page's DOM serialised byte for byte the same before, during
// (with the panel's host left out of a clone) and after clearing (all of <html>, nothing left out),
// and no request leaving the extension (every request of the browser context after the page load
// is recorded: only the extension reading its own packaged files is allowed, and the page server
// must see no request at all).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  setUp, skipReason, aebSkip, aebDir, repo, openPage, samplePage, aebHtml, clickAction, quiet, serialise, highlights,
  panelEntities, panelQuotes, foreignRequests, decodePng, dominantColour, HOST_TAG, PREFIX,
} from './lib.mjs';

const env = setUp();
const docs = path.join(repo, 'docs');
const outDir = path.join(repo, 'target/extension-e2e');

/** AEB pages used here: the largest one (a CNN politics article) and three other sites. */
const AEB = [
  'ef4e67b66d63b5facef55c06a94d85f2ae01a0a1a4a3a1bcfe2499c8c8a7dacf', // cnn.com, the largest page (1.49 MB)
  '374ac9a5', // cnbc.com
  '851498a2', // slate.com
  '3cb22bfa', // slashgear.com
];
const aebId = (prefix) => (aebSkip ? null : fs.readdirSync(aebDir).find((f) => f.startsWith(prefix))?.replace(/\.html\.gz$/, '') ?? null);

const round = (x) => Math.round(x);

/**
 * Opens `html`, clicks the action, checks everything a click must give and a second click must take
 * back, and returns what it saw. `check(page, report, hl)` adds assertions while annotated.
 */
// `person`: the page's article names a person (the samples do; a news page about a car may not,
// and names in its bylines and menus are boilerplate): else any entity label will do.
async function annotateAndClear(t, { html, headers = {}, name, pageErrorsAllowed = false, check, screenshot, person = true }) {
  const { page, url, problems } = await openPage(env, html, headers, name);
  try {
    await quiet(env, 1000); // the saved pages' own late loads (all aborted: nothing leaves this machine) are over
    const before = await serialise(page);
    const sheetsBefore = await page.evaluate(() => document.adoptedStyleSheets.length);
    const since = Date.now();
    const served = env.server.log.length;

    const { report, wallMs } = await clickAction(env, url);
    assert.equal(report.state, 'annotated', JSON.stringify(report));
    const hl = await highlights(page); // the page's main world
    const entityHighlights = Object.keys(hl).filter((k) => k.startsWith(`${PREFIX}ent-`) && hl[k].length > 0);
    if (person) assert.ok(hl[`${PREFIX}ent-PERSON`]?.length > 0, `no PERSON highlights: ${JSON.stringify(Object.keys(hl))}`);
    else assert.ok(entityHighlights.length > 0, 'no entity highlights');
    assert.ok(hl[`${PREFIX}boilerplate`]?.length > 0, 'no boilerplate highlights');
    const entities = await panelEntities(page);
    if (person) assert.ok(entities?.PERSON?.length > 0, `the panel lists no person: ${JSON.stringify(entities)}`);
    else assert.ok(Object.values(entities ?? {}).some((names) => names.length > 0), `the panel lists no entity: ${JSON.stringify(entities)}`);
    const during = await serialise(page);
    assert.equal(during.hosts, 1, 'one panel host');
    assert.equal(await page.evaluate((tag) => document.documentElement.lastElementChild.localName === tag, HOST_TAG), true, 'the host is the last child of <html>');
    assert.equal(during.body, before.body, 'document.body.outerHTML changed');
    assert.equal(during.html, before.html, '<html> (without the panel host) changed');
    await check?.(page, report, hl, entities);
    // caret: 'initial': playwright's default caret hiding leaves style="" on a page's <textarea>s
    if (screenshot) await page.screenshot({ path: screenshot, caret: 'initial' });

    const second = await clickAction(env, url);
    assert.equal(second.report.state, 'cleared');
    const after = await serialise(page);
    assert.equal(after.hosts, 0);
    assert.equal(after.full, before.full, 'the page is not exactly as before after clear');
    assert.deepEqual(await highlights(page), {}, 'highlights left after clear');
    assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), sheetsBefore, 'style sheet left after clear');

    await quiet(env, 300);
    const foreign = foreignRequests(env, since);
    assert.deepEqual(foreign.map((r) => r.url), [], 'requests other than the extension reading its own files');
    assert.deepEqual(env.server.log.slice(served).map((r) => `${r.method} ${r.url}`), [], 'the page server was contacted');
    const own = env.requests.filter((r) => r.at >= since).length;
    if (!pageErrorsAllowed) assert.deepEqual(problems, []);

    const tm = report.timings;
    const line = `${name}: ${report.where}${report.reason ? ` (${report.reason})` : ''}, ${report.chars} chars, ${report.entities} entities ` +
      `(${hl[`${PREFIX}ent-PERSON`].length} PERSON), ${report.quotes} quotes, ${report.boilerplate} boilerplate; click->paint ${report.clickToPaintMs} ms ` +
      `(read ${round(tm.read)}, annotate ${round(tm.annotate)} [call ${round(tm.annotateCall)}], paint ${round(tm.paint)}, panel ${round(tm.panel)}), ` +
      `wall ${wallMs} ms, injection attempts ${report.attempts}; ${own} requests, all chrome-extension://${env.extensionId}/`;
    t.diagnostic(line);
    return { report, hl, entities };
  } finally {
    await page.close();
  }
}

test('sample article as HTML: highlights, panel, DOM unchanged, no requests; screenshot', { skip: skipReason ?? false }, async (t) => {
  fs.mkdirSync(docs, { recursive: true });
  await annotateAndClear(t, {
    html: samplePage(),
    name: 'sample-000',
    screenshot: path.join(docs, 'screenshot-extension-sample.png'),
    check: async (page, report, hl, entities) => {
      assert.equal(report.where, 'page', 'the wasm ran in the content script');
      assert.ok(entities.PERSON.includes('Pavel Durov'), `PERSON: ${entities.PERSON}`);
      assert.ok(hl[`${PREFIX}ent-PERSON`].includes('Pavel Durov'));
      assert.ok((await panelQuotes(page)).includes('Pavel Durov'), 'a quote by Pavel Durov');
      assert.deepEqual(hl[`${PREFIX}boilerplate`], ['Trending Now']);
      // Painted, not only registered: the first "Pavel Durov" is drawn in the PERSON colour.
      const rect = await page.evaluate((name) => {
        const r = [...CSS.highlights.get(name)][0].getBoundingClientRect();
        return { x: Math.ceil(r.x) + 2, y: Math.ceil(r.y) + 2, width: Math.floor(r.width) - 4, height: Math.floor(r.height) - 4 };
      }, `${PREFIX}ent-PERSON`);
      const colour = dominantColour(decodePng(await page.screenshot({ clip: rect, caret: 'initial' })));
      assert.equal(colour, '#ffc98f', 'PERSON background (light palette) on screen');
    },
  });
});

test('a page whose CSP forbids wasm (script-src \'self\'): analysed in the background worker', { skip: skipReason ?? false }, async (t) => {
  const headers = { 'Content-Security-Policy': "script-src 'self'" };
  await annotateAndClear(t, {
    html: samplePage(),
    headers,
    name: 'sample-000-csp',
    check: async (page, report, hl, entities) => {
      assert.equal(report.where, 'background');
      assert.equal(report.reason, 'csp');
      assert.ok(entities.PERSON.includes('Pavel Durov'));
      // The page itself may indeed not compile wasm.
      assert.equal(await page.evaluate(() => {
        try {
          new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
          return true;
        } catch {
          return false;
        }
      }), false);
    },
  });
});

test('a page with the strictest CSP (default-src \'none\'): annotated, and the panel is styled', { skip: skipReason ?? false }, async (t) => {
  await annotateAndClear(t, {
    html: samplePage(),
    headers: { 'Content-Security-Policy': "default-src 'none'" },
    name: 'sample-000-csp-none',
    check: async (page, report, hl, entities) => {
      assert.equal(report.where, 'background');
      assert.ok(entities.PERSON.includes('Pavel Durov'));
      const style = await page.evaluate((tag) => {
        const panel = document.querySelector(tag).shadowRoot.querySelector('.panel');
        const cs = getComputedStyle(panel);
        return { display: cs.display, radius: cs.borderTopLeftRadius, host: getComputedStyle(document.querySelector(tag)).position };
      }, HOST_TAG);
      assert.deepEqual(style, { display: 'flex', radius: '10px', host: 'fixed' }, 'constructed style sheets are not blocked by the page CSP');
    },
  });
});

for (const prefix of AEB) {
  const id = aebId(prefix);
  test(`AEB page ${prefix.slice(0, 8)}: highlights, panel, DOM unchanged, no requests`, { skip: skipReason ?? aebSkip ?? (!id && `${prefix} is not among the AEB pages`) }, async (t) => {
    fs.mkdirSync(outDir, { recursive: true });
    await annotateAndClear(t, {
      html: aebHtml(id),
      name: `aeb-${prefix.slice(0, 8)}`,
      pageErrorsAllowed: true, // the saved pages' own scripts miss their CDN code here
      person: false, // publishers' pages: not every article names a person
      // Publishers' pages: the screenshot stays out of the repository.
      screenshot: path.join(outDir, `aeb-${prefix.slice(0, 8)}.png`),
    });
  });
}
