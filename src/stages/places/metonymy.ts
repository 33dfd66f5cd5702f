import type { Document, PlaceMention } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
import { isCountry } from '../../geo/gazetteer.ts';

/**
 * Words after any place name that make it its government or people: "Washington said", "Moscow's response", "the Kremlin denies",
 * "demanding that the Kurdistan Regional Government quit" (a region's government names no scene, nor a namesake village of the region).
 */
const GOVERNMENT_AFTER =
  /^(?:'s|’s|\s+(?:said|says|say|accused|accuses|denied|denies|announced|announces|wants|warned|warns|told|urged|urges|rejected|insists|believes|officials?|spokes(?:man|woman|person)|administration|government|authorities|leadership|backed|ally|allies|(?:regional|provincial|state|federal|local|interim|transitional|autonomous)\s+(?:government|administration|authority|authorities|council))\b)/i;

/**
 * "Kabul's Shi'ite district", "Syria's Deir al-Zor province": a possessive before a kind of place keeps the owner a place
 * (also where the copy lost the apostrophe: "Syria s border").
 */
const PLACE_AFTER_POSSESSIVE = /^(?:'s|’s| s)\s+(?:[\w'’-]+\s+){0,3}?(?:district|province|governorate|regions?|city|town|village|border|frontier|north|south|east|west|northeast|northwest|southeast|southwest|capital|outskirts|countryside|neighbou?rhood|quarter|suburbs?|desert|coast|port|airport)\b/i;

/**
 * What a state or its seat does as an actor: "Washington has turned to …", "the United States steps up air strikes",
 * "Tehran is complying", "for Washington to strike …", "U.S.-backed fighters", "Saudi-led coalition". The verbs are
 * those of governments; a passive ("Kabul was hit") or a noun ("Kabul residents") keeps the name a place.
 */
const AGENT_AFTER = new RegExp(
  // "which the United States and its allies blamed on …": the state and its partners act together
  String.raw`^(?:\s+and\s+(?:its|their)\s+(?:[a-z]+\s+)?(?:allies|partners)(?=\s))?(?:\s*[-–]\s*(?:backed|led|allied|aligned|sponsored|supported|brokered)\b|\s+(?:(?:has|have|had|been|will|would|could|may|might|must|should|did|does|also|again|then|now|not|never|later|first|still|already|reportedly|recently|itself|strongly|firmly|repeatedly|has\s+since)\s+)*` +
    String.raw`(?:turned|turns|took|takes|sent|sends|launched|launches|carried|carries|deployed|deploys|imposed|imposes|expelled|expels|supports|supported|backs|blamed|blames|condemned|condemns|demanded|demands|threatened|threatens|pledged|pledges|agreed|agrees|signed|signs|decided|decides|declined|declines|refused|refuses|ordered|orders|vowed|vows|called|calls|hopes|hoped|plans|planned|sought|seeks|steps|stepped|intervened|intervenes|responded|responds|recalled|recalls|summoned|summons|approved|approves|considers|considered|views|viewed|regards|regarded|maintains|maintained|complied|complies|struck|strikes|retaliated|retaliates|sanctioned|sanctions|opposed|opposes|welcomed|welcomes|delivered|delivers|provided|provides|invested|invests|funded|funds|financed|finances|donated|donates|supplied|supplies|sold|sells|gave|gives|offered|offers|criticized|criticised|praised|hailed|issued|voiced|lodged|protested|hoping|confirmed|confirms|acknowledged|acknowledges|insisted|stated|declared|declares|(?:is|are|was|were)\s+[a-z]+ing|to\s+(?:strike|attack|send|impose|deploy|intervene|act|respond|retaliate|withdraw|take|support|arm))\b)`,
  'i',
);

/**
 * A state or its seat before a modal and a verb in the active: "Moscow and Washington might be able to …", "France and
 * the rest of Europe must use …", "the Pentagon will delay a ban", "said Berlin had no plans to": what a government will
 * do or has, never a scene ("Kabul will be hit" is passive and stays a place).
 */
