/**
 * Out-of-fold logits of the sub-event model for every TRAIN example (ACLED notes, CASE snippets, news events), each
 * from the fit that did not see its fifth (training's own fifths: calibration:id % 5), one fit per fifth, as
 * `sitrep train subevent` weighs the sources. bench/subevent-trust-policy.ts reads the file to compare ways of
 * combining rules and model offline, with no refit (issue 11).
 *
 *   node --import tsx bench/subevent-oof.ts CACHE OUT.json [SEED]      (CASE_W=k: a CASE snippet counts k times)
 *
 * CACHE is the rules' documents as bench/subevent-case-cv.ts --cache writes them. About 5 fits: 5–10 min here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { fnv1a32 } from '../src/model/ids.ts';
import { isArticle } from '../src/models/event-realis/features.ts';
import { subEventFeatures } from '../src/models/subevent/features.ts';
import { logits, outputsOf, softmaxInto } from '../src/models/subevent/model.ts';
import { CLASS_INDEX, fit, mainEvent, NO_EVENT, type Example } from '../src/models/subevent/train.ts';
import { nll } from '../src/models/subevent/fit.ts';
import { CASE_WEIGHT } from '../src/cli/commands/train-subevent.ts';
const [cacheFile, out, seed = ''] = process.argv.slice(2);
const data = deserialize(readFileSync(cacheFile)) as any;
const brief = (c: any, source: string): Example => { const main = mainEvent(c.doc); return { id: c.id, features: subEventFeatures(c.doc, main, true), label: c.gold ? CLASS_INDEX.get(c.gold)! : NO_EVENT, source, rules: main ? CLASS_INDEX.get(main.subEventType)! : -1 }; };
const news = (c: any): Example => { const ev = c.doc.events[c.event]; return { id: c.id, features: subEventFeatures(c.doc, ev, !isArticle(c.doc)), label: CLASS_INDEX.get(c.gold)!, source: 'news', rules: CLASS_INDEX.get(ev.subEventType)! }; };
const repeat = (xs: Example[], k: number) => xs.flatMap((e) => [...Array(k)].map((_, i) => (i ? { ...e, id: `${e.id}#${i}` } : e)));
const all = [...data.acled.map((c: any) => brief(c, 'acled')), ...repeat(data.dev.map((c: any) => brief(c, 'case')), Number(process.env.CASE_W ?? CASE_WEIGHT)), ...repeat(data.news.map(news), 3)];
const fifth = (e: Example) => fnv1a32(`calibration:${e.id.split('#')[0]}`) % 5;
const rows: any[] = [];
let T = 1;
for (let k = 0; k < 5; k++) {
  const d = fit(all.filter((e) => fifth(e) !== k), { seed });
  const held = all.filter((e) => fifth(e) === k && !e.id.includes('#'));
  if (k === 0) { let best = Infinity; for (let t = 0.5; t <= 3.001; t += 0.05) { const l = nll(d, held, t); if (l < best) { best = l; T = +t.toFixed(2); } } }
  const C = outputsOf(d.classes);
  for (const e of held) rows.push({ id: e.id, source: e.source, label: e.label, rules: e.rules, z: Array.from(logits(d, C, e.features)) });
  console.error(`fold ${k} done`);
}
writeFileSync(out, JSON.stringify({ T, rows }));
console.error(`T ${T}, ${rows.length} rows`);
