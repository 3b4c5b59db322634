// A peer for eval/score_aeb_ner.py: compromise (the npm dev dependency) with the `annotate --jsonl`
// contract: JSON lines {"id", "text"} in, one annotation per line out, people() as PERSON,
// places() as PLACE, organizations() as ORG (JS string offsets are UTF-16 code units).
//
//   python3 eval/score_aeb_ner.py --run 'node eval/compromise_ner.mjs' --types PER,LOC,ORG
//
// Spans as compromise's .out('offset') gives them include trailing spaces and punctuation
// ("Andy Beshear —"); by default each span runs instead from its first term's start to its last
// term's end, without a possessive ’s, keeping the final period of an abbreviation ("U.S.").
// RAW=1 keeps .out('offset') spans as they are.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const raw = process.env.RAW === '1';
const out = [];
for (const line of readFileSync(0, 'utf8').split('\n').filter((l) => l.trim())) {
  const { id, text } = JSON.parse(line);
  const doc = nlp(text);
  const ents = [];
  for (const [label, view] of [['PERSON', doc.people()], ['PLACE', doc.places()], ['ORG', doc.organizations()]]) {
    for (const m of raw ? view.out('offset') : view.json({ offset: true })) {
      let start, end;
      if (raw) {
        start = m.offset.start;
        end = m.offset.start + m.offset.length;
      } else {
        const first = m.terms[0], last = m.terms[m.terms.length - 1];
        start = first.offset.start;
        end = last.offset.start + last.offset.length;
        end = start + text.slice(start, end).replace(/[’']s$/, '').length;
        if (text[end] === '.' && (/\./.test(last.text) || /^(Co|Corp|Inc|Ltd|Jr|Sr|St)$/.test(last.text))) end += 1;
      }
      if (end > start) ents.push({ start, end, text: text.slice(start, end), label });
    }
  }
  // one label per stretch of text: the earlier, then the longer, span wins
  ents.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  for (const e of ents) if (!kept.length || e.start >= kept[kept.length - 1].end) kept.push(e);
  out.push(JSON.stringify({ id, offsets: 'utf16', length: text.length, entities: kept }));
}
process.stdout.write(out.join('\n') + '\n');
