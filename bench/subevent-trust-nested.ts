/**
 * Which rule should read the trust in the rules off the cross-validated CASE TRAIN curve (issue 11)? Each policy is
 * judged by nested cross-validation on out-of-fold probabilities (bench/subevent-oof.ts): the CASE TRAIN snippets are
 * split in five by a hash (one split per outer seed), the policy chooses a trust from four fifths' curve, and the
 * fifth left is coded at that trust; the pooled held-out codes give one weighted F1 (seen classes, as CASE is scored).
 * Every OOF file (a shuffle seed, a 5% drop) × outer seed is one run; the table gives each policy's mean and spread over
 * runs, the trusts it chose (all folds of all runs), and the held-out Middle East notes of TRAIN coded at the trusts
 * chosen (a guard: accuracy / macro-F1). Fixed trusts are listed as references: they choose nothing, so they are
 * the best any policy could do only in hindsight.
 *
 *   node --import tsx bench/subevent-trust-nested.ts OOF.json [...]     (OUTER=5: outer seeds per file)
 *
 * The OOF probabilities of the four fifths a choice reads come from fits that saw the fifth left (one fit per fifth,
 * as training's own cross-validation), so the figures are nested in the choice only, not in the fit.
 */
import { readFileSync } from 'node:fs';
import { classify } from '../src/eval/metrics.ts';
import { fnv1a32 } from '../src/model/ids.ts';
import { softmaxInto } from '../src/models/subevent/model.ts';
import { CLASSES, NO_EVENT, oneSeTrust, plateauMiddle, seBand, smoothedBest, TRUSTS, type Example } from '../src/models/subevent/train.ts';

type Held = { e: Example; p: Float64Array };
type Pair = { gold: string; pred: string | null };
const noFeatures = { idx: new Int32Array(0), val: new Float32Array(0) };
const bestType = (p: ArrayLike<number>) => {
  let b = 0;
  for (let c = 1; c < CLASSES.length; c++) if (p[c] > p[b]) b = c;
  return b;
};
/** As training's briefChoice: the rules' class while the model gives it `trust`, else the model's type; no rules' event: the model's own, unless no event wins. */
const code = ({ e, p }: Held, trust: number) => (e.rules >= 0 ? (p[e.rules] >= trust ? e.rules : bestType(p)) : p[bestType(p)] > p[NO_EVENT] ? bestType(p) : -1);
const pairOf = (h: Held, trust: number): Pair => {
  const x = code(h, trust);
  return { gold: String(h.e.label), pred: x < 0 ? null : String(x) };
};
const curveOf = (rows: Held[]) => TRUSTS.map((t) => classify(rows.filter((h) => h.e.label !== NO_EVENT).map((h) => pairOf(h, t))).weightedF1);

const POLICIES: Record<string, (rows: Held[]) => number> = {
  'one SE, low edge (shipped)': (rows) => oneSeTrust(rows, 1),
  'half SE, low edge': (rows) => oneSeTrust(rows, 0.5),
  'one SE, high edge': (rows) => TRUSTS[seBand(rows, 1, curveOf(rows))!.hi],
  'one SE, band middle': (rows) => {
    const band = seBand(rows, 1, curveOf(rows))!;
    return TRUSTS[Math.floor((band.lo + band.hi) / 2)];
  },
  'smoothed argmax': (rows) => TRUSTS[smoothedBest(curveOf(rows))],
  'raw argmax': (rows) => TRUSTS[smoothedBest(curveOf(rows), 0)],
  'plateau middle 0.5': (rows) => TRUSTS[plateauMiddle(curveOf(rows), 0.005)],
  'plateau middle 1': (rows) => TRUSTS[plateauMiddle(curveOf(rows), 0.01)],
  'plateau middle 1.5': (rows) => TRUSTS[plateauMiddle(curveOf(rows), 0.015)],
  ...Object.fromEntries([0, 0.05, 0.1, 0.15, 0.2, 0.3].map((t) => [`fixed ${t} (reference)`, () => t])),
};

