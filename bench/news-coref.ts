/**
 * Event coreference and event dates of whole news articles, against the own news gold (issue 10: one real event is
 * one record; its date is its own clause's). Each predicted current event is linked to the gold current events whose
 * evidence its own evidence overlaps (else, failing that, the gold event of its type it could match on place and date):
 *   - duplicates: a gold event linked to two or more predicted events (the extra records are the count);
 *   - false merges: a predicted event whose evidence covers two gold events that cannot be one (other place or day);
 *   - date accuracy: of predicted events linked to a gold event, the share whose dates overlap the gold's within ±2 days
 *     and the share whose days overlap the gold's with no slack; linked to a historical gold event but emitted as current counts apart.
 *   node --import tsx bench/news-coref.ts GOLD.json PRED.jsonl ARTICLES.jsonl… [--split dev|test|all] [--quiet]
 * PRED.jsonl is `sitrep eval news … --pred-out F`. Prints figures (and, unless --quiet, the cases); writes nothing.
 */
import { readFileSync } from 'node:fs';
import { inSplit, type Split } from '../src/model/ids.ts';
import { matchDistance, type GoldNewsEvent, type PredictedNewsEvent } from '../src/eval/news.ts';

const args = process.argv.slice(2);
const splitAt = args.indexOf('--split');
const split = (splitAt >= 0 ? args[splitAt + 1] : 'all') as Split;
const quiet = args.includes('--quiet');
const files = args.filter((a, k) => !a.startsWith('--') && (splitAt < 0 || k !== splitAt + 1));
const [goldPath, predPath, ...articleFiles] = files;
type Span = { start: number; end: number };
type Gold = GoldNewsEvent & { evidence?: Span[] };
type Pred = PredictedNewsEvent & { evidence?: Span[]; notes?: string };
const gold: Record<string, { date: string; events: Gold[] }> = JSON.parse(readFileSync(goldPath, 'utf8'));
const preds: Pred[] = readFileSync(predPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const texts = new Map<string, string>();
for (const f of articleFiles) for (const l of readFileSync(f, 'utf8').split('\n').filter(Boolean)) { const a = JSON.parse(l); texts.set(a.id, a.text); }
// dev.json quotes its evidence instead of giving offsets: found in the text, it becomes a span
for (const [id, doc] of Object.entries(gold)) {
  for (const g of doc.events as { evidence?: unknown }[]) {
    const quoted = g.evidence;
    if (typeof quoted !== 'string') continue;
    const at = (texts.get(id) ?? '').indexOf(quoted);
    g.evidence = at >= 0 ? [{ start: at, end: at + quoted.length }] : [];
  }
}

const overlaps = (a: readonly Span[] = [], b: readonly Span[] = []) => a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
const day = (s: unknown) => Date.parse(String(s).slice(0, 10) + 'T00:00:00Z') / 864e5;
const dayOk = (g: Gold, p: Pred) => p.event_date != null && day(p.event_date) <= day(g.event_date_end || g.event_date) && day(p.event_date_end || p.event_date) >= day(g.event_date);
const dateOk = (g: Gold, p: Pred) => p.event_date != null && day(p.event_date) <= day(g.event_date_end || g.event_date) + 2 && day(p.event_date_end || p.event_date) >= day(g.event_date) - 2;
/** Two gold events that cannot be one: no overlap of days (±2) or more than 50 km apart. */
const distinct = (a: Gold, b: Gold) => matchDistance(a, b as unknown as PredictedNewsEvent) === Infinity && matchDistance(b, a as unknown as PredictedNewsEvent) === Infinity;
const quote = (id: string, s?: Span) => (s ? (texts.get(id) ?? '').slice(s.start, Math.min(s.end, s.start + 220)).replace(/\s+/g, ' ') : '');
const show = (p: Pred) => `${p.sub_event_type} @ ${p.location} ${p.event_date}${p.event_date_end && p.event_date_end !== p.event_date ? '..' + p.event_date_end : ''} [${p.actor1} / ${p.actor2}]`;
const showG = (g: Gold) => `${g.sub_event_type} @ ${g.location} ${g.event_date}${g.event_date_end && g.event_date_end !== g.event_date ? '..' + g.event_date_end : ''}${g.historical ? ' (historical)' : ''}`;

let predN = 0, linked = 0, dup = 0, dupGold = 0, falseMerge = 0, dateRight = 0, dateExact = 0, histAsCurrent = 0, currentAsHist = 0;
const lines: string[] = [];
for (const [id, doc] of Object.entries(gold)) {
  if (!inSplit(id, split)) continue;
  const ps = preds.filter((p) => p.doc_id === id && !p.historical);
  predN += ps.length;
  const cur = doc.events.filter((g) => !g.historical);
  const hist = doc.events.filter((g) => g.historical);
  for (const p of preds.filter((q) => q.doc_id === id && q.historical)) {
    const g = cur.find((c) => overlaps(p.evidence, c.evidence) && c.event_type === p.event_type);
    if (!g) continue;
    currentAsHist++;
    lines.push(`${id} CURRENT-AS-HIST ${show(p)}\n   gold ${showG(g)} (published ${doc.date})\n   pred: ${quote(id, p.evidence?.[0])}`);
  }
  const linkOf = new Map<Pred, Gold | null>();
  for (const p of ps) {
    const byEvidence = cur.filter((g) => overlaps(p.evidence, g.evidence));
    // of several, the one it matches on place and date, else the one of its type, else the first told
    const best =
      byEvidence.sort((a, b) => matchDistance(a, p) - matchDistance(b, p) || Number(b.event_type === p.event_type) - Number(a.event_type === p.event_type))[0] ??
      cur.filter((g) => g.event_type === p.event_type && matchDistance(g, p) < Infinity).sort((a, b) => matchDistance(a, p) - matchDistance(b, p))[0] ??
      null;
    linkOf.set(p, best);
    if (best) {
      linked++;
      if (dateOk(best, p)) dateRight++;
      else lines.push(`${id} DATE ${show(p)}\n   gold ${showG(best)} (published ${doc.date})\n   pred: ${quote(id, p.evidence?.[0])}`);
      if (dayOk(best, p)) dateExact++;
      else if (dateOk(best, p)) lines.push(`${id} DAY-OFF ${show(p)}\n   gold ${showG(best)} (published ${doc.date})\n   pred: ${quote(id, p.evidence?.[0])}`);
    } else if (hist.some((g) => overlaps(p.evidence, g.evidence))) {
      histAsCurrent++;
      const g = hist.find((h) => overlaps(p.evidence, h.evidence))!;
      lines.push(`${id} HIST-AS-CURRENT ${show(p)}\n   gold ${showG(g)} (published ${doc.date})\n   pred: ${quote(id, p.evidence?.[0])}`);
    }
    const covered = byEvidence.length > 1 ? byEvidence : [];
    if (covered.some((a, i) => covered.slice(i + 1).some((b) => distinct(a, b)))) {
      falseMerge++;
      lines.push(`${id} MERGED-TWO ${show(p)}\n   gold ${covered.map(showG).join(' | ')}`);
    }
  }
  for (const g of cur) {
    const same = ps.filter((p) => linkOf.get(p) === g);
    if (same.length < 2) continue;
    dupGold++;
    dup += same.length - 1;
    lines.push(`${id} DUP x${same.length} gold ${showG(g)}\n${same.map((p) => `   ${show(p)}: ${quote(id, p.evidence?.[0])}`).join('\n')}`);
  }
}
if (!quiet) console.log(lines.join('\n'));
const pc = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');
console.log(
  `split ${split}: predicted current ${predN}, linked to a gold current event ${linked}; duplicates ${dup} extra records over ${dupGold} gold events; ` +
    `false merges ${falseMerge}; date ±2d ${pc(dateRight, linked)}% (${dateRight}/${linked}), overlapping the gold's days ${pc(dateExact, linked)}%; historical gold emitted as current ${histAsCurrent}, current gold (same type) emitted as historical ${currentAsHist}`,
);
