// @ts-check
// Annotates a text file (or a built-in sentence) with the npm package under Node and prints what
// it found:  node node.mjs [article.txt]
import { readFileSync } from 'node:fs';
import { annotate, version } from 'article-annotator';

/** @type {string} */
const text = process.argv[2]
  ? readFileSync(process.argv[2], 'utf8')
  : '“We will win,” Pavel Durov said in Paris on Monday. Durov founded Telegram.\nTrending Now';

/** @type {import('article-annotator').Annotation} */
const a = annotate(text, { boilerplate: true });
console.log(`article-annotator ${version()}: ${a.entities.length} entities, ${a.quotes.length} quotes`);
for (const c of a.clusters) console.log(`entity ${c.label} ${c.name} ×${c.mentions}`);
for (const q of a.quotes) {
  const who = q.speaker ? q.speaker.name : 'unknown';
  console.log(`quote ${q.kind} “${q.text}” — ${who}`);
}
for (const b of a.boilerplate) console.log(`boilerplate ${b.reason}: ${b.text}`);
