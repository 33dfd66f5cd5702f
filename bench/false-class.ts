// The false events of a gold split grouped by why they are false, so realis work aims at classes of error, not rows
// (prints counts, and with --show CLASS the sentences of that class, to the terminal only; never commit its output):
//   node --import tsx bench/false-class.ts GOLD.json ARTICLES.jsonl… [--split dev] [--show CLASS|all]
// A false event is one the strict scorer leaves unmatched. Its class is the first that fits, in this order:
//   misfielded      loosely matches a current gold event: a real event with a wrong place, date or type (not realis work)
//   background      loosely matches a gold event the coders flagged historical: background told as current
//   then a cue in the trigger's sentence (the first evidence span): the cue lists below, in order; else
//   other-gold-doc  the article has current gold events, none like this one (an unexplained extra)
//   no-gold-doc     the article has no current gold event at all
// The cues are a reader's rough guide to the kind of non-event, not the pipeline's own rules.
import { createExtractor } from '../src/pipeline/extractor.ts';
import { readArticles } from '../src/input/read-articles.ts';
import type { Split } from '../src/model/ids.ts';
import type { EventRecord } from '../src/model/record.ts';
import { matchEvents, readGoldNews } from '../src/eval/news.ts';
import { takeOption } from './cli-options.ts';

const CUES: readonly (readonly [string, RegExp])[] = [
  ['dated-past', /\b(?:last (?:month|year)|in (?:19|20)\d\d|since (?:19|20)\d\d|(?:19|20)\d\d\b)/i],
  ['possessed', /\b[\w-]+-(?:held|controlled|occupied)\b|\b(?:seized|captured|took|taken) (?:[\w-]+ ){0,3}in (?:19|20)\d\d|\bunder (?:[\w-]+ ){0,3}control\b/i],
  ['detention-state', /\b(?:held|detained|jailed|imprisoned) (?:since|for (?:months|years|weeks|more than|over|nearly|almost|\d+))|\bin (?:custody|detention|prison) since\b/i],
  ['accusation', /\baccus(?:ed|es|ing|ations?)\b|\bblam(?:ed|es|ing)\b|\balleg(?:ed|es|ations?)\b/i],
  ['court', /\b(?:court|trial|verdict|sentenced|convicted|judge|prosecutors?|acquitted|charged)\b/i],
  ['accident', /\b(?:accident\w*|crash(?:ed|es)?|blaze|fire broke|caught fire|collapsed?|derail\w*)\b/i],
  ['summary', /\b(?:has|have) (?:\w+ ){0,2}(?:killed|displaced|claimed the lives)|\b(?:thousands|tens of thousands|hundreds) of (?:people|civilians)\b|\b(?:campaign|offensive|war|conflict|insurgency) (?:that |which )?(?:has|had)\b/i],
  ['plan-threat', /\b(?:will|would|could|may|might|threaten\w*|plan\w*|vow\w*|warn\w*|intend\w*)\b/i],
  ['speech', /\b(?:speech|statement|told (?:reporters|a news|a press)|news conference|interview|said in a|tweet\w*)\b/i],
];

const args = process.argv.slice(2);
const opt = (name: string, d: string): string => takeOption(args, name, d);
const split = opt('split', 'dev') as Split;
const show = opt('show', '');
const [goldFile, ...arts] = args;
if (!goldFile || !arts.length) {
  console.error('usage: bench/false-class.ts GOLD.json ARTICLES.jsonl… [--split dev] [--show CLASS|all]');
  process.exit(2);
}
const gold = readGoldNews(goldFile, split);
const x = createExtractor();
const counts = new Map<string, number>();
const lines: string[] = [];
let total = 0;
for await (const r of readArticles(arts)) {
  if (!r.ok || !(r.article.id in gold)) continue;
  const text = r.article.text;
  const recs = x.extract(r.article).records.filter((e) => !e.historical);
  const current = gold[r.article.id].events.filter((e) => !e.historical);
  const past = gold[r.article.id].events.filter((e) => e.historical);
  const used = new Set(matchEvents(current, recs, true).map(([, p]) => p));
  for (const p of recs) {
    if (used.has(p)) continue;
    total++;
    const cls = classOf(p, text, current, past);
    counts.set(cls, (counts.get(cls) ?? 0) + 1);
    if (show === 'all' || show === cls) {
      const ev = p.evidence.map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 300)).join(' | ');
      lines.push(`[${cls}] ${p.doc_id} ${p.sub_event_type} @ ${p.location} ${p.event_date} a1=${p.actor1}\n    ${ev}`);
    }
  }
}

function classOf(p: EventRecord, text: string, current: Parameters<typeof matchEvents>[0], past: Parameters<typeof matchEvents>[0]): string {
  if (matchEvents(current, [p], false).length) return 'misfielded';
  if (matchEvents(past, [p], false).length) return 'background';
  const first = p.evidence[0];
  const sentence = first ? text.slice(first.start, first.end) : '';
  for (const [name, re] of CUES) if (re.test(sentence)) return name;
  return current.length ? 'other-gold-doc' : 'no-gold-doc';
}

for (const l of lines) console.log(l);
console.log(`${total} false events (${split})`);
for (const [cls, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${cls.padEnd(16)} ${n}`);
