import type { Document, Mention } from '../../model/document.ts';

/**
 * Where people fled to, not where the violence was: "thousands fled to Lebanon after air strikes on the town",
 * "survivors fled across the border into Uganda", "families sought refuge in Jordan", "refugees have crossed into
 * Kenya". The flight's end is a safe place the story names beside the scene it was fled from. Crossing counts only with
 * the people fleeing as its subject: "militants crossed into Chad and attacked" is the attack's scene.
 */
const FLED_TO_BEFORE =
  /\b(?:fled|flee|flees|fleeing|escaped|escaping|evacuated|relocated|displaced|driven|were\s+forced)\s+(?:(?:their|his|her|the|homes?|villages?|towns?|area|city|fighting|violence|persecution|again|abroad|south|north|east|west|across|over|the|border|frontier|by\s+(?:boat|foot|land|sea))\s+){0,4}(?:to|into|for)\s+(?:neighbou?ring\s+|nearby\s+|safety\s+in\s+)?(?:the\s+)?$|\b(?:sought|seeking|seek|seeks|taken|took|taking|take|find|found|finding|given)\s+(?:refuge|shelter|sanctuary|asylum)\s+(?:in|inside)\s+(?:neighbou?ring\s+|nearby\s+)?(?:the\s+)?$|\b(?:refugees|civilians|residents|families|villagers|people|survivors|migrants|displaced)\s+(?:[\w-]+\s+){0,2}?(?:crossed|crossing|cross|poured|pouring|streamed|streaming)\s+(?:the\s+border\s+)?into\s+(?:neighbou?ring\s+)?(?:the\s+)?$/i;

export function flightDestination(doc: Document, m: Mention): boolean {
  return m.kind === 'PLACE' && FLED_TO_BEFORE.test(doc.text.slice(Math.max(0, m.start - 120), m.start));
}

/** A trip's verbs and nouns right before its destination: "will visit Singapore", "travels to Singapore", "a trip to Seoul". */
const TRIP_BEFORE = /\b(?:visit|visits|travel\s+to|travels\s+to|travelling\s+to|traveling\s+to|fly\s+to|flies\s+to|flying\s+to|head\s+to|heads\s+to|heading\s+to|go\s+to|goes\s+to|going\s+to|trip\s+to|visit\s+to|journey\s+to|tour\s+of|tour\s+to|stop\s+in|stopover\s+in)\s+(?:the\s+)?$/i;
/** Words that make a trip one not yet made: "will visit", "is due to travel to", "a planned trip to". */
const FUTURE_BEFORE = /\b(?:will|would|shall|'ll|plans?\s+to|planning\s+to|plan\s+to|due\s+to|set\s+to|scheduled\s+to|expected\s+to|intends?\s+to|is\s+to|are\s+to|was\s+to|hopes?\s+to|(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+)?(?:planned|upcoming|forthcoming|scheduled|proposed|expected|future|next|possible)\b)[^.;,]{0,30}$/i;
/** A time ahead after the destination: "… Singapore next week", "later this month", "in the coming days". */
const FUTURE_AFTER = /^[^.;]{0,40}?\b(?:next\s+(?:week|month|year|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|later\s+(?:this|in\s+the)\s+(?:week|month|year)|in\s+the\s+coming\s+(?:days|weeks|months)|tomorrow)\b/i;

/**
 * A planned trip's destination: "the president will visit Singapore next week for a summit", "days before he travels
 * to Singapore next week". The trip has not happened, and what the story reports happened elsewhere. Only a trip the
 * words place ahead (a future or plan before it, or a time to come after it): "protesters met the minister on a visit
 * to X" is venue-places.ts's, and a past arrival ("troops travelled to X and clashed") may be the scene.
 */
export function plannedTripDestination(doc: Document, m: Mention): boolean {
  if (m.kind !== 'PLACE') return false;
  const before = doc.text.slice(Math.max(0, m.start - 90), m.start);
  const trip = TRIP_BEFORE.exec(before);
  if (!trip) return false;
  return FUTURE_BEFORE.test(before.slice(0, trip.index + trip[0].length)) || FUTURE_AFTER.test(doc.text.slice(m.end, m.end + 60));
}
