#!/usr/bin/env node
/**
 * Actor errors on matched news events: for each gold event the scorer pairs with a predicted one, prints gold vs
 * predicted actor1/actor2 with the gold's evidence sentence, and counts actor1 and actor2 agreement (the scorer's
 * rule: parentheses stripped, token Jaccard ≥ 0.5; actor1 also counts when the pair is swapped, as the scorer does).
 *
 *   node bench/actor-errors.mjs GOLD.json PRED.jsonl ARTICLES.jsonl… [--historical] [--quiet]
 *
 * PRED.jsonl is `sitrep eval news … --pred-out F`. Matching is score-news.mjs's strict matching (same type, dates
 * within ±2 days, within 50 km); --historical also pairs background events with predicted historical ones.
 * Reads ../shared (evaluation only); prints article text to the terminal, never writes it.
 */
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const [goldPath, predPath, ...articlePaths] = args.filter((a) => !a.startsWith('--'));
const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
const preds = readFileSync(predPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((e) => e.doc_id in gold);
const texts = new Map();
for (const p of articlePaths) for (const l of readFileSync(p, 'utf8').split('\n')) if (l.trim()) { const a = JSON.parse(l); if (a.id in gold) texts.set(a.id, a.text); }

const km = (a, b, c, d) => { const r = Math.PI / 180; const h = Math.sin((c - a) * r / 2) ** 2 + Math.cos(a * r) * Math.cos(c * r) * Math.sin((d - b) * r / 2) ** 2; return 12742 * Math.asin(Math.sqrt(h)); };
const day = (s) => Date.parse(String(s).slice(0, 10) + 'T00:00:00Z') / 864e5;
const norm = (s) => String(s ?? '').toLowerCase().replace(/\(.*?\)/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim();
const actorMatch = (g, p) => {
  const a = norm(g), b = norm(p);
  if (!a) return !b;
  if (!b) return false;
  if (a === b) return true;
  const ta = new Set(a.split(' ')), tb = new Set(b.split(' '));
  const inter = [...ta].filter((t) => tb.has(t)).length;
  return inter / new Set([...ta, ...tb]).size >= 0.5;
};
const cc = (s) => norm(s).replace(/^the /, '');
function dist(g, p) {
  const gs = day(g.event_date) - 2, ge = day(g.event_date_end || g.event_date) + 2;
  const ps = day(p.event_date), pe = day(p.event_date_end || p.event_date);
  if (!(ps <= ge && pe >= gs)) return Infinity;
  if (!Number.isFinite(p.latitude) || !Number.isFinite(g.latitude)) return Infinity;
  const d = km(g.latitude, g.longitude, p.latitude, p.longitude);
  if (d <= 50) return d;
  if ((g.geo_precision ?? 1) >= 3 && cc(g.country) === cc(p.country)) return 50;
  return Infinity;
}
function match(gs, ps) {
  const pairs = [];
  gs.forEach((g, i) => ps.forEach((p, j) => { if (g.event_type !== p.event_type) return; const d = dist(g, p); if (d < Infinity) pairs.push([d, i, j]); }));
  pairs.sort((a, b) => a[0] - b[0]);
  const ug = new Set(), up = new Set(), out = [];
  for (const [, i, j] of pairs) if (!ug.has(i) && !up.has(j)) { ug.add(i); up.add(j); out.push([gs[i], ps[j]]); }
  return out;
}
const quote = (id, spans) => {
  const t = texts.get(id);
  if (!t || !Array.isArray(spans)) return typeof spans === 'string' ? spans : '';
  return spans.map((s) => t.slice(s.start, s.end)).join(' … ').replace(/\s+/g, ' ');
};

let n = 0, a1 = 0, a2 = 0, both = 0;
const counts = { a1null: 0, swapped: 0, a1wrong: 0, a2null: 0, a2wrong: 0, a2extra: 0 };
for (const [id, g] of Object.entries(gold)) {
  const all = preds.filter((e) => e.doc_id === id);
  const pairs = match(g.events.filter((e) => !e.historical), all.filter((e) => !e.historical));
  if (flags.has('--historical')) pairs.push(...match(g.events.filter((e) => e.historical), all.filter((e) => e.historical)));
  for (const [ge, pe] of pairs) {
    n++;
    const swapped = !actorMatch(ge.actor1, pe.actor1) && actorMatch(ge.actor1, pe.actor2) && actorMatch(ge.actor2, pe.actor1);
    const ok1 = actorMatch(ge.actor1, pe.actor1) || swapped;
    const ok2 = actorMatch(ge.actor2, pe.actor2) || swapped;
    a1 += ok1; a2 += ok2; both += ok1 && ok2;
    if (swapped) counts.swapped++;
    else if (!ok1) counts[pe.actor1 ? 'a1wrong' : 'a1null']++;
    if (!ok2 && !swapped) counts[!pe.actor2 ? 'a2null' : !ge.actor2 ? 'a2extra' : 'a2wrong']++;
    if (flags.has('--quiet') || (ok1 && ok2 && !swapped)) continue;
    console.log(`${id} ${ge.historical ? 'HIST ' : ''}${ge.sub_event_type} @ ${ge.location} ${ge.event_date}${swapped ? '  [SWAPPED]' : ''}`);
    console.log(`  actor1 ${ok1 && !swapped ? 'ok ' : 'BAD'} gold=${JSON.stringify(ge.actor1)} pred=${JSON.stringify(pe.actor1)} (${JSON.stringify(pe.actor1_mention)})`);
    console.log(`  actor2 ${ok2 && !swapped ? 'ok ' : 'BAD'} gold=${JSON.stringify(ge.actor2)} pred=${JSON.stringify(pe.actor2)} (${JSON.stringify(pe.actor2_mention)})`);
    console.log(`  gold: ${quote(id, ge.evidence)}`);
    console.log(`  pred: ${quote(id, pe.evidence)}`.slice(0, 600));
  }
}
const pct = (x) => (n ? ((100 * x) / n).toFixed(1) : '-');
console.log(JSON.stringify({ matched: n, actor1: pct(a1), actor2: pct(a2), both: pct(both), ...counts }));
