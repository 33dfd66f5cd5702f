/**
 * Where events of whole news articles go wrong on place or date: for each gold current event, the
 * predicted current event of its article that best fits it (same event type, nearest by place and date),
 * and whether place (≤ 50 km, or same country where the gold names only a region/country) and date
 * (overlap ± 2 days) agree. Prints the disagreeing pairs with the gold's and the prediction's evidence
 * sentence, and counts per cause, so place and date errors can be grouped by mechanism.
 *   node --import tsx bench/news-place-date.ts GOLD.json PRED.jsonl ARTICLES.jsonl… [--split dev|test|all]
 * PRED.jsonl is `sitrep eval news … --pred-out F`. Prints figures and quotes to stdout; writes nothing.
 */
import { readFileSync } from 'node:fs';
import { inSplit, type Split } from '../src/model/ids.ts';

const args = process.argv.slice(2);
const splitAt = args.indexOf('--split');
const split = (splitAt >= 0 ? args[splitAt + 1] : 'all') as Split;
const files = args.filter((a, k) => !a.startsWith('--') && (splitAt < 0 || k !== splitAt + 1));
const [goldPath, predPath, ...articleFiles] = files;
type Ev = Record<string, any>;
const gold: Record<string, { date: string; events: Ev[] }> = JSON.parse(readFileSync(goldPath, 'utf8'));
const preds: Ev[] = readFileSync(predPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const texts = new Map<string, string>();
for (const f of articleFiles) for (const l of readFileSync(f, 'utf8').split('\n').filter(Boolean)) { const a = JSON.parse(l); texts.set(a.id, a.text); }

const km = (a: number, b: number, c: number, d: number) => { const r = Math.PI / 180; const h = Math.sin(((c - a) * r) / 2) ** 2 + Math.cos(a * r) * Math.cos(c * r) * Math.sin(((d - b) * r) / 2) ** 2; return 12742 * Math.asin(Math.sqrt(h)); };
const day = (s: string) => Date.parse(String(s).slice(0, 10) + 'T00:00:00Z') / 864e5;
const cc = (s: string) => String(s ?? '').toLowerCase().replace(/[^a-z]+/g, ' ').trim().replace(/^the /, '');
const placeOk = (g: Ev, p: Ev) => Number.isFinite(p.latitude) && (km(g.latitude, g.longitude, p.latitude, p.longitude) <= 50 || ((g.geo_precision ?? 1) >= 3 && cc(g.country) === cc(p.country)));
const dateOk = (g: Ev, p: Ev) => p.event_date != null && day(p.event_date) <= day(g.event_date_end || g.event_date) + 2 && day(p.event_date_end || p.event_date) >= day(g.event_date) - 2;
/** the sentence around a span, one line */
const sentence = (text: string | undefined, s?: { start: number; end: number }) => {
  if (!text || !s) return '';
  const a = Math.max(text.lastIndexOf('. ', s.start) + 2, text.lastIndexOf('\n', s.start) + 1, s.start - 200);
  let b = text.indexOf('. ', s.end);
  if (b < 0 || b - s.end > 200) b = Math.min(text.length, s.end + 120);
  return text.slice(a, b + 1).replace(/\s+/g, ' ');
};

const counts: Record<string, number> = {};
const bump = (k: string) => (counts[k] = (counts[k] ?? 0) + 1);
let goldN = 0;
for (const [id, g] of Object.entries(gold)) {
  if (!inSplit(id, split)) continue;
  const text = texts.get(id);
  const ps = preds.filter((p) => p.doc_id === id && !p.historical);
  const used = new Set<Ev>();
  for (const ge of g.events.filter((e) => !e.historical)) {
    goldN++;
    const same = ps.filter((p) => p.event_type === ge.event_type && !used.has(p));
    const score = (p: Ev) => (placeOk(ge, p) ? 0 : 2) + (dateOk(ge, p) ? 0 : 1);
    const best = same.sort((a, b) => score(a) - score(b))[0];
    if (!best) { bump('no prediction of the type'); continue; }
    used.add(best);
    const [po, dd] = [placeOk(ge, best), dateOk(ge, best)];
    if (po && dd) { bump('place and date right'); continue; }
    const cause = !po && !dd ? 'place and date wrong' : !po ? 'place wrong' : 'date wrong';
    bump(cause);
    const d = Number.isFinite(best.latitude) ? Math.round(km(ge.latitude, ge.longitude, best.latitude, best.longitude)) : NaN;
    console.log(`\n${id} [${cause}] ${ge.sub_event_type}`);
    console.log(`  gold: ${ge.location} (${ge.country}, p${ge.geo_precision}) ${ge.event_date}${ge.event_date_end && ge.event_date_end !== ge.event_date ? '..' + ge.event_date_end : ''}  published ${g.date}`);
    console.log(`  pred: ${best.location} (${best.country}, p${best.geo_precision}) ${best.event_date}${best.event_date_end !== best.event_date ? '..' + best.event_date_end : ''}  ${d} km`);
    console.log(`  gold says: ${sentence(text, ge.evidence?.[0])}`);
    const pm = best.mentions?.find((m: Ev) => m.role === 'location');
    console.log(`  pred says: ${sentence(text, best.evidence?.[0])}${pm && text ? `  [place word: "${text.slice(pm.start, pm.end)}"]` : ''}`);
    if (text && !/^.{0,80}\(Reuters\)/.test(text)) void 0;
  }
}
console.log(`\n${goldN} gold current events:`, JSON.stringify(counts));
