// The reading view: the legend as a filter, the three-way boilerplate control, the hover card,
// clicking an entity to cycle through its mentions, the side panel's jumps, and the keyboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  setUp, skipReason, openPage, loadFirstSample, waitForAnnotation, highlightSpans, pointOf, cardLines, fixture, SAMPLE,
} from './lib.mjs';

const env = setUp();
const want = fixture(SAMPLE);
const durov = want.clusters.find((c) => c.name === 'Pavel Durov');
const durovMentions = want.entities.filter((e) => e.entity === durov.id);
const has = (page, name) => page.evaluate((n) => CSS.highlights.has(n), name);
const current = async (page) => (await highlightSpans(page, 'aa-current'))[0] ?? null;
const pressed = (page, key) => page.locator(`#legend .aa-toggle[data-key="${key}"]`).getAttribute('aria-pressed');

test('the legend filters labels and quotes; boilerplate is dimmed, hidden or shown', async (t) => {
  if (skipReason) return t.skip(skipReason);
  const { page, problems, close } = await openPage(env);
  try {
    await loadFirstSample(page, env);
    assert.equal(await has(page, 'ent-PERSON'), true);
    assert.equal(await pressed(page, 'PERSON'), 'true');
    await page.click('#legend .aa-toggle[data-key="PERSON"]');
    assert.equal(await has(page, 'ent-PERSON'), false, 'PERSON off: its highlight is gone');
    assert.equal(await pressed(page, 'PERSON'), 'false');
    assert.equal(await has(page, 'ent-ORG'), true, 'the others stay');
    await page.click('#legend .aa-toggle[data-key="quote"]');
    assert.equal(await has(page, 'quote'), false, 'quotes off');

    // The filter is kept for the next visit.
    await page.reload();
    await waitForAnnotation(page, SAMPLE);
    assert.equal(await has(page, 'ent-PERSON'), false, 'still off after a reload');
    assert.equal(await pressed(page, 'PERSON'), 'false');
    await page.click('#legend .aa-toggle[data-key="PERSON"]');
    await page.click('#legend .aa-toggle[data-key="quote"]');
    assert.equal(await has(page, 'ent-PERSON'), true);
    assert.equal(await has(page, 'quote'), true);

    // Boilerplate: dim (a highlight), hide (not rendered), show (plain text).
    const bp = () => page.evaluate(() => ({
      highlight: CSS.highlights.has('boilerplate'),
      rendered: document.getElementById('article').innerText.includes('Trending Now'),
      display: getComputedStyle(document.querySelector('#article .aa-bp')).display,
    }));
    assert.deepEqual(await bp(), { highlight: true, rendered: true, display: 'inline' }, 'dim');
    await page.check('#legend input[value="hide"]');
    assert.deepEqual(await bp(), { highlight: false, rendered: false, display: 'none' }, 'hide');
    await page.check('#legend input[value="show"]');
    assert.deepEqual(await bp(), { highlight: false, rendered: true, display: 'inline' }, 'show');
    await page.check('#legend input[value="dim"]');
    assert.deepEqual(await bp(), { highlight: true, rendered: true, display: 'inline' }, 'dim again');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('hover card: entity type, full name and mention count; quote kind, speaker and cue', async (t) => {
  if (skipReason) return t.skip(skipReason);
  const { page, problems, close } = await openPage(env);
  try {
    await loadFirstSample(page, env);
    // A short mention ("Durov") names the whole entity.
    const short = durovMentions.find((e) => e.text === 'Durov');
    let p = await pointOf(page, short.start, short.end);
    await page.mouse.move(p.x, p.y);
    await page.waitForSelector('#card:not([hidden])');
    const lines = await cardLines(page);
    assert.equal(lines.type, 'PERSON');
    assert.equal(lines.entity, 'Pavel Durov');
    assert.match(lines.mentions, new RegExp(`^${durov.mentions} \\(this is \\d+ of ${durovMentions.length}\\)$`));

    // Over the words of a quote (not an entity): kind, speaker, cue; the speaker and cue are marked.
    const q = want.quotes[0];
    p = await pointOf(page, q.start + 3, q.start + 6);
    await page.mouse.move(p.x, p.y);
    await page.waitForFunction(() => document.querySelector('#card dt')?.textContent === 'quote');
    const ql = await cardLines(page);
    assert.equal(ql.quote, q.kind);
    assert.equal(ql.speaker, q.speaker.name);
    assert.equal(ql.cue, q.cue.text);
    const related = await highlightSpans(page, 'aa-related');
    assert.deepEqual(related.map((r) => r.text), [q.speaker.text, q.cue.text]);

    await page.mouse.move(2, 2);
    await page.waitForSelector('#card', { state: 'hidden' });
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('clicking an entity goes to and marks its next mention, cycling', async (t) => {
  if (skipReason) return t.skip(skipReason);
  const { page, problems, close } = await openPage(env);
  try {
    await loadFirstSample(page, env);
    let at = durovMentions[0];
    for (let step = 1; step <= durovMentions.length; step++) {
      const p = await pointOf(page, at.start, at.end);
      await page.mouse.click(p.x, p.y);
      const next = durovMentions[step % durovMentions.length];
      const mark = await current(page);
      assert.deepEqual(mark, { start: next.start, end: next.end, text: next.text }, `click ${step}: the next mention`);
      const inView = await page.evaluate(() => {
        const r = [...CSS.highlights.get('aa-current')][0].getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      });
      assert.ok(inView, `click ${step}: scrolled into view`);
      assert.equal((await cardLines(page))?.entity, 'Pavel Durov');
      at = next;
    }
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('the side panel jumps to entities and quotes', async (t) => {
  if (skipReason) return t.skip(skipReason);
  const { page, problems, close } = await openPage(env);
  try {
    await loadFirstSample(page, env);
    const button = page.locator(`#entities .aa-entity[data-cluster="${durov.id}"]`);
    await button.click();
    assert.deepEqual(await current(page), { start: durovMentions[0].start, end: durovMentions[0].end, text: durovMentions[0].text });
    await button.click();
    assert.equal((await current(page)).start, durovMentions[1].start, 'a second click: the next mention');

    const last = want.quotes.length - 1;
    await page.click(`#quotes .aa-quote[data-quote="${last}"]`);
    const q = want.quotes[last];
    assert.deepEqual(await current(page), { start: q.start, end: q.end, text: q.text });
    const r = await page.evaluate(() => [...CSS.highlights.get('aa-current')][0].getBoundingClientRect().top);
    assert.ok(r >= 0 && r < 900, `the quote is in view (top ${r})`);
    assert.equal((await cardLines(page)).speaker, q.speaker?.name ?? 'unknown');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('keyboard: j/k, J/K, n/p, digits, q, b, ?, Escape; nothing while typing', async (t) => {
  if (skipReason) return t.skip(skipReason);
  const { page, problems, close } = await openPage(env);
  try {
    await loadFirstSample(page, env);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    const E = want.entities;
    await page.keyboard.press('j');
    assert.equal((await current(page)).start, E[0].start, 'j: the first mention');
    assert.equal((await cardLines(page)).type, E[0].label, 'with its card');
    await page.keyboard.press('j');
    assert.equal((await current(page)).start, E[1].start, 'j: the second');
    await page.keyboard.press('k');
    assert.equal((await current(page)).start, E[0].start, 'k: back');
    await page.keyboard.press('k');
    assert.equal((await current(page)).start, E.at(-1).start, 'k wraps to the last');

    // J: the same entity's next mention.
    const firstDurov = E.indexOf(durovMentions[0]);
    for (let i = 0; i < firstDurov; i++) await page.keyboard.press('j');
    await page.keyboard.press('j');
    assert.equal((await current(page)).start, durovMentions[0].start);
    await page.keyboard.press('Shift+J');
    assert.equal((await current(page)).start, durovMentions[1].start, 'J: next mention of Pavel Durov');
    await page.keyboard.press('Shift+K');
    await page.keyboard.press('Shift+K');
    assert.equal((await current(page)).start, durovMentions.at(-1).start, 'K wraps to the last mention');

    // n / p: quotes.
    await page.keyboard.press('n');
    const afterLast = want.quotes.find((q) => q.start > durovMentions.at(-1).start) ?? want.quotes[0];
    assert.equal((await current(page)).start, afterLast.start, 'n: the next quote after the position');
    await page.keyboard.press('p');
    await page.keyboard.press('n');
    assert.equal((await current(page)).start, afterLast.start);
    assert.equal((await cardLines(page)).quote, afterLast.kind);

    // Digits toggle the legend's labels; j then skips the hidden ones.
    await page.keyboard.press('1');
    assert.equal(await has(page, 'ent-PERSON'), false, '1: PERSON hidden');
    assert.equal(await pressed(page, 'PERSON'), 'false');
    await page.keyboard.press('Escape');
    assert.equal(await current(page), null, 'Escape clears the mark');
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('j');
      const c = await current(page);
      assert.ok(!durovMentions.some((m) => m.start === c.start), 'j skips hidden PERSON mentions');
    }
    await page.keyboard.press('2');
    assert.equal(await has(page, 'ent-ORG'), false, '2: ORG hidden');
    await page.keyboard.press('0');
    assert.equal(await has(page, 'ent-PERSON'), true, '0: all shown');
    assert.equal(await has(page, 'ent-ORG'), true);
    await page.keyboard.press('q');
    assert.equal(await has(page, 'quote'), false, 'q: quotes hidden');
    await page.keyboard.press('q');
    await page.keyboard.press('b');
    assert.equal(await page.locator('#legend input[value="hide"]').isChecked(), true, 'b: dim -> hide');
    await page.keyboard.press('b');
    await page.keyboard.press('b');
    assert.equal(await page.locator('#legend input[value="fold"]').isChecked(), true, 'b b: -> show -> fold');
    await page.keyboard.press('b');
    assert.equal(await page.locator('#legend input[value="dim"]').isChecked(), true, 'b: fold -> dim');

    // ? opens the keys dialog; Escape closes it.
    await page.keyboard.press('?');
    assert.equal(await page.locator('#keys').evaluate((d) => d.open), true, '? opens the dialog');
    assert.match(await page.locator('#keys').textContent(), /next \/ previous quote/);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#keys').evaluate((d) => d.open), false);

    // Typing in the text box fires nothing.
    await page.keyboard.press('Escape');
    await page.focus('#input');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' j1?qb0n');
    assert.equal(await has(page, 'ent-PERSON'), true, 'no filter change');
    assert.equal(await has(page, 'quote'), true);
    assert.equal(await current(page), null, 'no mark');
    assert.equal(await page.locator('#keys').evaluate((d) => d.open), false, 'no dialog');
    assert.ok((await page.inputValue('#input')).endsWith(' j1?qb0n'), 'the keys went into the box');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});
