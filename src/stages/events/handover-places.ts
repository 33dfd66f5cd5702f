import type { Document, Mention } from '../../model/document.ts';

/**
 * Where something was done about an event after it or far from it, which is not where it happened:
 * - a hand-over or a release site: "the kidnappers handed the hostages over to Red Cross officials in Tunis", "the two
 *   nuns were released in Doha", "freed in Niamey" (the abduction happened elsewhere; the hostages were brought there);
 * - where a decision was taken: "the decision to strike was taken in Washington", "the order was given in Moscow" (the
 *   strikes fell in Syria).
 * Only a passive release counts ("were freed in"): "troops freed hostages in Mosul" is a rescue at that very place.
 */
const HANDOVER_BEFORE = new RegExp(
  [
    // "handed them over in", "handing the bodies over to the Red Cross in", "handed over to Turkish officials in"
    String.raw`\b(?:hand(?:ed|ing|s)?|turn(?:ed|ing|s)?)\s+(?:[\w'’-]+\s+){0,3}?over\s+(?:to\s+(?:[\w'’.-]+\s+){1,5}?)?(?:in|at)\s+$`,
    // "were released in", "had been freed in", "was set free in"
    String.raw`\b(?:was|were|been|being|are|is)\s+(?:(?:later|eventually|finally|safely|unharmed|quietly)\s+)?(?:released|freed|set\s+free|handed\s+over|repatriated|flown)\s+(?:(?:unharmed|safely|later)\s+)?(?:to\s+(?:[\w'’.-]+\s+){1,4}?)?(?:in|at)\s+$`,
    // "the decision to … was taken in", "orders were given from"
    String.raw`\b(?:decisions?|orders?)\b(?:\s+[\w'’-]+){0,8}?\s+(?:was|were|had\s+been|has\s+been|is|are)\s+(?:(?:clearly|already|probably)\s+)?(?:taken|made|given|issued|reached)\s+(?:in|from)\s+$`,
  ].join('|'),
  'i',
);

export function handoverPlace(doc: Document, m: Mention): boolean {
  return m.kind === 'PLACE' && HANDOVER_BEFORE.test(doc.text.slice(Math.max(0, m.start - 100), m.start));
}
