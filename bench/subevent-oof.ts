/**
 * Out-of-fold logits of the sub-event model for every TRAIN example (ACLED notes, CASE snippets, news events), each
 * from the fit that did not see its fifth (training's own fifths: calibration:id % 5), one fit per fifth, as
 * `sitrep train subevent` weighs the sources. bench/subevent-trust-policy.ts reads the file to compare ways of
 * combining rules and model offline, with no refit (issue 11).
 *
 *   node --import tsx bench/subevent-oof.ts CACHE OUT.json [SEED]      (CASE_W=k: a CASE snippet counts k times)
 *
 * DROP=n leaves 5% of the examples (draw n, as bench/subevent-stability.ts drops them) out of every fit, as a small
 * change of the training data would; every example is still coded out of fold, so runs compare on the same rows.
 *
 * CACHE is the rules' documents as bench/subevent-case-cv.ts --cache writes them. About 5 fits: 5–10 min here.
 */
import { writeFileSync } from 'node:fs';
import { fnv1a32 } from '../src/model/ids.ts';
import { logits, outputsOf, softmaxInto } from '../src/models/subevent/model.ts';
import { fit, type Example } from '../src/models/subevent/train.ts';
import { nll } from '../src/models/subevent/fit.ts';
import { CASE_WEIGHT } from '../src/cli/commands/train-subevent.ts';
import { readCache, trainingList } from './subevent-examples.ts';
const [cacheFile, out, seed = ''] = process.argv.slice(2);
const data = readCache(cacheFile);
const all = trainingList(data, Number(process.env.CASE_W ?? CASE_WEIGHT));
const fifth = (e: Example) => fnv1a32(`calibration:${e.id.split('#')[0]}`) % 5;
const kept = (e: Example) => !process.env.DROP || fnv1a32(`drop${process.env.DROP}:${e.id.split('#')[0]}`) % 20 !== 0;
const rows: any[] = [];
let T = 1;
for (let k = 0; k < 5; k++) {
  const d = fit(all.filter((e) => fifth(e) !== k && kept(e)), { seed });
  const held = all.filter((e) => fifth(e) === k && !e.id.includes('#'));
  if (k === 0) { let best = Infinity; for (let t = 0.5; t <= 3.001; t += 0.05) { const l = nll(d, held, t); if (l < best) { best = l; T = +t.toFixed(2); } } }
  const C = outputsOf(d.classes);
  for (const e of held) rows.push({ id: e.id, source: e.source, label: e.label, rules: e.rules, z: Array.from(logits(d, C, e.features)) });
  console.error(`fold ${k} done`);
}
writeFileSync(out, JSON.stringify({ T, rows }));
console.error(`T ${T}, ${rows.length} rows`);