const OUTER = Number(process.env.OUTER ?? 5);
const ME = /^(IRQ|SYR|YEM|LBN|ISR|PSE|IRN|TUR|SAU|JOR|BHR|KWT|OMN|QAT|ARE|EGY)/;
const stats = new Map(Object.keys(POLICIES).map((k) => [k, { f1: [] as number[], chosen: new Map<number, number>(), me: [] as Pair[], full: [] as number[] }]));
for (const file of process.argv.slice(2)) {
  const { T, rows: raw } = JSON.parse(readFileSync(file, 'utf8'));
  const rows: (Held & { source: string })[] = raw.map((r: any) => ({ e: { id: r.id, features: noFeatures, label: r.label, source: r.source, rules: r.rules }, p: softmaxInto(Float64Array.from(r.z), T), source: r.source }));
  const cas = rows.filter((r) => r.source === 'case');
  const me = rows.filter((r) => r.source === 'acled' && ME.test(r.e.id));
  const line: string[] = [];
  for (const [name, policy] of Object.entries(POLICIES)) stats.get(name)!.full.push(policy(cas));
  for (let s = 0; s < OUTER; s++) {
    const fold = (h: Held) => fnv1a32(`nest${s}:${h.e.id}`) % 5;
    for (const [name, policy] of Object.entries(POLICIES)) {
      const st = stats.get(name)!;
      const held: Pair[] = [];
      for (let k = 0; k < 5; k++) {
        const trust = policy(cas.filter((h) => fold(h) !== k));
        st.chosen.set(trust, (st.chosen.get(trust) ?? 0) + 1);
        for (const h of cas) if (fold(h) === k && h.e.label !== NO_EVENT) held.push(pairOf(h, trust));
        for (const h of me) if (fold(h) === k) st.me.push(pairOf(h, trust));
      }
      st.f1.push(classify(held).weightedF1);
      if (s === 0) line.push(`${name.split(' (')[0]} ${(100 * st.f1.at(-1)!).toFixed(1)}`);
    }
  }
  console.log(`${file} (T ${T}; ${cas.length} CASE, ${me.length} ME): full curve ${curveOf(cas).map((x, i) => `${TRUSTS[i]} ${(100 * x).toFixed(1)}`).join(', ')}`);
  console.log(`  outer seed 0: ${line.join('; ')}`);
}
const pct = (x: number) => (100 * x).toFixed(2);
console.log(`\n| policy | nested CASE wF1 mean | sd | min–max | Δ vs shipped (paired mean, runs ahead/behind) | trust chosen (count) | trust sd | on all of each file | ME acc / macro |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |`);
const shipped = stats.get('one SE, low edge (shipped)')!.f1;
for (const [name, st] of stats) {
  const d = st.f1.map((x, i) => x - shipped[i]);
  const paired = `${(100 * d.reduce((a, x) => a + x, 0) / d.length).toFixed(2)} (${d.filter((x) => x > 1e-9).length}/${d.filter((x) => x < -1e-9).length})`;
  const m = st.f1.reduce((a, x) => a + x, 0) / st.f1.length;
  const sd = Math.sqrt(st.f1.reduce((a, x) => a + (x - m) ** 2, 0) / Math.max(1, st.f1.length - 1));
  const chosen = [...st.chosen].sort((a, b) => a[0] - b[0]).map(([t, n]) => `${t}×${n}`).join(' ');
  const g = classify(st.me);
  const picks = [...st.chosen].flatMap(([t, n]) => Array<number>(n).fill(t));
  const pm = picks.reduce((a, x) => a + x, 0) / picks.length;
  const trustSd = Math.sqrt(picks.reduce((a, x) => a + (x - pm) ** 2, 0) / picks.length).toFixed(3);
  console.log(`| ${name} | ${pct(m)} | ${pct(sd)} | ${pct(Math.min(...st.f1))}–${pct(Math.max(...st.f1))} | ${paired} | ${chosen} | ${trustSd} | ${st.full.join(' ')} | ${pct(g.accuracy)} / ${pct(g.macroF1)} |`);
}
