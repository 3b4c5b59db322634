// Exports: the annotation JSON (equal to what annotate() gives), the W3C Web Annotations (JSON-LD)
// and the main text, captured as downloads and checked field by field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { setUp, skipReason, openPage, loadFirstSample, waitForAnnotation, readSample, wasmPackage, SAMPLE } from './lib.mjs';

const env = setUp();

async function save(page, format) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${format}"]`)]);
  return { name: download.suggestedFilename(), body: fs.readFileSync(await download.path(), 'utf8') };
}

/** Checks a Web Annotation export against the text and the annotation it was made from. */
function checkWebAnnotations(items, text, annotation) {
  assert.ok(Array.isArray(items), 'a JSON array of annotations');
  const n = annotation.entities.length + annotation.quotes.length + annotation.boilerplate.length;
  assert.equal(items.length, n, 'one annotation per entity, quote and boilerplate span');
  const ids = new Set();
  for (const a of items) {
    assert.equal(a['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(a.type, 'Annotation');
    assert.equal(typeof a.id, 'string');
    ids.add(a.id);
    assert.ok(Array.isArray(a.body) && a.body.length > 0, 'bodies');
    for (const b of a.body) {
      assert.equal(b.type, 'TextualBody');
      assert.equal(typeof b.value, 'string');
      assert.ok(['tagging', 'identifying'].includes(b.purpose), b.purpose);
    }
    const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
    const pos = a.target.selector.find((s) => s.type === 'TextPositionSelector');
    assert.ok(quote && pos, 'both selectors');
    assert.ok(Number.isInteger(pos.start) && Number.isInteger(pos.end) && pos.start < pos.end);
    assert.equal(quote.exact, text.slice(pos.start, pos.end), 'exact === text.slice(start, end)');
    assert.ok(text.slice(0, pos.start).endsWith(quote.prefix), 'prefix precedes');
    assert.ok(text.slice(pos.end).startsWith(quote.suffix), 'suffix follows');
  }
  assert.equal(ids.size, items.length, 'ids are unique');
  // The tags carry the label, the quote kind and speaker, the boilerplate reason.
  const tags = (a) => a.body.filter((b) => b.purpose === 'tagging').map((b) => b.value);
  annotation.entities.forEach((e, i) => {
    const a = items[i];
    assert.deepEqual(a.target.selector[1], { type: 'TextPositionSelector', start: e.start, end: e.end });
    assert.ok(tags(a).includes(e.label));
    assert.equal(a.body.find((b) => b.purpose === 'identifying')?.value, annotation.clusters.find((c) => c.id === e.entity).name);
  });
  annotation.quotes.forEach((q, i) => {
    const t = tags(items[annotation.entities.length + i]);
    assert.ok(t.includes('quote') && t.includes(q.kind));
    if (q.speaker) assert.ok(t.includes(`speaker: ${q.speaker.name}`));
  });
  annotation.boilerplate.forEach((b, i) => {
    const t = tags(items[annotation.entities.length + annotation.quotes.length + i]);
    assert.ok(t.includes('boilerplate') && t.includes(b.reason));
  });
}

test('export the annotation JSON, Web Annotations and main text of a sample', async (t) => {
  if (skipReason) return t.skip(skipReason);
  const { page, problems, close } = await openPage(env);
  try {
    await loadFirstSample(page, env);
    const text = readSample(SAMPLE);
    const wasm = await wasmPackage();
    const annotation = wasm.annotate(text);

    const json = await save(page, 'json');
    assert.equal(json.name, '000_746db7cbed382b35.annotation.json');
    assert.deepEqual(JSON.parse(json.body), annotation, 'the JSON equals what annotate() gives');

    const anno = await save(page, 'webanno');
    assert.equal(anno.name, '000_746db7cbed382b35.webanno.jsonld');
    const items = JSON.parse(anno.body);
    checkWebAnnotations(items, text, annotation);
    t.diagnostic(`${items.length} web annotations; first: ${JSON.stringify(items.find((a) => a.body[0].value === 'PERSON'))}`);

    const main = await save(page, 'main');
    assert.equal(main.name, '000_746db7cbed382b35.main.txt');
    assert.equal(main.body, `${wasm.mainText(text)}\n`, 'the main text equals mainText()');
    assert.ok(!main.body.includes('Trending Now'), 'without the boilerplate');
    assert.match(main.body, /\n\n/, 'blocks separated by blank lines');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('exports of a pasted text with surrogate pairs keep UTF-16 offsets', async (t) => {
  if (skipReason) return t.skip(skipReason);
  const { page, problems, close } = await openPage(env);
  try {
    await loadFirstSample(page, env);
    const text = '😀 Telegram 🎉 news\n\n“We will 💪 win,” Pavel Durov said in Paris on Monday.\n\nShare this article';
    await page.fill('#input', text);
    await page.click('#annotate');
    await waitForAnnotation(page, 'pasted');
    const wasm = await wasmPackage();
    const annotation = wasm.annotate(text);
    assert.deepEqual(JSON.parse((await save(page, 'json')).body), annotation);
    const items = JSON.parse((await save(page, 'webanno')).body);
    checkWebAnnotations(items, text, annotation);
    assert.ok(items.some((a) => a.target.selector[0].exact === 'Pavel Durov'));
    assert.equal((await save(page, 'main')).body, `${wasm.mainText(text)}\n`);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});
