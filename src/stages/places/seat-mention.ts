import type { Document, PlaceMention } from '../../model/document.ts';
import { stableId } from '../../model/ids.ts';
import type { Place } from '../../model/place.ts';

/**
 * A place a rule reads from words that name no place ("the Supreme Court", "the country's north", "the Gulf kingdom"):
 * an event's place, not a toponym. It carries `seat`, so the geoparser does not print it and the event picker takes it
 * over the dateline or another sentence's town, never over a town its own clause names. One builder for seats.ts,
 * country-parts.ts and country-epithets.ts, so the three stay alike.
 */
export function seatMention(doc: Document, start: number, end: number, sentence: number, place: Place): PlaceMention {
  return { id: stableId('pl', doc.id, start, end), kind: 'PLACE', start, end, sentence, text: doc.text.slice(start, end), confidence: 0.5, by: 'places', place, seat: true, decidedBy: 'rule' };
}
