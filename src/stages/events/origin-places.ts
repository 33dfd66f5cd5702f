import type { Document, Mention } from '../../model/document.ts';

/**
 * Where a thing was made or got, or where someone lives or sits out an exile, told beside an event that happened
 * elsewhere: "chemical weapons procured in Iraq", "rifles bought in Nevada", "fighters trained in Pakistan", "was living
 * under house arrest at a guarded villa in the UAE capital Abu Dhabi", "in self-imposed exile in Belgium". None is the
 * scene of the strike, the clash or the arrest told around it.
 */
const ORIGIN_BEFORE =
  /(?:\b(?:procured|manufactured|made|produced|bought|purchased|acquired|trained|educated|printed|built|assembled)\s+(?:[\w-]+\s+){0,2}?in\s+|\b(?:(?:was|is|were|are|had\s+been|has\s+been|have\s+been)\s+living|lives|resides|resided)\s+(?:[\w'’-]+\s+){0,8}?in\s+|\bexile\s+in\s+)(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i;

export function originPlace(doc: Document, m: Mention): boolean {
  return m.kind === 'PLACE' && ORIGIN_BEFORE.test(doc.text.slice(Math.max(0, m.start - 100), m.start));
}
