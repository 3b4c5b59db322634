// The static page (www/, the release wasm) in Debian's firefox-esr over WebDriver BiDi: the first
// sample is annotated in the worker and painted, the entity list shows it, and pasted HTML stays
// text. The same checks as the first two tests of tests/e2e/page.test.mjs, in the other engine.
//
//   node --experimental-websocket --test tests/firefox/      (scripts/test.sh runs it)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { repo, SAMPLE } from '../extension/lib.mjs';
import { inPage } from '../e2e/lib.mjs';
import { launchFirefox, evaluate, call, skipReason, waitForAnnotation, pageErrors, openTab } from './bidi.mjs';

const root = path.join(repo, 'www');
const skip = skipReason('www/pkg/article_annotator_bg.wasm', 'build it first with scripts/build-wasm.sh');

test('the page annotates a sample in Firefox, and pasted HTML is shown as text, never run', { timeout: 180_000 }, async (t) => {
  if (skip) return t.skip(skip);
  const site = await startServer({ root });
  const ff = await launchFirefox();
  try {
    await ff.send('session.subscribe', { events: ['log.entryAdded'] });
    const tab = await openTab(ff, site.url);
    const status = await waitForAnnotation(ff, tab, SAMPLE);
    t.diagnostic(status);
    assert.match(status, /in a worker/);
    const shown = {
      person: await call(ff, tab, inPage.highlightTexts, 'ent-PERSON'),
      boilerplate: await call(ff, tab, inPage.highlightTexts, 'boilerplate'),
      quotes: (await call(ff, tab, inPage.highlightTexts, 'quote')).length,
      ...(await evaluate(
        ff,
        tab,
        `({
          listed: [...document.querySelectorAll('#entities .aa-group[data-label="PERSON"] .aa-entity .aa-name')].map((n) => n.textContent),
          start: document.getElementById('article').textContent.slice(0, 40),
        })`,
      )),
    };
    assert.ok(shown.person.includes('Pavel Durov'), `a PERSON range reads "Pavel Durov": ${JSON.stringify(shown.person.slice(0, 8))}`);
    assert.ok(shown.boilerplate.includes('Trending Now'), `a boilerplate range reads "Trending Now": ${JSON.stringify(shown.boilerplate)}`);
    assert.ok(shown.quotes > 0, 'quote highlights');
    assert.ok(shown.listed.includes('Pavel Durov'), `the entity list names Pavel Durov: ${JSON.stringify(shown.listed)}`);
    assert.equal(shown.start, 'Defending Innovation: Telegram CEO Break');

    const payload =
      '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>\n' +
      '“We will win,” said Pavel Durov. <b onmouseover="window.__pwned=1">bold?</b>';
    await evaluate(
      ff,
      tab,
      `(() => {
        const input = document.getElementById('input');
        input.value = ${JSON.stringify(payload)};
        input.dispatchEvent(new Event('input', { bubbles: true }));
        document.getElementById('annotate').click();
        return true;
      })()`,
    );
    await waitForAnnotation(ff, tab, 'pasted');
    await new Promise((r) => setTimeout(r, 300)); // time for a would-be <img> to fail and fire onerror
    const pasted = await evaluate(
      ff,
      tab,
      `({
        pwned: window.__pwned ?? null,
        text: document.getElementById('article').textContent,
        injected: document.querySelectorAll('img, b, #article *:not(.aa-chunk):not(.aa-bp)').length,
      })`,
    );
    pasted.person = await call(ff, tab, inPage.highlightTexts, 'ent-PERSON');
    assert.equal(pasted.pwned, null, 'window.__pwned stays undefined');
    assert.equal(pasted.text, payload, 'the article shows the pasted text literally');
    assert.equal(pasted.injected, 0, 'no element was created from the pasted text');
    assert.ok(pasted.person.includes('Pavel Durov'), `"Pavel Durov" is still found: ${JSON.stringify(pasted.person)}`);
    assert.deepEqual(pageErrors(ff, 0), [], 'no console errors or uncaught exceptions');
    // the control: the log does see the page's errors
    const seen = ff.events.length;
    await evaluate(ff, tab, `(console.error('control'), true)`);
    const deadline = Date.now() + 5_000;
    while (!pageErrors(ff, seen).length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(pageErrors(ff, seen), ['control'], 'the log sees a console error of the page');
  } finally {
    await ff.close();
    await site.close();
  }
});
