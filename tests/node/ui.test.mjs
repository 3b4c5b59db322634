// The page's pure UI modules (www/ui/*.js) under Node: the colour palette's contrast, the exports
// against the wasm package, the packed transfer of entities, lookups, and the text view's cutting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';
import { palette } from '../../www/ui/highlights.js';
import { AnnotationIndex, packAnnotation, unpackAnnotation, LABELS } from '../../www/ui/annotation.js';
import { mainText, webAnnotations, exportNames } from '../../www/ui/exports.js';
import { chunkBounds, boilerplateStretches } from '../../www/ui/textview.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const wasmPath = join(root, 'www', 'pkg', 'article_annotator_bg.wasm');
const samples = readdirSync(join(root, 'www', 'samples')).filter((f) => f.endsWith('.txt')).sort();
const sampleText = (f) => readFileSync(join(root, 'www', 'samples', f), 'utf8');
const fixture = (f) => JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'samples', f.replace(/\.txt$/, '.json')), 'utf8'));

const luminance = (hex) => {
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [16, 8, 0].map((s) => ((n >> s) & 255) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a, b) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

test('every highlight text colour meets WCAG AA (4.5:1) on its background, in both themes', (t) => {
  for (const [theme, colours] of Object.entries(palette)) {
    const lines = [];
    for (const [name, { bg, fg }] of Object.entries(colours)) {
      const ratio = contrast(fg, bg);
      lines.push(`${name} ${ratio.toFixed(1)}`);
      assert.ok(ratio >= 4.5, `${theme} ${name}: ${fg} on ${bg} is ${ratio.toFixed(2)}:1`);
    }
    // Dimmed boilerplate is text on the page's own background.
    const dim = contrast(colours.boilerplate.fg, colours.page.bg);
    assert.ok(dim >= 4.5, `${theme} dimmed boilerplate: ${dim.toFixed(2)}:1`);
    t.diagnostic(`${theme}: ${lines.join(', ')}`);
  }
});

test('exports: main text equals the wasm mainText(), web annotations fit the text', { skip: !existsSync(wasmPath) && 'www/pkg not built' }, async () => {
  const mod = await import(join(root, 'www', 'pkg', 'article_annotator.js'));
  await mod.default({ module_or_path: readFileSync(wasmPath) });
  const odd = 'Title \u2028 x\r\n\r\n  ADS\nShare this article on Facebook\n\u00a0Body “Yes,” he said.\u3000\n\ufeffTrending Now\n\n\n😀 end';
  for (const text of [...samples.map(sampleText), odd, '', '\n\n', 'one line']) {
    const a = mod.annotate(text);
    assert.equal(mainText(text, a), mod.mainText(text), JSON.stringify(text.slice(0, 40)));
    for (const w of webAnnotations(text, a)) {
      const [q, p] = w.target.selector;
      assert.equal(q.exact, text.slice(p.start, p.end));
      assert.equal(text.slice(p.start - q.prefix.length, p.start), q.prefix);
      assert.equal(text.slice(p.end, p.end + q.suffix.length), q.suffix);
      assert.doesNotMatch(q.prefix + q.suffix, /^[\udc00-\udfff]|[\ud800-\udbff]$/, 'no half surrogate pairs at the edges');
    }
  }
  assert.deepEqual(exportNames('000_x.txt'), { json: '000_x.annotation.json', webanno: '000_x.webanno.jsonld', main: '000_x.main.txt' });
  assert.equal(exportNames('my page.html').json, 'my_page.annotation.json');
});

test('packAnnotation / unpackAnnotation give the annotation back exactly', () => {
  for (const f of samples) {
    const a = fixture(f);
    const { annotation, packed, keys } = packAnnotation(a);
    assert.ok(packed.data instanceof Int32Array);
    assert.equal(annotation.entities, undefined);
    const back = unpackAnnotation(structuredClone({ annotation, packed, keys }), sampleText(f));
    assert.deepEqual(back, a, f);
    assert.deepEqual(Object.keys(back), Object.keys(a), 'field order kept');
  }
});

test('AnnotationIndex: lookups by offset and by entity', () => {
  const a = fixture(samples[0]);
  const index = new AnnotationIndex(a);
  const durov = a.clusters.find((c) => c.name === 'Pavel Durov');
  const mentions = index.mentions.get(durov.id);
  assert.equal(mentions.length, durov.mentions);
  const first = a.entities[mentions[0]];
  const hit = index.findAt(first.start);
  assert.equal(hit.entity, first);
  assert.equal(hit.cluster, durov);
  assert.equal(index.findAt(first.end), index.findAt(first.end)); // stable
  assert.equal(index.nextMention(mentions[0], 1), mentions[1]);
  assert.equal(index.nextMention(mentions[0], -1), mentions.at(-1), 'cyclic');
  assert.deepEqual(index.mentionPosition(mentions[2]), { position: 3, count: mentions.length });
  const q = a.quotes[0];
  assert.equal(index.findAt(q.start + 1).quote, q);
  assert.equal(index.findAt(a.boilerplate[0].start).boilerplate, a.boilerplate[0]);
  assert.equal(index.findAt(1_000_000), null);
  assert.equal(Object.keys(index.labelCounts).join(), LABELS.join());
});

test('text view: chunks end after line breaks and never split a surrogate pair', () => {
  const text = ('A paragraph of some length. '.repeat(20) + '\n\n').repeat(200) + '😀'.repeat(5000);
  const bounds = chunkBounds(text, 1000);
  assert.equal(bounds[0], 0);
  assert.equal(bounds.at(-1), text.length);
  for (let i = 1; i < bounds.length - 1; i++) {
    const b = bounds[i];
    assert.ok(b > bounds[i - 1]);
    const c = text.charCodeAt(b - 1);
    assert.ok(!(c >= 0xd800 && c <= 0xdbff), 'not after a high surrogate');
    if (b < 200 * 562) assert.equal(text[b - 1], '\n', 'after a line break while there are some');
  }
  assert.deepEqual(chunkBounds('short', 1000), [0, 5]);
});

test('text view: boilerplate lines are wrapped with the blank lines after them', () => {
  const text = 'Para one.\n\nTrending Now\n\nPara two. Click here to subscribe. More.\nADS';
  const spans = [
    { start: text.indexOf('Trending'), end: text.indexOf('Trending') + 12 },
    { start: text.indexOf('Click'), end: text.indexOf(' More') },
    { start: text.indexOf('ADS'), end: text.length },
  ];
  const s = boilerplateStretches(text, spans).map((r) => text.slice(r.start, r.end));
  assert.deepEqual(s, ['Trending Now\n\n', 'Click here to subscribe.', 'ADS']);
});
