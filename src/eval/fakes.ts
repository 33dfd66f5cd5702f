import { readFileSync } from 'node:fs';
import { SitrepError } from '../errors.ts';
import { inSplit, type Split } from '../model/ids.ts';
import { actorCategory, causeAgrees, fakesActorOf, fakesCauseOf, placeKey, type FakesActor, type FakesCause } from './fakes-tables.ts';

/**
 * Scoring of whole-article extraction against FA-KES (../shared/data/news-fakes-syria): 804 Syrian-war articles from
 * 15 outlets, each with one crowd-coded incident (place, actor category, cause of death, numbers killed). Per article
 * Sitrep's current violent events (Battles, Explosions/Remote violence, Violence against civilians) are compared with
 * the coding:
 * - incident found: at least one such event (over all articles);
 * - place: one of them has admin1 or location equal to the coded place after placeKey (over all articles);
 * - actor, cause, fatalities: on the best event (below), over the articles with an incident found (cause leaves
 *   out the articles coded "unknown").
 * The best event is the violent event in the coded place (any violent event when none is) with the most fatalities,
 * the first in the article on a tie: the headline incident, chosen without looking at the coded actor or cause.
 */

export const VIOLENT_TYPES: ReadonlySet<string> = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);

export interface FakesCoding {
  readonly id: string;
  readonly location: string;
  readonly actor: FakesActor | null;
  readonly actorText: string;
  readonly cause: FakesCause | null;
  readonly killed: number;
}

/** The fields of a predicted event record the scorer reads. */
export interface FakesPrediction {
  readonly doc_id: string;
  readonly event_type: string;
  readonly sub_event_type: string;
  readonly actor1: string | null;
  readonly admin1: string | null;
  readonly location: string | null;
  readonly fatalities: number | null;
  readonly historical: boolean;
}

export function codingFromRow(row: Record<string, unknown>): FakesCoding {
  const n = (v: unknown) => {
    const x = Number.parseInt(String(v ?? '0'), 10);
    return Number.isFinite(x) ? x : 0;
  };
  const actorText = String(row.actor ?? '');
  return {
    id: String(row.id),
    location: placeKey(String(row.location ?? '')),
    actor: fakesActorOf(actorText),
    actorText,
    cause: fakesCauseOf(String(row.cause_of_death ?? '')),
    killed: n(row.nb_civilians) + n(row.nb_noncivilians),
  };
}

export function readFakesAnnotations(file: string, split: Split): FakesCoding[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new SitrepError('E_INPUT_NOT_FOUND', `cannot read FA-KES annotations: ${(e as Error).message}`, { file });
  }
  const out: FakesCoding[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new SitrepError('E_INPUT_FORMAT', `FA-KES annotations line ${i + 1} is not JSON`, { file });
    }
    if (typeof row.id !== 'string') throw new SitrepError('E_INPUT_FORMAT', `FA-KES annotations line ${i + 1} has no id`, { file });
    if (inSplit(row.id, split)) out.push(codingFromRow(row));
  }
  return out;
}

export interface FakesArticleResult {
  readonly id: string;
  readonly found: boolean;
  readonly place: boolean;
  /** null when not scored (no incident found; for cause also a coded "unknown"). */
  readonly actor: boolean | null;
  readonly cause: boolean | null;
  readonly fatalitiesExact: boolean | null;
  readonly fatalities20: boolean | null;
  /** The mismatching fields, "field=coded got=predicted", for --verbose. */
  readonly mismatches: readonly string[];
}

const inPlace = (p: FakesPrediction, place: string) => placeKey(p.admin1) === place || placeKey(p.location) === place;

export function bestEvent(events: readonly FakesPrediction[], place: string): FakesPrediction | null {
  const here = events.filter((e) => inPlace(e, place));
  let best: FakesPrediction | null = null;
  for (const e of here.length ? here : events) if (!best || (e.fatalities ?? 0) > (best.fatalities ?? 0)) best = e;
  return best;
}

/** Within 20% of the coded number (exact when it is 0). */
export function within20(got: number, coded: number): boolean {
  return Math.abs(got - coded) <= 0.2 * coded;
}

