// The precision review of ../shared/PRECISION-REVIEW.md, made repeatable.
//   node --import tsx bench/precision-review.ts sample OUTDIR [--seed N] [--n 40]
//     extracts the Reuters sample's general.jsonl and conflict.jsonl, draws N current events from each with the
//     seed, and writes OUTDIR/<set>-NN.txt packets (event, evidence, whole article) for a reviewer who has not read
//     the code, plus OUTDIR/sample.jsonl (what was drawn).
//   node --import tsx bench/precision-review.ts table OUTDIR/judgments.jsonl
//     prints the review table from the reviewer's judgments, one JSON line per packet:
//     {"packet": "general-07", "real": true, "type_ok": …, "subtype_ok": …, "place_ok": …, "date_ok": …, "actors_ok": …, "historical_ok": …, "note": "…"}
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createExtractor } from '../src/pipeline/extractor.ts';
import type { EventRecord } from '../src/model/record.ts';
import type { Article } from '../src/model/article.ts';
import { readArticles } from '../src/input/read-articles.ts';
import { seededRandom } from '../src/model/random.ts';

const SAMPLE = resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'news-isot-reuters-sample');

async function sample(out: string, seed: number, n: number): Promise<void> {
  mkdirSync(out, { recursive: true });
  const extractor = createExtractor();
  const drawn: unknown[] = [];
  for (const set of ['general', 'conflict']) {
    const articles = new Map<string, Article>();
    const events: EventRecord[] = [];
    for await (const r of readArticles([join(SAMPLE, `${set}.jsonl`)])) {
      if (!r.ok) continue;
      articles.set(r.article.id, r.article);
      events.push(...extractor.extract(r.article).records.filter((e) => !e.historical));
    }
    const next = seededRandom(seed);
    const picked = events.map((e) => [next(), e] as const).sort((a, b) => a[0] - b[0]).slice(0, n).map(([, e]) => e);
    picked.forEach((e, i) => {
      const id = `${set}-${String(i + 1).padStart(2, '0')}`;
      const a = articles.get(e.doc_id)!;
      const evidence = e.evidence.map((s) => a.text.slice(s.start, s.end)).join('\n  ');
      const event = { event_date: e.event_date, event_date_end: e.event_date_end, event_type: e.event_type, sub_event_type: e.sub_event_type, actor1: e.actor1, actor2: e.actor2, location: e.location, admin1: e.admin1, country: e.country, latitude: e.latitude, longitude: e.longitude, fatalities: e.fatalities, historical: e.historical, notes: e.notes };
      writeFileSync(join(out, `${id}.txt`), `PACKET ${id}\n\nEVENT\n${JSON.stringify(event, null, 1)}\n\nEVIDENCE\n  ${evidence}\n\nARTICLE (published ${a.published}): ${a.title ?? ''}\n${a.text}\n`);
      drawn.push({ packet: id, doc_id: e.doc_id, event_id: e.event_id, sub_event_type: e.sub_event_type, location: e.location });
    });
    console.log(`${set}: ${events.length} current events in ${articles.size} articles; drew ${picked.length}`);
  }
  writeFileSync(join(out, 'sample.jsonl'), drawn.map((d) => JSON.stringify(d)).join('\n') + '\n');
}

interface Judgment { packet: string; real: boolean; type_ok?: boolean; subtype_ok?: boolean; place_ok?: boolean; date_ok?: boolean; actors_ok?: boolean; historical_ok?: boolean; note?: string }

function table(file: string): void {
  const js: Judgment[] = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : '—');
  console.log('| file | events | real | type | sub-type | place | date | actors | not background |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const set of ['general', 'conflict', '']) {
    const g = js.filter((j) => (set ? j.packet.startsWith(set) : true));
    const real = g.filter((j) => j.real);
    const k = (f: keyof Judgment) => pct(real.filter((j) => j[f] === true).length, real.length);
    console.log(`| ${set || 'both'} | ${g.length} | ${pct(real.length, g.length)} | ${k('type_ok')} | ${k('subtype_ok')} | ${k('place_ok')} | ${k('date_ok')} | ${k('actors_ok')} | ${k('historical_ok')} |`);
  }
}

const [cmd, arg, ...rest] = process.argv.slice(2);
const opt = (name: string, d: number) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? Number(rest[i + 1]) : d;
};
if (cmd === 'sample' && arg) await sample(arg, opt('seed', 20261203), opt('n', 40));
else if (cmd === 'table' && arg) table(arg);
else {
  console.error('usage: bench/precision-review.ts sample OUTDIR [--seed N] [--n 40] | table JUDGMENTS.jsonl');
  process.exit(2);
}
