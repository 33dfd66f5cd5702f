import { sentenceAt, type Document, type EventMention } from '../../model/document.ts';
import type { EventType } from '../../model/taxonomy.ts';

/** The types a crowd's action is coded as: the arrests made there are part of it. */
const CROWD_TYPES: ReadonlySet<EventType> = new Set(['Protests', 'Riots']);
/** How many sentences after a protest is told its arrests may follow ("Police used tear gas. Eight people were detained."). */
const FOLLOW_ON = 2;

const sentencesOf = (doc: Document, ev: EventMention): number[] => ev.evidence.map((e) => sentenceAt(doc.sentences, e.start)).filter((i) => i >= 0);

const sameDay = (a: EventMention, b: EventMention): boolean =>
  !!a.date && !!b.date && a.date.earliest <= b.date.latest && b.date.earliest <= a.date.latest;

/** The same place, or one of the two unplaced: the arrests told beside a protest often name no place of their own. */
function samePlace(a: EventMention, b: EventMention): boolean {
  const p = a.place?.place;
  const q = b.place?.place;
  if (!p || !q) return true;
  return p.geonameid !== null && p.geonameid === q.geonameid ? true : p.name === q.name;
}

/**
 * "Police broke up the march with tear gas. Eight people were detained, the office said.", "police made five arrests":
 * arrests made at a protest or a riot the article tells are part of that event (ACLED codes a protest met with
 * arrests as one event, a protest with intervention), not a second, political arrest. An arrest told on the
 * protest's day and at its place, in a sentence of the protest or within the next two, is that protest's; the news
 * gold never codes an arrest beside the protest it was made at.
 */
export function arrestAtProtest(doc: Document, ev: EventMention): boolean {
  if (ev.subEventType !== 'Arrests') return false;
  const told = sentencesOf(doc, ev);
  if (!told.length) return false;
  const at = Math.min(...told);
  return doc.events.some(
    (p) =>
      p !== ev &&
      !p.historical &&
      CROWD_TYPES.has(p.eventType) &&
      sameDay(p, ev) &&
      samePlace(p, ev) &&
      sentencesOf(doc, p).some((i) => i <= at && at - i <= FOLLOW_ON),
  );
}
