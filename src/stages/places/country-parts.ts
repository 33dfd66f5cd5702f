import { sentenceAt, type Document, type PlaceMention } from '../../model/document.ts';
import { seatMention } from './seat-mention.ts';
import type { Place } from '../../model/place.ts';

/** A compass part: "north", "north-east", "northeast", "centre". */
const PART = String.raw`(?:(?:far\s+)?(?:north|south)(?:[\s-]?(?:east|west))?|(?:far\s+)?(?:east|west)|cent(?:re|er)|interior|heartland)`;
/** The same as an adjective: "northern", "north-eastern", "central". */
const PART_ADJ = String.raw`(?:(?:north|south)(?:[\s-]?(?:east|west))?ern|(?:east|west)ern|central)`;
/** Words that may stand between "the country's" and the part: "the country's restive north", "its mainly Muslim south". */
const QUALIFIER = String.raw`(?:(?:restive|troubled|volatile|remote|lawless|rugged|impoverished|oil-rich|oil-producing|war-torn|conflict-hit|(?:mainly|mostly|predominantly)\s+[\p{L}-]+)\s+)?`;

/**
 * "in the country's north", "the country's restive north-east", "the north of the country", "northern parts of the
 * country", "the country's northern region": a part of the country the story is about, named without any place name.
 * The dateline city ("BAGHDAD (Reuters) - … killed six policemen in the country's north") is where the reporter files
 * from; an event in such a part happened somewhere in that region, which ACLED codes at the country (precision 3),
 * never at the capital the reporter sits in.
 */
const COUNTRY_PART = new RegExp(
  [
    String.raw`\bthe\s+country(?:['’]s|\s+s)\s+${QUALIFIER}(?:${PART}|${PART_ADJ}(?:\s+(?:regions?|provinces?|states?|parts?|areas?|districts?|borderlands?))?)\b`,
    String.raw`\bthe\s+${QUALIFIER}${PART}\s+of\s+the\s+country\b`,
    String.raw`\b${PART_ADJ}\s+(?:parts?|areas?|regions?|provinces?)\s+of\s+the\s+country\b`,
    // "in a remote area of the country", "a village in the country's", "elsewhere in the country": somewhere in it the
    // story does not name, which is no more the dateline's city than the country's north is
    String.raw`\b(?:an?|one)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:area|part|region|corner|village|hamlet|town|district|province)\s+(?:of|in)\s+the\s+country\b(?![-\s]+(?:side|club|music|house)\b)`,
    String.raw`\belsewhere\s+in\s+the\s+country\b`,
  ].join('|'),
  'giu',
);
/**
 * Every alternative above reads "the country" (spaced and cased as there): a story without it holds no match. One scan for
 * it spares the alternation, which V8 tries at every character, in the stories that lack it (84% of the Reuters general
 * sample, 77% of its conflict one): the scan over the general sample took 23% of the CPU it had taken.
 */
const THE_COUNTRY = /the\s+country/iu;

/**
 * The mentions of a part of the story's country (`country`, the country the places stage finds the story about). Each is
 * an event's place, not a toponym, as an institution's seat is: it carries `seat`, so the geoparser does not print it
 * and the event picker takes it over the dateline or another sentence's town, never over a town its own clause names.
 */
export function countryParts(doc: Document, country: Place | null): PlaceMention[] {
  if (!country) return [];
  const out: PlaceMention[] = [];
  if (!THE_COUNTRY.test(doc.text)) return out;
  for (const hit of doc.text.matchAll(COUNTRY_PART)) {
    const start = hit.index;
    const end = start + hit[0].length;
    const sentence = sentenceAt(doc.sentences, start);
    if (sentence < 0) continue;
    out.push(seatMention(doc, start, end, sentence, { ...country, precision: 3 }));
  }
  return out;
}
