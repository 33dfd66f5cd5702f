/**
 * How much the sub-event classifier moves under small changes of its training that stand in for a change to the
 * rules (issue 11): other shuffle seeds, 5% of the TRAIN examples dropped at random (three draws), an epoch more or
 * less. For each run it prints the CASE TRAIN cross-validated weighted F1 (training's own five fifths, each CASE
 * snippet coded by the fit that did not see it, at the trust training chose) and CASE TEST weighted F1 over the seen
 * classes (the committed form, quantised, coding as the subevent stage does), then the mean and spread of both.
 * Choose settings by the CV figures; TEST is only reported.
 *
 *   node --import tsx bench/subevent-stability.ts --cache FILE [--opts '{"epochs":12,"averageFrom":2}'] [--only base,seed:a]
 *
 * --out-dir DIR writes each run's weights to DIR/RUN.bin (score them with SITREP_SUBEVENT_MODEL=DIR/RUN.bin sitrep eval …).
 * --test-curve also prints each run's CASE TEST at every trust (a diagnostic: the trust is chosen on CV, never on it).
 * --by-trust skips training's choices: one fit per run (temperature 1.7), CASE TEST printed at each trust in the rules
 * (TRUSTS), to tell the model's own movement from that of the chosen trust.
 *
 * FILE is the rules' documents as bench/subevent-case-cv.ts --cache writes them (build it there first).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { classify } from '../src/eval/metrics.ts';
import { fnv1a32 } from '../src/model/ids.ts';
import { rootId } from '../src/models/subevent/fit.ts';
import { deserialise, serialise, type SubEventModel } from '../src/models/subevent/model.ts';
import { fit, oneSeTrust, smoothedBest, TRAIN_DEFAULTS, trainReport, TRUSTS, type Example, type TrainOptions } from '../src/models/subevent/train.ts';
import { decideEvents } from '../src/stages/subevent/index.ts';
import { readCache, trainingList } from './subevent-examples.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const cacheFile = arg('--cache');
if (!cacheFile || !existsSync(cacheFile)) throw new Error('--cache FILE: build it with bench/subevent-case-cv.ts --cache FILE');
const data = readCache(cacheFile);
const opts: TrainOptions = { ...TRAIN_DEFAULTS, ...JSON.parse(arg('--opts') ?? '{}') };

// as `sitrep train subevent` builds them (src/cli/commands/train-subevent.ts)
const all = trainingList(data);

/** CASE TEST weighted F1 over the seen classes: the most confident event the stage codes in each snippet. */
function caseTest(model: SubEventModel): number {
  const pairs = data.test
    .filter((c) => c.gold)
    .map((c) => {
      let best: { sub: string; p: number } | null = null;
      for (const ev of decideEvents(model, c.doc)) if (!best || ev.confidence > best.p) best = { sub: ev.subEventType, p: ev.confidence };
      return { gold: c.gold!, pred: best?.sub ?? null };
    });
  return classify(pairs).weightedF1;
}

const drop = (draw: number) => all.filter((e) => fnv1a32(`drop${draw}:${rootId(e)}`) % 20 !== 0);
const E = opts.epochs!;
const RUNS: Record<string, () => [Example[], TrainOptions]> = {
  base: () => [all, opts],
  'seed:a': () => [all, { ...opts, seed: 'a' }],
  'seed:b': () => [all, { ...opts, seed: 'b' }],
  'drop:1': () => [drop(1), opts],
  'drop:2': () => [drop(2), opts],
  'drop:3': () => [drop(3), opts],
  'epochs-1': () => [all, { ...opts, epochs: E - 1 }],
  'epochs+1': () => [all, { ...opts, epochs: E + 1 }],
};
const only = arg('--only')?.split(',');
const cv: number[] = [];
const te: number[] = [];
console.log(`options ${JSON.stringify(opts)}; ${all.length} examples`);
for (const [name, make] of Object.entries(RUNS)) {
  if (only && !only.includes(name)) continue;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const [ex, o] = make();
  if (process.argv.includes('--by-trust')) {
    const m = deserialise(serialise({ ...fit(ex, o), temperature: 1.7, trustRules: 1 }));
    console.log(`${name.padEnd(9)} TEST by trust: ${TRUSTS.map((t) => `${t} ${(100 * caseTest({ ...m, trustRules: t })).toFixed(1)}`).join(', ')}`);
    continue;
  }
  const r = trainReport(ex, o);
  const bytes = serialise(r.weights);
  const t = caseTest(deserialise(bytes));
  if (arg('--out-dir')) writeFileSync(`${arg('--out-dir')}/${name.replace(/[^\w+-]/g, '-')}.bin`, bytes);
  cv.push(r.cvF1);
  te.push(t);
  const cpu = process.cpuUsage(cpu0);
  console.log(`${name.padEnd(9)} CV ${(100 * r.cvF1).toFixed(1)}  TEST ${(100 * t).toFixed(1)}  T ${r.weights.temperature} trust ${r.weights.trustRules}  ${(bytes.length / 1e6).toFixed(2)} MB  ${((performance.now() - t0) / 1000).toFixed(0)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(0)} s CPU`);
  if (process.argv.includes('--test-curve')) {
    const m = deserialise(bytes);
    console.log(`          TEST by trust: ${TRUSTS.map((x) => `${x} ${(100 * caseTest({ ...m, trustRules: x })).toFixed(1)}`).join(', ')}`);
  }
  // both ways of reading the trust off the same out-of-fold probabilities, and CASE TEST at each (reported, not chosen on)
  const m = deserialise(bytes);
  const rivals = { smoothed: TRUSTS[smoothedBest(r.curve)], '1se': oneSeTrust(r.outOfFold, 1), '0.5se': oneSeTrust(r.outOfFold, 0.5) };
  console.log(`          choices: ${Object.entries(rivals).map(([k, x]) => `${k} ${x} (CV ${(100 * r.curve[TRUSTS.indexOf(x)]).toFixed(1)}, TEST ${(100 * caseTest({ ...m, trustRules: x })).toFixed(1)})`).join('; ')}`);
  console.log(`          CV by trust: ${r.curve.map((x, i) => `${TRUSTS[i]} ${(100 * x).toFixed(1)}`).join(', ')}`);
}
const stats = (xs: number[]) => {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  return `mean ${(100 * mean).toFixed(2)} spread ${(100 * (Math.max(...xs) - Math.min(...xs))).toFixed(1)} (min ${(100 * Math.min(...xs)).toFixed(1)}, max ${(100 * Math.max(...xs)).toFixed(1)})`;
};
if (cv.length) console.log(`CASE TRAIN CV: ${stats(cv)}\nCASE TEST seen: ${stats(te)}`);
