// The static page (www/) with the release wasm in Debian's headless chromium: a sample is annotated
// and painted, the side panel lists it, and pasted HTML stays text.   node --test tests/e2e/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  setUp, skipReason, openPage, waitForAnnotation, loadFirstSample, highlightTexts, pointOf, cardLines, fixture,
  outDir, root, SAMPLE,
} from './lib.mjs';

const env = setUp();

test('sample 000 is annotated in the worker and painted with highlights', async (t) => {
  if (skipReason) return t.skip(skipReason);
  const { page, problems, close } = await openPage(env);
  const wasm = [];
  page.on('worker', (w) => wasm.push(`worker ${new URL(w.url()).pathname}`));
  try {
    // Open another sample via the URL hash, then switch to sample 000 with its button.
    await page.goto(`${env.site.url}#sample=1`);
    await waitForAnnotation(page, '001_69be0bb2d80f3255.txt');
    await page.click(`#samples button[data-file="${SAMPLE}"]`);
    const status = await waitForAnnotation(page, SAMPLE);
    t.diagnostic(status);
    assert.match(status, /in a worker/);
    assert.deepEqual(wasm, ['worker /worker.js'], 'the annotator runs in www/worker.js');

    const result = await page.evaluate(() => {
      const article = document.getElementById('article');
      const elements = [...article.querySelectorAll('*')];
      return {
        person: [...(CSS.highlights.get('ent-PERSON') ?? [])].map((r) => r.toString()),
        boilerplate: [...(CSS.highlights.get('boilerplate') ?? [])].map((r) => r.toString()),
        quotes: [...(CSS.highlights.get('quote') ?? [])].map((r) => r.toString()),
        // only the text view's own wrappers: chunk blocks and boilerplate spans
        foreign: elements.filter((e) => !(e.matches('div.aa-chunk') || e.matches('span.aa-bp'))).length,
        textNodesOnly: elements.every((e) => [...e.childNodes].every((n) => n.nodeType === 3 || e.matches('div.aa-chunk'))),
        articleStartsWith: article.textContent.slice(0, 40),
        legendItems: document.querySelectorAll('#legend .aa-toggle').length,
        quoteItems: document.querySelectorAll('#quotes button.aa-quote').length,
        pressed: document.querySelector(`#samples button[aria-pressed="true"]`)?.dataset.file,
      };
    });
    assert.ok(result.person.includes('Pavel Durov'), `a PERSON range reads "Pavel Durov"; got ${JSON.stringify(result.person.slice(0, 10))}`);
    assert.ok(result.boilerplate.includes('Trending Now'), `a boilerplate range reads "Trending Now"; got ${JSON.stringify(result.boilerplate)}`);
    assert.ok(result.quotes.length > 0, 'the quote highlight has ranges');
    assert.equal(result.foreign, 0, 'the article holds only the text view\'s wrappers');
    assert.ok(result.textNodesOnly, 'and under them only text nodes');
    assert.equal(result.articleStartsWith, 'Defending Innovation: Telegram CEO Break');
    assert.equal(result.legendItems, 10, 'legend: 9 labels + quote');
    assert.equal(result.quoteItems, result.quotes.length, 'one side-list entry per quote');
    assert.equal(result.pressed, SAMPLE, 'the sample button is pressed');

    // The entity list: grouped by type, cluster name and mention count, as in the fixture.
    const want = fixture(SAMPLE);
    const listed = await page.evaluate(() =>
      [...document.querySelectorAll('#entities .aa-group')].map((g) => ({
        label: g.dataset.label,
        items: [...g.querySelectorAll('.aa-entity')].map((b) => [b.querySelector('.aa-name').textContent, b.querySelector('.aa-count').textContent]),
      })),
    );
    for (const c of want.clusters) {
      const group = listed.find((g) => g.label === c.label);
      assert.ok(group, `a ${c.label} group`);
      assert.ok(group.items.some(([name, count]) => name === c.name && count === `×${c.mentions}`), `${c.label} lists ${c.name} ×${c.mentions}`);
    }

    // Hovering "Pavel Durov" shows the card naming the label.
    const i = want.entities.findIndex((e) => e.text === 'Pavel Durov');
    const p = await pointOf(page, want.entities[i].start, want.entities[i].end);
    await page.mouse.move(p.x, p.y);
    await page.waitForSelector('#card:not([hidden])', { timeout: 5_000 });
    assert.equal((await cardLines(page)).type, 'PERSON');

    await page.mouse.move(5, 5);
    await page.evaluate(() => window.scrollTo(0, 0));
    fs.mkdirSync(outDir, { recursive: true });
    await page.screenshot({ path: path.join(outDir, 'page.png'), fullPage: true });
    assert.deepEqual(problems, [], 'no page errors, console errors or failed requests');
  } finally {
    await close();
  }
});

