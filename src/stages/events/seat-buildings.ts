import type { Document, Mention } from '../../model/document.ts';

/** Buildings and palaces that stand for a government: the White House, the Kremlin, the Pentagon, Downing Street's No. 10. */
const SEAT_CODES = new Set(['BLDG', 'CSTL']);
/** A preposition of place right before the building: "outside the White House", "a plane crashed into the Pentagon". */
const LOCATIVE_BEFORE = /\b(?:in|at|outside|near|into|inside|on|onto|to|towards?|around|across\s+from|in\s+front\s+of|opposite|behind|past|from|of)\s+(?:the\s+)?$/i;

/**
 * "The Pentagon will delay a ban", "the White House said", "the Kremlin denied": a seat of government named as the one that
 * acts or speaks is the government, whatever verb follows, and lends no event its place. Only where the words before it
 * make it a place ("protesters outside the White House", "the attack on the Pentagon") and in the event's own sentences
 * is the building the scene.
 */
export function seatAsGovernment(doc: Document, m: Mention, sentenceIndexes: readonly number[]): boolean {
  if (m.kind !== 'PLACE' || !m.place || !SEAT_CODES.has(m.place.featureCode)) return false;
  if (!sentenceIndexes.includes(m.sentence)) return true;
  return !LOCATIVE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 25), m.start));
}
