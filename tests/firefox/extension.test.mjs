// The extension end to end in Debian's firefox-esr (the Firefox package of
// scripts/package-extension.mjs, installed as a temporary add-on over WebDriver BiDi): one action
// click on a sample article served on 127.0.0.1 paints the highlights and opens the panel with the
// page's own DOM untouched and no request leaving the extension; a second click takes it all back.
//
//   node --experimental-websocket --test tests/firefox/      (scripts/test.sh runs it)
//
// Skips with a message when firefox-esr or the packaged extension is missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repo, samplePage, startPageServer, inPage, PREFIX, HOST_TAG } from '../extension/lib.mjs';
import { launchFirefox, evaluate, call, clickAction, skipReason, openTab } from './bidi.mjs';

const extensionDir = path.join(repo, 'target/extension/firefox');
const skip = skipReason('target/extension/firefox/manifest.json', 'build it with scripts/build-wasm.sh and node scripts/package-extension.mjs');

/** The page's state as the tests compare it, read with the Chromium tests' in-page functions. */
async function state(ff, context) {
  const page = await call(ff, context, inPage.serialise, HOST_TAG);
  const hl = await call(ff, context, inPage.highlights, PREFIX);
  const panel = (await call(ff, context, inPage.panelEntities, HOST_TAG)) ?? {};
  const hostLast = await evaluate(ff, context, `document.documentElement.lastElementChild.localName === ${JSON.stringify(HOST_TAG)}`);
  return { ...page, hl, panel, hostLast };
}

async function waitFor(ff, context, ok, what, timeout = 60_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const s = await state(ff, context);
    if (ok(s)) return s;
    if (Date.now() > deadline) throw new Error(`${what} within ${timeout} ms; highlights ${JSON.stringify(Object.keys(s.hl))}, hosts ${s.hosts}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('one action click annotates a sample article in Firefox, a second takes it back', { timeout: 180_000 }, async (t) => {
  if (skip) return t.skip(skip);
  const server = await startPageServer();
  server.set('/article.html', samplePage());
  const ff = await launchFirefox();
  try {
    const { extension } = await ff.send('webExtension.install', { extensionData: { type: 'path', path: extensionDir } });
    const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8'));
    assert.equal(extension, manifest.browser_specific_settings.gecko.id);

    const tab = await openTab(ff, `${server.url}article.html`);
    const before = await state(ff, tab);
    assert.equal(before.hosts, 0);
    const served = server.log.length;
    await ff.send('session.subscribe', { events: ['network.beforeRequestSent'] });
    const since = ff.events.length;

    await clickAction(ff, extension);
    const during = await waitFor(ff, tab, (s) => s.hl[`${PREFIX}ent-PERSON`]?.length > 0 && s.hosts === 1, 'no PERSON highlights and panel');
    assert.ok(during.hl[`${PREFIX}ent-PERSON`].includes('Pavel Durov'), `a PERSON range reads "Pavel Durov": ${JSON.stringify(during.hl[`${PREFIX}ent-PERSON`].slice(0, 8))}`);
    assert.ok(during.hl[`${PREFIX}boilerplate`]?.includes('Trending Now'), `a boilerplate range reads "Trending Now": ${JSON.stringify(during.hl[`${PREFIX}boilerplate`])}`);
    assert.ok(during.hl[`${PREFIX}quote`]?.length > 0, 'quote highlights');
    assert.ok(during.panel.PERSON?.includes('Pavel Durov'), `the panel lists Pavel Durov: ${JSON.stringify(during.panel)}`);
    assert.ok(during.hostLast, 'the panel host is the last child of <html>');
    assert.equal(during.body, before.body, 'document.body.outerHTML changed');
    assert.equal(during.html, before.html, '<html> (without the panel host) changed');

    // no request left the page while it was annotated (the extension reading its own packaged
    // moz-extension:// files is not a network request; the control fetch at the end shows that the
    // log sees the page's requests)
    const requests = () => ff.events.slice(since).filter((e) => e.method === 'network.beforeRequestSent').map((e) => e.params.request.url);
    assert.deepEqual(requests(), [], 'requests while annotated');
    const pageRequests = () => server.log.slice(served).filter((r) => r.url !== '/favicon.ico').map((r) => r.url);
    assert.deepEqual(pageRequests(), [], 'requests the page server saw after the page load');
    t.diagnostic(`${during.hl[`${PREFIX}ent-PERSON`].length} PERSON ranges, ${during.panel.PERSON.length} people in the panel`);

    await clickAction(ff, extension);
    const after = await waitFor(ff, tab, (s) => s.hosts === 0, 'the panel is still there');
    assert.deepEqual(Object.values(after.hl).flat(), [], 'no highlight range left');
    assert.equal(after.full, before.full, '<html> is byte for byte what it was before the first click');
    assert.deepEqual(requests(), [], 'requests while the annotation was cleared');

    await evaluate(ff, tab, `fetch('/control').then((r) => r.status)`);
    assert.deepEqual(requests(), [`${server.url}control`], 'the request log sees a fetch of the page');
  } finally {
    await ff.close();
    await server.close();
  }
});