test('pasted HTML is shown as text, never run', async (t) => {
  if (skipReason) return t.skip(skipReason);
  const { page, problems, close } = await openPage(env);
  try {
    await loadFirstSample(page, env);
    const payload =
      '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>\n' +
      '“We will win,” said Pavel Durov. <b onmouseover="window.__pwned=1">bold?</b>';
    await page.fill('#input', payload);
    await page.click('#annotate');
    await waitForAnnotation(page, 'pasted');
    // Hover the text too (card path) and give a would-be <img> time to fail and fire onerror.
    await page.hover('#article');
    await page.waitForTimeout(300);

    const result = await page.evaluate(() => {
      const article = document.getElementById('article');
      return {
        pwned: window.__pwned,
        text: article.textContent,
        injected: document.querySelectorAll('img, b, #article *:not(.aa-chunk):not(.aa-bp), #card *:not(dl):not(dt):not(dd)').length,
        person: [...(CSS.highlights.get('ent-PERSON') ?? [])].map((r) => r.toString()),
      };
    });
    assert.equal(result.pwned, undefined, 'window.__pwned stays undefined');
    assert.equal(result.text, payload, 'the article shows the pasted text literally');
    assert.equal(result.injected, 0, 'no element was created from the pasted text');
    assert.ok(result.person.includes('Pavel Durov'), `"Pavel Durov" is still found; got ${JSON.stringify(result.person)}`);
    assert.deepEqual(problems, [], 'no page errors, console errors or failed requests');
  } finally {
    await close();
  }
});

test('highlight texts match the fixture for every sample', async (t) => {
  if (skipReason) return t.skip(skipReason);
  const { page, problems, close } = await openPage(env);
  try {
    await loadFirstSample(page, env);
    const files = JSON.parse(fs.readFileSync(path.join(root, 'samples/index.json'), 'utf8')).map((s) => s.file);
    for (const [n, file] of files.entries()) {
      await page.click(`#samples button[data-n="${n}"]`);
      await waitForAnnotation(page, file);
      const want = fixture(file);
      const got = [];
      for (const label of new Set(want.entities.map((e) => e.label))) got.push(...(await highlightTexts(page, `ent-${label}`)));
      assert.deepEqual(got.sort(), want.entities.map((e) => e.text).sort(), `${file}: the entity highlights`);
      assert.equal((await highlightTexts(page, 'quote')).length, want.quotes.length, `${file}: the quote highlights`);
    }
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('quote list and card: quoted terms left out, a described speaker shown by its words', async (t) => {
  if (skipReason) return t.skip(skipReason);
  const { page, problems, close } = await openPage(env);
  try {
    await loadFirstSample(page, env);
    // The page's own modules over a hand-made annotation in the shape the annotator is growing into
    // (kind "term" with no speaker; a speaker with entity null named by a description).
    const got = await page.evaluate(async () => {
      const { AnnotationIndex, describeHit } = await import('./ui/annotation.js');
      const { renderQuoteList } = await import('./ui/lists.js');
      const text = 'She loved “Succession.” “We will appeal,” the report said. “No,” Ann Lee said.';
      const at = (w) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w });
      const annotation = {
        entities: [{ ...at('Ann Lee'), label: 'PERSON', entity: 0 }],
        clusters: [{ id: 0, label: 'PERSON', name: 'Ann Lee', mentions: 1 }],
        boilerplate: [],
        quotes: [
          { ...at('Succession.'), kind: 'term', speaker: null, cue: null },
          { ...at('We will appeal,'), kind: 'direct', speaker: { ...at('the report'), entity: null, name: 'the report' }, cue: at('said') },
          { ...at('No,'), kind: 'direct', speaker: { ...at('Ann Lee'), entity: 0, name: 'Ann Lee' }, cue: at('said.') },
        ],
      };
      const index = new AnnotationIndex(annotation);
      const box = document.createElement('div');
      renderQuoteList(box, index, text, {});
      document.getElementById('quotes').append(box); // under the page's styles
      const card = (w) => Object.fromEntries(describeHit(index, index.findAt(text.indexOf(w) + 1)).map(({ key, value }) => [key, value]));
      return {
        items: [...box.querySelectorAll('.aa-quote')].map((b) => ({ speaker: b.querySelector('.aa-speaker').textContent, cls: b.querySelector('.aa-speaker').className, title: b.querySelector('.aa-speaker').title })),
        described: getComputedStyle(box.querySelector('.aa-described')).fontStyle,
        term: card('Succession'),
        report: card('We will'),
      };
    });
    assert.deepEqual(got.items.map((i) => i.speaker), ['the report', 'Ann Lee'], 'the term is not in the quote list');
    assert.match(got.items[0].cls, /aa-described/);
    assert.match(got.items[0].title, /described, not a named entity/);
    assert.equal(got.described, 'italic');
    assert.deepEqual(got.term, { term: 'in quotation marks, nobody’s words' });
    assert.deepEqual(got.report, { quote: 'direct', speaker: 'the report', source: 'described, not a named entity', cue: 'said' });
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});
