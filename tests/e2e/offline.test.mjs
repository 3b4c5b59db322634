// Offline: after a first load the service worker has cached the site, so with the network gone
// (context offline AND the server closed) a reload still annotates and paints, samples included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, skipReason, openPage, loadFirstSample, waitForAnnotation, highlightTexts } from './lib.mjs';

const env = setUp();

test('works offline once loaded (service worker)', async (t) => {
  if (skipReason) return t.skip(skipReason);
  const { page, context, problems, close } = await openPage(env, { serviceWorkers: 'allow' });
  try {
    await loadFirstSample(page, env);
    // The worker is installed (its install step caches every file) and controls the page.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const cached = await page.evaluate(async () => (await (await caches.open('article-annotator-v1')).keys()).map((r) => new URL(r.url).pathname));
    t.diagnostic(`cached: ${cached.join(' ')}`);
    for (const f of ['/', '/app.js', '/worker.js', '/pkg/article_annotator_bg.wasm', '/samples/index.json', '/samples/003_4f131c2c399b810e.txt']) {
      assert.ok(cached.includes(f), `${f} is cached`);
    }

    context.__offline = true; // failed requests are expected from here on
    await context.setOffline(true);
    await env.site.close(); // and nothing to answer even if a request got through
    await page.reload();
    await waitForAnnotation(page, '000_746db7cbed382b35.txt');
    assert.ok((await highlightTexts(page, 'ent-PERSON')).includes('Pavel Durov'), 'painted offline');

    // Another sample, never opened before, comes from the cache too.
    await page.click('#samples button[data-n="3"]');
    await waitForAnnotation(page, '003_4f131c2c399b810e.txt');
    assert.ok((await highlightTexts(page, 'ent-PERSON')).length > 0);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});
