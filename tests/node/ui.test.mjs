// The page's pure UI modules (www/ui/*.js) under Node: the colour palette's contrast, the exports
// against the wasm package, the packed transfer of entities, lookups, the text view's cutting and
// folding, quoted terms and described speakers, and the preferences' stored form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';
import { palette } from '../../www/ui/highlights.js';
import { AnnotationIndex, packAnnotation, unpackAnnotation, LABELS, describeHit } from '../../www/ui/annotation.js';
import { mainText, webAnnotations, exportNames } from '../../www/ui/exports.js';
import { chunkBounds, boilerplateStretches, foldLabel, articleStart } from '../../www/ui/textview.js';
import { prefsFromStore, prefsToStore, setShown, boilerplateMode, nextBoilerplateMode } from '../../www/ui/prefs.js';
import { PAGE_MODES } from '../../www/ui/legend.js';

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

test('text view: a run of whole boilerplate lines counts its lines and reasons, and the article starts after it', () => {
  const text = 'Home\nWorld\n\nAfrica\n\nThe headline\nA line with Share inside.\nAbout us\n';
  const at = (w) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
  const spans = [
    { ...at('Home'), reason: 'navigation' },
    { ...at('World'), reason: 'navigation' },
    { ...at('Africa'), reason: 'share' },
    { ...at('Share'), reason: 'share' },
    { ...at('About us'), reason: 'navigation' },
  ];
  const s = boilerplateStretches(text, spans);
  assert.deepEqual(s.map((r) => [text.slice(r.start, r.end), r.lines]), [
    ['Home\nWorld\n\nAfrica\n\n', 3],
    ['Share', 0], // part of a line: never folded
    ['About us\n', 1],
  ]);
  assert.equal(foldLabel(s[0]), '3 lines of navigation and share');
  assert.equal(foldLabel(s[2]), '1 line of navigation');
  assert.equal(foldLabel({ lines: 40, reasons: new Map([['share', 2], ['navigation', 30], ['credit', 1]]) }), '40 lines of navigation, share…');
  assert.equal(foldLabel({ lines: 2, reasons: new Map() }), '2 lines of boilerplate');
  assert.equal(text.slice(articleStart(text, s)).split('\n')[0], 'The headline');
  assert.equal(articleStart('  \n', []), 3, 'a blank text has no article');
  assert.equal(articleStart('Nav\n', boilerplateStretches('Nav\n', [{ start: 0, end: 3 }])), 4, 'all boilerplate: no article');
});

test('quotes: terms are apart from the quotes of speech; a described speaker is named by its words', () => {
  const text = 'He praised “Succession” and “the deal,” the report said. “No,” she said.';
  const q = (w, extra) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, ...extra });
  const report = { entity: null, name: 'the report', ...q('the report') };
  const annotation = {
    entities: [],
    clusters: [],
    boilerplate: [],
    quotes: [
      q('Succession', { kind: 'term', speaker: null, cue: null }),
      q('the deal,', { kind: 'partial', speaker: report, cue: { ...q('said'), text: 'said' } }),
      q('No,', { kind: 'direct', speaker: null, cue: null }),
    ],
  };
  const index = new AnnotationIndex(annotation);
  assert.deepEqual(index.quotes.map((x) => x.kind), ['partial', 'direct'], 'terms are not quotes of speech');
  assert.deepEqual(index.terms.map((x) => text.slice(x.start, x.end)), ['Succession']);
  const lines = (offset) => Object.fromEntries(describeHit(index, index.findAt(offset)).map(({ key, value }) => [key, value]));
  assert.deepEqual(lines(text.indexOf('Succession') + 2), { term: 'in quotation marks, nobody’s words' });
  assert.deepEqual(lines(text.indexOf('the deal') + 2), { quote: 'partial', speaker: 'the report', source: 'described, not a named entity', cue: 'said' });
  assert.equal(lines(text.indexOf('No,')).speaker, 'unknown');
  // Today's output (no terms, speakers with an entity) reads as before.
  const old = new AnnotationIndex({ ...annotation, quotes: [q('the deal,', { kind: 'direct', speaker: { entity: 0, name: 'Ann Lee', text: 'the report', ...q('the report') }, cue: null })] });
  assert.equal(old.quotes.length, 1);
  const oldLines = Object.fromEntries(describeHit(old, old.findAt(text.indexOf('the deal'))).map(({ key, value }) => [key, value]));
  assert.deepEqual(oldLines, { quote: 'direct', speaker: 'Ann Lee', 'named as': 'the report', cue: '—' });
});

test('preferences: the stored form round-trips; anything broken gives the defaults', () => {
  const p = prefsFromStore({ hidden: ['PERSON', 'quote', 'NOPE', 3], boilerplate: 'hide', background: true });
  assert.deepEqual([...p.hidden], ['PERSON', 'quote']);
  assert.equal(p.boilerplate, 'hide');
  assert.deepEqual(prefsFromStore(JSON.parse(JSON.stringify(prefsToStore(p)))), p);
  for (const junk of [null, 'x', 42, [], { hidden: 'PERSON', boilerplate: 'melt' }]) {
    assert.deepEqual(prefsFromStore(junk), { hidden: new Set(), boilerplate: null, background: false }, JSON.stringify(junk));
  }
  assert.equal(setShown(p, 'PERSON'), true, 'flips a hidden label on');
  assert.equal(setShown(p, 'ORG', false), false);
  assert.deepEqual([...p.hidden].sort(), ['ORG', 'quote']);
  // No choice: the host's default (the page folds an HTML input, dims a text); the extension offers no fold.
  const none = prefsFromStore({});
  assert.equal(boilerplateMode(none, 'fold'), 'fold');
  assert.equal(boilerplateMode({ ...none, boilerplate: 'fold' }, 'dim', PAGE_MODES), 'dim');
  assert.deepEqual(['fold', 'dim', 'hide', 'show'].map((m) => nextBoilerplateMode(m)), ['dim', 'hide', 'show', 'fold']);
  assert.equal(nextBoilerplateMode('show', PAGE_MODES), 'dim');
});
