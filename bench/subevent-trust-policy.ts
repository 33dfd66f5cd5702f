/**
 * Ways of combining the rules' class and the model's, scored offline on out-of-fold logits (bench/subevent-oof.ts):
 * the CASE TRAIN weighted-F1 curve by the one trust in the rules, and a trust per rules' class (coordinate ascent,
 * a class moving only when CASE weighted F1, plus λ × ACLED notes macro-F1, gains more than MARGIN), each judged by
 * nested cross-validation: chosen on four fifths of the snippets, scored on the fifth left, so that 25 choices
 * are not scored on the rows they were fitted to. ME is the held-out Middle East notes of TRAIN (a guard).
 *
 *   node --import tsx bench/subevent-trust-policy.ts OOF.json [...]     (MARGIN=0.003, T=temperature, TABLE=1)
 */
import { readFileSync } from 'node:fs';
import { fnv1a32 } from '../src/model/ids.ts';
import { classify } from '../src/eval/metrics.ts';
import { softmaxInto } from '../src/models/subevent/model.ts';
import { TRUSTS, NO_EVENT, CLASSES, smoothedBest } from '../src/models/subevent/train.ts';
const files = process.argv.slice(2);
const MARGIN = Number(process.env.MARGIN ?? 0.003);
const T0 = process.env.T ? Number(process.env.T) : undefined;
function bestType(p: ArrayLike<number>) { let b = 0; for (let c = 1; c < NO_EVENT; c++) if (p[c] > p[b]) b = c; return b; }
function pick(p: Float64Array, rules: number, trust: number) { if (rules < 0) { const b = bestType(p); return p[b] > p[NO_EVENT] ? b : -1; } return p[rules] >= trust ? rules : bestType(p); }
type Row = { id: string; source: string; label: number; rules: number; p: Float64Array; fifth: number };
const wf1 = (rows: Row[], trust: (r: Row) => number) => classify(rows.filter((r) => r.label !== NO_EVENT).map((r) => { const x = pick(r.p, r.rules, trust(r)); return { gold: String(r.label), pred: x < 0 ? null : String(x) }; }));
const pct = (x: number) => (100 * x).toFixed(1);
for (const f of files) {
  const { T, rows: raw } = JSON.parse(readFileSync(f, 'utf8'));
  const t = T0 ?? T;
  const rows: Row[] = raw.map((r: any) => ({ ...r, p: softmaxInto(Float64Array.from(r.z), t), fifth: fnv1a32(`calibration:${r.id}`) % 5 }));
  const cas = rows.filter((r) => r.source === 'case');
  const acl = rows.filter((r) => r.source === 'acled');
  const me = acl.filter((r) => /^(IRQ|SYR|YEM|LBN|ISR|PSE|IRN|TUR|SAU|JOR|BHR|KWT|OMN|QAT|ARE|EGY)/.test(r.id));
  const curve = TRUSTS.map((tr) => wf1(cas, () => tr).weightedF1);
  const g = TRUSTS[smoothedBest(curve)];
  console.log(`${f} T ${t}: CASE curve ${curve.map((x, i) => `${TRUSTS[i]} ${pct(x)}`).join(', ')}; global ${g} -> ${pct(wf1(cas, () => g).weightedF1)}; ACLED acc/macro ${pct(wf1(acl, () => g).accuracy)}/${pct(wf1(acl, () => g).macroF1)} ME(${me.length}) ${pct(wf1(me, () => g).accuracy)}/${pct(wf1(me, () => g).macroF1)}`);
  // per-class coordinate ascent on a set's weighted F1 (+ lambda * ACLED macro), starting from the global trust; a class moves only when it gains more than MARGIN
  const perClass = (train: Row[], trainAcl: Row[], lambda: number, base: number) => {
    const tr = new Array(CLASSES.length).fill(base);
    const score = () => wf1(train, (r) => tr[r.rules] ?? base).weightedF1 + (lambda ? lambda * wf1(trainAcl, (r) => tr[r.rules] ?? base).macroF1 : 0);
    for (let pass = 0; pass < 2; pass++)
      for (let c = 0; c < CLASSES.length; c++) {
        const keep = tr[c]; let best = score(); let bt = keep;
        for (const x of TRUSTS) { tr[c] = x; const s = score(); if (s > best + MARGIN) { best = s; bt = x; } }
        tr[c] = bt;
      }
    return tr;
  };
  for (const lambda of [0, 0.5]) {
    // nested: choose on 4 fifths of CASE (and ACLED), score on the fifth left
    const pairs: { gold: string; pred: string | null }[] = [];
    const pairsA: { gold: string; pred: string | null }[] = [];
    for (let k = 0; k < 5; k++) {
      const trn = cas.filter((r) => r.fifth !== k); const tst = cas.filter((r) => r.fifth === k);
      const gk = TRUSTS[smoothedBest(TRUSTS.map((x) => wf1(trn, () => x).weightedF1))];
      const tr = perClass(trn, acl.filter((r) => r.fifth !== k), lambda, gk);
      for (const r of tst) if (r.label !== NO_EVENT) { const x = pick(r.p, r.rules, tr[r.rules] ?? gk); pairs.push({ gold: String(r.label), pred: x < 0 ? null : String(x) }); }
      for (const r of me.filter((r) => r.fifth === k)) { const x = pick(r.p, r.rules, tr[r.rules] ?? gk); pairsA.push({ gold: String(r.label), pred: x < 0 ? null : String(x) }); }
    }
    const full = perClass(cas, acl, lambda, g);
    const moved = full.map((x, c) => (x !== g ? `${CLASSES[c]}=${x}` : '')).filter(Boolean).join('; ');
    console.log(`  per-class λ=${lambda}: nested CASE wF1 ${pct(classify(pairs).weightedF1)}; nested ME acc/macro ${pct(classify(pairsA).accuracy)}/${pct(classify(pairsA).macroF1)}; full-fit in-sample ${pct(wf1(cas, (r) => full[r.rules] ?? g).weightedF1)}; moved: ${moved}`);
  }
  // global nested too, for comparison
  const pg: { gold: string; pred: string | null }[] = []; const pgA: { gold: string; pred: string | null }[] = [];
  for (let k = 0; k < 5; k++) {
    const trn = cas.filter((r) => r.fifth !== k);
    const gk = TRUSTS[smoothedBest(TRUSTS.map((x) => wf1(trn, () => x).weightedF1))];
    for (const r of cas.filter((r) => r.fifth === k && r.label !== NO_EVENT)) { const x = pick(r.p, r.rules, gk); pg.push({ gold: String(r.label), pred: x < 0 ? null : String(x) }); }
    for (const r of me.filter((r) => r.fifth === k)) { const x = pick(r.p, r.rules, gk); pgA.push({ gold: String(r.label), pred: x < 0 ? null : String(x) }); }
  }
  console.log(`  global nested CASE wF1 ${pct(classify(pg).weightedF1)}; ME acc/macro ${pct(classify(pgA).accuracy)}/${pct(classify(pgA).macroF1)}`);
  // rules precision per class (ACLED+CASE OOF rows) and a per-class error table for CASE at g
  const by = new Map<number, { n: number; ok: number; modelOk: number; gold: number; hit: number }>();
  for (const r of cas.filter((r) => r.label !== NO_EVENT)) {
    const x = pick(r.p, r.rules, g);
    const s = by.get(r.label) ?? { n: 0, ok: 0, modelOk: 0, gold: 0, hit: 0 }; s.gold++; if (x === r.label) s.hit++; by.set(r.label, s);
    if (r.rules >= 0) { const q = by.get(r.rules) ?? { n: 0, ok: 0, modelOk: 0, gold: 0, hit: 0 }; q.n++; if (r.rules === r.label) q.ok++; if (bestType(r.p) === r.label) q.modelOk++; by.set(r.rules, q); }
  }
  if (process.env.TABLE) for (const [c, s] of [...by].sort((a, b) => a[1].gold - a[1].hit - (b[1].gold - b[1].hit))) console.log(`    ${CLASSES[c].padEnd(38)} gold ${s.gold} right ${s.hit} | rules coded ${s.n}, rules right ${s.ok}, model-best right ${s.modelOk}`);
}
