import { acledAdmin1 } from '../geo/acled-admin1.ts';
import { fatalitiesFor } from './no-fatalities.ts';
import { withArticle } from '../stages/actors/generic.ts';
import type { Actor } from '../model/actor.ts';
import type { Document, EventActor, EventMention } from '../model/document.ts';
import { mentionsOf } from '../model/document.ts';
import type { EventRecord, MentionRole, MentionSpan } from '../model/record.ts';

/** The country the article is mostly about: the most frequent country among its resolved places. */
export function focusCountry(doc: Document): string | null {
  const counts = new Map<string, number>();
  for (const m of mentionsOf(doc, 'PLACE')) {
    if (!m.place?.country || m.demonym || m.site || m.seat) continue;
    counts.set(m.place.country, (counts.get(m.place.country) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [c, k] of counts) if (k > n) [best, n] = [c, k];
  return best;
}

/** Fills an actor name's "{country}" placeholder; without a country the placeholder goes. */
export function actorName(actor: Actor, country: string | null): string {
  if (!actor.name.includes('{country}')) return actor.name;
  // Without a country, "Military Forces of {country}" reads "Military Forces", "Civilians ({country})" reads "Civilians".
  if (!country) return actor.name.replace(/\s*(?:\(\{country\}\)|of \{country\}|\{country\})/, '').trim();
  // ACLED writes "Police Forces of the United States" but "Civilians (United States)"
  return actor.name.replace('of {country}', `of ${withArticle(country)}`).replace('{country}', country);
}

/** ACLED's interaction code: both inter codes, lower first; a lone actor gives inter1 × 10. */
export function interactionCode(inter1: number, inter2: number): number {
  if (!inter1) return inter2 * 10;
  if (!inter2) return inter1 * 10;
  return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
}

function names(list: readonly EventActor[], country: string | null): string | null {
  return list.length ? list.map((a) => actorName(a.actor, country)).join('; ') : null;
}

/** The spans of the words naming the event's actors and place, in text order. */
function mentionSpans(e: EventMention): MentionSpan[] {
  const out: MentionSpan[] = [];
  const add = (role: MentionRole, span: { start: number; end: number } | null | undefined) => {
    if (span && span.end > span.start) out.push({ role, start: span.start, end: span.end });
  };
  add('actor1', e.actor1?.mention);
  add('actor2', e.actor2?.mention);
  for (const a of e.assocActor1) add('assoc_actor_1', a.mention);
  for (const a of e.assocActor2) add('assoc_actor_2', a.mention);
  if (e.place?.place) add('location', e.place);
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** ACLED gives a crowd size to demonstration events only. */
const CROWD_EVENT_TYPES: ReadonlySet<string> = new Set(['Protests', 'Riots']);

export function eventToRecord(doc: Document, e: EventMention, fallbackCountry: string | null): EventRecord {
  const place = e.place?.place ?? null;
  const country = place?.country ?? fallbackCountry;
  const a = doc.article;
  const inter1 = e.actor1?.actor.inter ?? 0;
  const inter2 = e.actor2?.actor.inter ?? 0;
  return {
    event_id: e.id,
    doc_id: doc.id,
    event_date: e.date?.earliest ?? null,
    event_date_end: e.date?.latest ?? null,
    // an undated event is as coarse as a date can be
    time_precision: e.date?.precision ?? 4,
    historical: e.historical,
    disorder_type: e.disorderType,
    event_type: e.eventType,
    sub_event_type: e.subEventType,
    actor1: e.actor1 ? actorName(e.actor1.actor, country) : null,
    assoc_actor_1: names(e.assocActor1, country),
    inter1,
    actor2: e.actor2 ? actorName(e.actor2.actor, country) : null,
    assoc_actor_2: names(e.assocActor2, country),
    inter2,
    interaction: interactionCode(inter1, inter2),
    actor1_mention: e.actor1?.mention?.text ?? null,
    actor2_mention: e.actor2?.mention?.text ?? null,
    country,
    iso3: place?.iso3 ?? null,
    admin1: place ? acledAdmin1(place.countryCode, place.admin1) : null,
    admin2: place?.admin2 ?? null,
    location: place?.name ?? null,
    latitude: place?.latitude ?? null,
    longitude: place?.longitude ?? null,
    geo_precision: place?.precision ?? null,
    geonameid: place?.geonameid ?? null,
    fatalities: fatalitiesFor(e.subEventType, e.fatalities),
    claims: e.claims.map((c) => ({ ...c })),
    evidence: e.evidence.map((s) => ({ start: s.start, end: s.end })),
    notes: e.notes,
    confidence: e.confidence,
    sources: [{ doc_id: doc.id, title: a.title, publisher: a.publisher, url: a.url, published: a.published }],
    decided_by: e.decidedBy ?? 'rules',
    ...(e.crowdSize && CROWD_EVENT_TYPES.has(e.eventType) ? { crowd_size: { ...e.crowdSize } } : {}),
    ...(e.fatalitiesFlag ? { fatalities_flag: { ...e.fatalitiesFlag } } : {}),
    mentions: mentionSpans(e),
  };
}

export function documentToRecords(doc: Document): EventRecord[] {
  const fallback = focusCountry(doc);
  return doc.events.map((e) => eventToRecord(doc, e, fallback));
}