const MODAL_AGENT_AFTER =
  /^(?:\s+and(?:\s+[\w.'’-]+){1,5}?)?\s+(?:(?:will|would|could|might|may|can|cannot|must|should|shall)(?:\s+(?:not|also|still|now|never|soon|then|\w+ly))*\s+(?!be\s+[a-z]+(?:ed|en)\b)[a-z]+|(?:has|had|have)\s+no)\b/;

/**
 * "detained by Tehran", "ties between Ankara and Washington", "talks with Tehran": the other party, not a scene; and
 * the one a government addresses or acts on ("Turkey urged the United States", "Erdogan accused Washington",
 * "could force Berlin to", "to ensure Tehran never obtains").
 */
const AGENT_BEFORE =
  /\b(?:by|between|urged|urging|urges|accused|accusing|accuses|warned|warning|warns|told|telling|tells|pressed|pressing|presses|criticized|criticised|criticizing|criticising|condemned|condemning|blamed|blaming|thanked|praised|asked|asking|called\s+on|calling\s+on|calls\s+on|force|forced|forcing|ensure|ensuring|persuade|persuaded|convince|convinced|sanctioned|recognized|recognised|recognize|recognise)\s+(?:the\s+)?$/i;
/**
 * "officials who called Ankara their only genuine partner", "hailed Washington as an ally", "regard Tehran as a threat":
 * a state or its seat as what others call or deem it is a party they judge, never a scene. Both halves are needed: the
 * verb before and the predicate after ("a town called Kabul" alone is no judgment).
 */
const DEEMED_BEFORE = /\b(?:call|calls|called|calling|hail|hails|hailed|hailing|describe|describes|described|describing|consider|considers|considered|considering|regard|regards|regarded|regarding|see|sees|saw|seeing|brand|brands|branded|branding|label|labels|labell?ed|labell?ing|deem|deems|deemed)\s+(?:the\s+)?$/i;
const DEEMED_AFTER = /^\s+(?:as\b|(?:a|an|the|their|its|his|her|our|my|your)\s)/i;
/**
 * "Turkey is the best friend to Somalia", "Iran has been a key ally of Assad": a state said to be someone's friend, ally or
 * backer is the same party judged, in the copula's words.
 */
const PARTNER_AFTER =
  /^\s+(?:is|was|has\s+been|had\s+been|remains|remained|became|has\s+become)\s+(?:a|an|the|their|its|his|her|our|my|your)\s+(?:[\w-]+\s+){0,3}?(?:friends?|ally|allies|partners?|supporters?|backers?|patrons?|donors?|brothers?|benefactors?|enemy|enemies|rivals?|adversary|foe)\b/i;
/** Not "against" or "towards": "a missile fired towards Riyadh" names its target. */
const PARTY_BEFORE_CAPITAL = /\bwith\s+$/i;
/** "relations with the United States", "talks with Iran": a state as the other party, whatever its rank. */
const PARTY_BEFORE_STATE = /\b(?:relations|ties|talks|dialogue|alliance|cooperation|dispute|tensions?|rift|row|negotiations|deal|agreement|partnership)\s+with\s+(?:the\s+)?$/i;

/** A preposition of place before the name: then it is where something happens, whatever follows. */
const LOCATIVE_BEFORE = /\b(?:in|at|near|to|into|inside|outside|across|around|throughout|from|of|on|over|off)\s+(?:the\s+)?$/i;

/** A list of names closed by the one that acts: "Ankara, Moscow and Tehran announced", "Germany, Italy, the Netherlands and Canada issued a statement". */
const LIST_LINK = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/;

/** Names that stand for a government as often as for a place: countries, capitals, seats ("the White House", "the Kremlin"). */
function seatOrState(p: Place): boolean {
  return isCountry(p) || p.featureCode === 'PPLC' || p.featureCode === 'BLDG' || p.featureCode === 'CSTL';
}

function standsAlone(doc: Document, m: PlaceMention): boolean {
  const after = doc.text.slice(m.end, m.end + 60);
  const before = doc.text.slice(Math.max(0, m.start - 30), m.start);
  // "a battle over the smuggling hub of Sabratha said it had taken control": a lesser town after "of", "in" or "over"
  // ends a longer subject's phrase; only a seat or a state speaks for a government
  if (GOVERNMENT_AFTER.test(after)) return !PLACE_AFTER_POSSESSIVE.test(after) && !(m.place && !seatOrState(m.place) && LOCATIVE_BEFORE.test(before));
  if (!m.place || !seatOrState(m.place)) return false;
  if (LOCATIVE_BEFORE.test(before)) return false;
  return AGENT_AFTER.test(after) || MODAL_AGENT_AFTER.test(after) || AGENT_BEFORE.test(before) || (DEEMED_BEFORE.test(before) && DEEMED_AFTER.test(after)) || PARTNER_AFTER.test(after) || PARTY_BEFORE_STATE.test(doc.text.slice(Math.max(0, m.start - 50), m.start)) || (!isCountry(m.place) && PARTY_BEFORE_CAPITAL.test(before));
}

/**
 * The mentions that name a government or its people rather than a scene: "the White House said", "Washington's
 * allegations", "Washington has turned to …", "detained by Tehran", "Ankara, Moscow and Tehran announced a deal".
 */
export function governmentMentions(doc: Document, mentions: readonly PlaceMention[]): Set<PlaceMention> {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out = new Set<PlaceMention>();
  for (let i = sorted.length - 1; i >= 0; i--) {
    const m = sorted[i];
    const next = sorted[i + 1];
    const listed = next !== undefined && out.has(next) && next.sentence === m.sentence && LIST_LINK.test(doc.text.slice(m.end, next.start)) && m.place !== null && seatOrState(m.place);
    if (listed || standsAlone(doc, m)) out.add(m);
  }
  return out;
}

/** Whether the words after a name make it the owner of a kind of place ("Syria's border", "Cameroon s regions"). */
export function possessorOfPlace(after: string): boolean {
  return PLACE_AFTER_POSSESSIVE.test(after);
}