export function scoreArticle(coding: FakesCoding, predictions: readonly FakesPrediction[]): FakesArticleResult {
  const violent = predictions.filter((p) => !p.historical && VIOLENT_TYPES.has(p.event_type));
  if (!violent.length) {
    const others = [...new Set(predictions.filter((p) => !p.historical).map((p) => p.event_type))];
    return { id: coding.id, found: false, place: false, actor: null, cause: null, fatalitiesExact: null, fatalities20: null, mismatches: [`incident=none${others.length ? ` (current: ${others.join(', ')})` : ''}`] };
  }
  const mismatches: string[] = [];
  const place = violent.some((p) => inPlace(p, coding.location));
  if (!place) mismatches.push(`place=${coding.location} got=${[...new Set(violent.map((p) => `${p.admin1 ?? '-'}/${p.location ?? '-'}`))].join(';')}`);
  const best = bestEvent(violent, coding.location)!;
  const got = actorCategory(best.actor1);
  const actor = coding.actor !== null && got === coding.actor;
  if (!actor) mismatches.push(`actor=${coding.actor ?? coding.actorText} got=${got ?? 'other'} (${best.actor1 ?? 'none'})`);
  let cause: boolean | null = null;
  if (coding.cause && coding.cause !== 'unknown') {
    cause = causeAgrees(coding.cause, best.sub_event_type);
    if (!cause) mismatches.push(`cause=${coding.cause} got=${best.sub_event_type}`);
  }
  const n = best.fatalities ?? 0;
  const fatalitiesExact = n === coding.killed;
  if (!fatalitiesExact) mismatches.push(`killed=${coding.killed} got=${best.fatalities ?? 'null'}`);
  return { id: coding.id, found: true, place, actor, cause, fatalitiesExact, fatalities20: within20(n, coding.killed), mismatches };
}

export interface FakesScore {
  readonly articles: number;
  readonly incident_found: number;
  readonly place: number;
  readonly actor: number;
  readonly cause: number;
  readonly fatalities_exact: number;
  readonly fatalities_20pct: number;
  /** Denominators: articles with an incident found, and those of them with a known cause. */
  readonly found_articles: number;
  readonly cause_articles: number;
}

const pct = (k: number, n: number) => (n ? +((100 * k) / n).toFixed(1) : 0);
const count = (xs: readonly (boolean | null)[]) => xs.filter((x) => x === true).length;

export function scoreFakes(codings: readonly FakesCoding[], predictions: readonly FakesPrediction[]): { score: FakesScore; results: FakesArticleResult[] } {
  const byDoc = new Map<string, FakesPrediction[]>();
  for (const p of predictions) {
    const list = byDoc.get(p.doc_id);
    if (list) list.push(p);
    else byDoc.set(p.doc_id, [p]);
  }
  const results = codings.map((c) => scoreArticle(c, byDoc.get(c.id) ?? []));
  const found = results.filter((r) => r.found);
  const withCause = found.filter((r) => r.cause !== null);
  const score: FakesScore = {
    articles: results.length,
    incident_found: pct(found.length, results.length),
    place: pct(count(results.map((r) => r.place)), results.length),
    actor: pct(count(found.map((r) => r.actor)), found.length),
    cause: pct(count(withCause.map((r) => r.cause)), withCause.length),
    fatalities_exact: pct(count(found.map((r) => r.fatalitiesExact)), found.length),
    fatalities_20pct: pct(count(found.map((r) => r.fatalities20)), found.length),
    found_articles: found.length,
    cause_articles: withCause.length,
  };
  return { score, results };
}

export function formatFakesScore(s: FakesScore): string {
  const head = ['articles', 'incident found %', 'place %', 'actor %', 'cause %', 'fatalities exact %', 'within 20% %'];
  const row = [s.articles, s.incident_found, s.place, s.actor, s.cause, s.fatalities_exact, s.fatalities_20pct].map(String);
  const w = head.map((h, i) => Math.max(h.length, row[i]!.length));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(w[i]!)).join('  ');
  return `${line(head)}\n${line(row)}\n(place over all articles; actor, fatalities over the ${s.found_articles} with an incident found; cause over the ${s.cause_articles} of those with a known cause)\n`;
}

export function formatFakesVerbose(results: readonly FakesArticleResult[]): string {
  return results.filter((r) => r.mismatches.length).map((r) => `${r.id}  ${r.mismatches.join('  ')}`).join('\n') + '\n';
}
