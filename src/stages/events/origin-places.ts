import type { Document, Mention } from '../../model/document.ts';

/**
 * Where a thing was made or got, or where someone lives or sits out an exile, told beside an event that happened
 * elsewhere: "chemical weapons procured in Iraq", "rifles bought in Nevada", "fighters trained in Pakistan", "was living
 * under house arrest at a guarded villa in the UAE capital Abu Dhabi", "in self-imposed exile in Belgium". None is the
 * scene of the strike, the clash or the arrest told around it.
 */
const ORIGIN_BEFORE =
  /(?:\b(?:procured|manufactured|made|produced|bought|purchased|acquired|trained|educated|printed|built|assembled)\s+(?:[\w-]+\s+){0,2}?in\s+|\b(?:(?:was|is|were|are|had\s+been|has\s+been|have\s+been)\s+living|lives|resides|resided)\s+(?:[\w'’-]+\s+){0,8}?in\s+|\bexile\s+in\s+)(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i;

/**
 * A person's home town, told to say who they are: "from his hometown of Ghazni", "a native of Tikrit", "originally
 * from Homs", "who hails from Kano", and set off after a name, "al-Mesmari, from the Libyan city of Derna, was captured
 * by Egyptian forces" (the capture was in Egypt). Said of the one the event befell or the one who did it, it is still
 * not where it happened. ("Two men from the village of X were killed" is not set off, and stays: often the very scene.)
 */
const HOMETOWN_BEFORE =
  /(?:\b(?:home\s?town|native\s+(?:town|village|city|province)|birthplace|home\s+(?:town|village|city|province))\s+(?:of\s+)?|\bnative\s+of\s+|\boriginally\s+(?:from|of)\s+|\bhails?\s+from\s+|\bhailing\s+from\s+)(?:the\s+)?$/i;
/** A name set off by a comma (an age may follow), then "from the … city of": case matters here, so apart from the above. */
const NAME_FROM_TOWN_BEFORE = /\p{Lu}[\p{L}'’-]+,\s+(?:\d{1,3},\s+)?(?:an?\s+[a-z-]+\s+)?from\s+the\s+(?:[\p{L}.'’-]+\s+){0,2}?(?:city|town|village|province|region|state|suburb|district|county)\s+of\s+$/u;
/** "James Hodgkinson, 66, from Belleville, Illinois, opened fire": a name and its age set off, then "from" a place. */
const NAME_AGE_FROM_BEFORE = /\p{Lu}[\p{L}'’-]+,\s+\d{1,3},\s+(?:an?\s+[a-z-]+\s+)?from\s+$/u;
/** "Belleville, Illinois": a container set off after a home town is the home's too; group 1 ends where the town starts. */
const CONTAINED_BEFORE = /(?:^|[^\p{L}.'’-])((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*),\s+$/u;
const NAME_FROM_BEFORE = /\p{Lu}[\p{L}'’-]+,\s+(?:\d{1,3},\s+)?(?:an?\s+[a-z-]+\s+)?from\s+the\s+$/u;
const KIND_OF_AFTER = /^\s+(?:city|town|village|province|region|state|suburb|district|county)\s+of\s/;

export function originPlace(doc: Document, m: Mention): boolean {
  if (m.kind !== 'PLACE') return false;
  return originAt(doc.text, m.start, m.end, 1);
}

function originAt(text: string, start: number, end: number, depth: number): boolean {
  const before = text.slice(Math.max(0, start - 100), start);
  // ("from the Libyan city of": the people's name there says the same home's country)
  const homeCountry = NAME_FROM_BEFORE.test(before) && KIND_OF_AFTER.test(text.slice(end, end + 20));
  if (ORIGIN_BEFORE.test(before) || HOMETOWN_BEFORE.test(before) || NAME_FROM_TOWN_BEFORE.test(before) || NAME_AGE_FROM_BEFORE.test(before) || homeCountry) return true;
  // "from the St. Louis suburb of Belleville, Illinois": the state after a home town is where that home is
  const contained = depth > 0 ? CONTAINED_BEFORE.exec(before) : null;
  if (!contained) return false;
  const townStart = start - before.length + (contained.index ?? 0) + contained[0].indexOf(contained[1]);
  return originAt(text, townStart, townStart + contained[1].length, depth - 1);
}
