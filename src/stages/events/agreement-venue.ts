import type { Document, PlaceMention } from '../../model/document.ts';
import type { Span } from '../../model/span.ts';
import { isSupraRegion } from '../../geo/gazetteer.ts';

/** A trigger that tells an agreement: a deal, a truce, a peace accord, a prisoner swap. */
const AGREEMENT_TRIGGER = /\b(?:agreement|ceasefire|cease-fire|truce|peace\s+(?:deal|accord|agreement)|accord|prisoner\s+(?:swap|exchange)|signed\s+(?:a|an)\s+(?:deal|accord|agreement)|reconciliation\s+(?:deal|agreement))\b/i;

/**
 * Where an agreement was reached: "signed a peace deal in Addis Ababa", "a truce brokered in Astana", "after talks in
 * Geneva", "the two sides met in Khartoum and agreed". ACLED places an agreement where it was signed or negotiated, which
 * is often a third country's capital; the parties' own capitals ("the government in Juba and rebels") are not.
 */
const VENUE_BEFORE =
  /\b(?:sign(?:ed|ing|s)?|reached|struck|brokered|agreed|concluded|finali[sz]ed|negotiated|mediated|talks|negotiations|summit|meeting|met|meet|conference)\b(?:\s+(?!in\b)[\p{L}\d'’-]+){0,6}?\s+(?:in|at)\s+(?:the\s+)?(?:(?:[\p{L}'’-]+\s+){0,2}?(?:capital|city)\s+(?:of\s+)?)?$/iu;

/** How far from the trigger the venue may be named, in characters. */
const REACH = 160;

/**
 * The place an agreement event's sentence names as where it was signed or negotiated (VENUE_BEFORE), or null when the
 * trigger tells no agreement or the sentence names no venue. The venue beats the place rules' choice, which shun a
 * meeting's city as a statement's venue (venue-places.ts) and fall back on a party's capital.
 */
export function agreementVenue(doc: Document, sentenceIndexes: readonly number[], near: Span): PlaceMention | null {
  if (!AGREEMENT_TRIGGER.test(doc.text.slice(near.start, near.end))) return null;
  const venues = doc.mentions.filter(
    (m): m is PlaceMention =>
      m.kind === 'PLACE' &&
      m.place !== null &&
      !m.demonym &&
      !m.site &&
      !isSupraRegion(m.place) &&
      sentenceIndexes.includes(m.sentence) &&
      Math.abs(m.start - near.start) <= REACH &&
      VENUE_BEFORE.test(doc.text.slice(Math.max(doc.sentences[m.sentence]?.start ?? 0, m.start - 90), m.start)),
  );
  return venues.sort((a, b) => Math.abs(a.start - near.start) - Math.abs(b.start - near.start))[0] ?? null;
}
