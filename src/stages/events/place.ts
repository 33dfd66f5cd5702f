import type { Document, Mention, PlaceMention } from '../../model/document.ts';
import { overlaps, type Span } from '../../model/span.ts';
import { distanceKm, isCountry, isCountryPart, isNaturalFeature, isSupraRegion } from '../../geo/gazetteer.ts';
import { choosePlace, datelineSpan } from '../places/index.ts';
import { governmentMentions, possessorOfPlace } from '../places/metonymy.ts';
import { strayNamesakes } from './stray-namesakes.ts';
import { datelineFocus } from './dateline-focus.ts';
import { outletName } from './outlet-names.ts';
import { constituency } from './constituency.ts';
import { originPlace } from './origin-places.ts';
import { forcesHome } from './forces-home.ts';
import { speechVenue } from './venue-places.ts';
import { topicPlace } from './topic-places.ts';
import { otherAttackTarget } from './other-target.ts';
import { seatAsGovernment } from './seat-buildings.ts';
import { groupNamePart } from './group-name-places.ts';
import { cityOfQuarter } from './city-quarters.ts';
import { nearSideFirst, sideOfBorderScene } from './border-sides.ts';
import { inOtherEventPhrase } from './other-event-phrase.ts';
import { nationwideScene } from './nationwide.ts';
import { handoverPlace } from './handover-places.ts';
import { describedFacility } from './described-facility.ts';
import { launchOrigin } from './launch-origin.ts';
import { placeOfOtherEvent } from './lent-places.ts';
import { agreementVenue } from './agreement-venue.ts';
import { perDocument, perMention } from './mention-memo.ts';
import { flightDestination, plannedTripDestination } from './journey-ends.ts';

/**
 * Words that open another clause: a place beyond one belongs to another statement ("… as IS defends Raqqa"), which
 * the event may still borrow when its own clause names none.
 */
const CLAUSE_BREAK = new RegExp(
  [
    String.raw`\b(?:as|while|whereas|but|although|though)\b|;`,
    // "…, police said, suggesting a shift …", "…, saying the group planned attacks in …": a comment clause after a comma
    // tells what someone makes of the event, and the places in it belong to that comment
    String.raw`,\s*(?:suggesting|saying|adding|indicating|signall?ing|raising|prompting|underscoring|highlighting|sparking|fuell?ing|reviving)\b`,
  ].join('|'),
  'i',
);

/**
 * Words that open the telling of another, earlier event, by which this one is dated or measured: "stormed a police
 * post in Ghazni province …, a week after an attack on Kunduz", "The arrest, a year after a truck attack in Berlin, …",
 * "… since it lost control of its stronghold in Mosul", "since the fall of Raqqa". A place beyond one is that event's,
 * never this one's, even when its own clause names none ("since Monday", "since 2014", "since then" only date it).
 */
const OTHER_EVENT = new RegExp(
  [
    String.raw`\b(?:a|an|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before)\b`,
    String.raw`\bsince\s+(?!(?:(?:early|late|mid|last|this)[\s-]+)?(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|then|yesterday|dawn|midnight|noon|morning|the\s+(?:start|beginning|end|weekend|morning|evening|summer|winter|spring|autumn)|last|early|late|mid)\b)`,
  ].join('|'),
  'i',
);

/**
 * A relative clause after the trigger's ("killed three soldiers in Mali, where France has troops based in Gao", "…, which
 * borders …"): a place in it describes what the clause hangs on, not where the event happened. Only after the trigger:
 * a place before ", where" is the scene the clause's own event happened at ("in the town of Mandera, where gunmen killed").
 */
const RELATIVE_AFTER = /,\s*(?:where|which|who|whose|whom)\b/i;

/** "last month", "this week", "earlier this year": words after a place that say when, which a tagger may read as an adjective. */
const TIME_AFTER = /^ (?:(?:last|this|next|earlier|later|late|early)\b|since\b|until\b)/i;

/**
 * A state's institution named after the state: "the U.S. State Department said", "the U.S. Embassy", "U.S. Army". It says whose
 * the statement or the troops are; the clashes the department is concerned about happened elsewhere ("in Kenya").
 */
const INSTITUTION_AFTER =
  /^ (?:State Department|(?:Defense|Defence|Justice|Treasury|Homeland Security|Commerce) Department|(?:Foreign|Interior|Defense|Defence) Ministry|Embassy|Consulate|Congress|Senate|Navy|Army|Air Force|Marines?|Coast Guard|Central Command|Special Forces|Ambassador|Secretary of State)\b/;

/** Parts of speech of a word that a country's name may qualify: "U.S. warplane", "U.S. intelligence officials". */
const QUALIFIED = new Set(['NOUN', 'ADJ']);

/**
 * A country's name used as a modifier: "a U.S. consulate employee", "U.S. warplanes", "a kidnapped U.S.-Canadian couple".
 * It says whose the person or thing is, not where the event happened ("the arrest of a U.S. consulate employee" in Istanbul).
 */
export function attributiveCountry(doc: Document, m: Mention): boolean {
  if (m.kind !== 'PLACE' || !m.place) return false;
  const after = doc.text.slice(m.end, m.end + 30);
  // "Syria s border with Lebanon": wire copy that lost its apostrophes prints the possessive as a lone "s", a noun to the
  // tagger; before a kind of place it is "Syria's" and says where ("Syria's border" lies in Syria). Before anything
  // else ("Kenya s deputy chief justice") it still says whose, as the qualifier the tagger takes it for.
  if (LOST_POSSESSIVE.test(after) && possessorOfPlace(doc.text.slice(m.end, m.end + 80))) return false;
  // "according to a White House report", "a Kremlin spokesman", "Pentagon officials": a seat of government before a noun
  // says whose the report or the official is ("the White House lawn" is the building itself)
  if (SEAT_CODES.has(m.place.featureCode)) return /^ \p{Ll}/u.test(after) && !SEAT_GROUNDS_AFTER.test(after) && !TIME_AFTER.test(after) && nextIsQualified(doc, m);
  // "Sarah Leah Whitson, Middle East director at Human Rights Watch": a region before a noun is someone's remit too
  if (!(isCountry(m.place) || isSupraRegion(m.place))) return false;
  // "U.S.-Canadian", "U.S.-Iraqi": two nationalities joined
  if (/^[-–]\p{Lu}\p{Ll}+(?:an|ian|ean|ish|ese|i)\b/u.test(after)) return true;
  if (INSTITUTION_AFTER.test(after)) return true;
  if (!/^ \p{Ll}/u.test(after)) return false;
  // "arrested in Greece last month", "in Turkey this week": a time after the name dates the event there, it qualifies nothing
  if (TIME_AFTER.test(after)) return false;
  return nextIsQualified(doc, m);
}

/** A possessive whose apostrophe the copy lost: "Syria s". */
const LOST_POSSESSIVE = /^ s\b/;

/** Whether the word right after a name is a noun or an adjective it may qualify. */
function nextIsQualified(doc: Document, m: Mention): boolean {
  const next = doc.tokens.find((t) => t.start === m.end + 1);
  return next !== undefined && QUALIFIED.has(next.pos);
}

/** Buildings and palaces that stand for a government: the White House, the Kremlin, the Pentagon. */
const SEAT_CODES = new Set(['BLDG', 'CSTL']);
/** The building's own grounds: there it is the place. */
const SEAT_GROUNDS_AFTER = /^ (?:lawn|grounds|gates?|fence|compound|premises|roof|entrance)\b/i;

/**
 * A job a place name qualifies: "Middle East director at Human Rights Watch", "the U.N. Syria envoy", "Asia editor", and a
 * trade its market or city names ("a Wall Street banker", "a London lawyer", "a Hong Kong businessman"): who someone is, not
 * where anything happened.
 */
const TITLE_AFTER = /^\s+(?:(?:deputy|regional|senior|country|programme|program|investment|corporate|property)\s+)?(?:directors?|envoys?|representatives?|correspondents?|researchers?|analysts?|experts?|specialists?|editors?|coordinators?|advis[eo]rs?|scholars?|watchers?|bureau chief|bankers?|financiers?|investors?|traders?|brokers?|fund managers?|lawyers?|attorneys?|lobbyists?|executives?|businessm[ae]n|businesswom[ae]n|tycoons?|entrepreneurs?|consultants?|economists?|strategists?)\b/i;

/**
 * A place named in someone's job title says what the job covers, not where anything happened: any place, a region
 * ("Middle East") as much as a country, so this is not left to attributiveCountry's part-of-speech test.
 */
export function placeInTitle(doc: Document, m: Mention): boolean {
  return m.kind === 'PLACE' && TITLE_AFTER.test(doc.text.slice(m.end, m.end + 40));
}

/**
 * A people's name before a place or its police names the country as a place: "a Syrian air base", "the Iraqi town of",
 * "Turkish police detained" (police act at home), "the Turkish frontier with Iraq" (the near side of the border). Elsewhere ("Russian forces", "Palestinian lands", "a Saudi-led
 * coalition") a demonym says whose, never where; "Saudi authorities" stays the government (metonymy.ts). "The Iraqi
 * capital" is not here: it is one city, and the country in its stead merged a Baghdad bombing with every other in Iraq.
 */
const LOCATIVE_AFTER_DEMONYM =
  /^\s+(?:(?:military|army|air|naval|government|border|capital|northern|southern|eastern|western|central|rebel-held|opposition-held)\s+)?(?:air\s?base|airbase|air\s?field|airfield|airstrip|base|airport|town|city|village|province|border\s+(?:town|city|crossing|guards?|with)|frontier\s+with|soil|territory|coast|side\s+of\s+the\s+border|police|riot\s+police|security\s+services)\b/i;

export function locativeDemonym(doc: Document, m: Mention): boolean {
  return m.kind === 'PLACE' && m.place !== null && isCountry(m.place) && LOCATIVE_AFTER_DEMONYM.test(doc.text.slice(m.end, m.end + 40));
}

/**
 * A name made into an adjective by a participle joined to it: "a Florida-based travel company", "a London-born engineer",
 * "a Stanford-educated activist", "a Texas-raised gunman", "Iran-backed fighters", "a Damascus-bound convoy". It says
 * where someone was based, schooled or from, who backs them or where they were heading, never where the event happened;
 * only the clause's own place ("… arrested in Cairo") puts the event somewhere.
 */
const COMPOUND_AFTER = /^[-–](?:\p{Ll}{2,}(?:ed|en)|born|bred|made|built|led|run|grown|bound|owned|sponsored)\b/u;

/**
 * Names that place no event wherever they stand: the first half of a compound adjective ("Kabul-based") and where a
 * statement was made or a meeting held ("said in Brussels"), and a former state. The model's fallback event, which has no trigger and so
 * no clause, skips them too.
 */
export function neverScene(doc: Document, m: Mention): boolean {
  // nor does a former state ("independence from Yugoslavia"): its land is today's countries'
  // nor where people fled to, nor a trip's destination not yet reached (journey-ends.ts)
  return compoundAdjective(doc, m) || speechVenue(doc, m) || flightDestination(doc, m) || plannedTripDestination(doc, m) || (m.kind === 'PLACE' && m.place?.featureCode === 'PCLH');
}

/** Whether a place is the first half of such a compound adjective ("Kabul-based"). */
export function compoundAdjective(doc: Document, m: Mention): boolean {
  return m.kind === 'PLACE' && COMPOUND_AFTER.test(doc.text.slice(m.end, m.end + 20));
}

/** "the pro-Assad commander", "anti-Damascus protests": a name after pro- or anti- is a side taken, not a scene (Assad is no Al Asadah). */
const SIDE_TAKEN_BEFORE = /\b(?:pro|anti)-$/i;

/** The tests of chooseNamedPlace that read only the document and the place, answered once per story and place. */
const once = {
  locativeDemonym: perMention(locativeDemonym),
  attributiveCountry: perMention(attributiveCountry),
  placeInTitle: perMention(placeInTitle),
  outletName: perMention(outletName),
  constituency: perMention(constituency),
  originPlace: perMention(originPlace),
  // (neverScene also holds the compound adjective, "Kabul-based")
  neverScene: perMention(neverScene),
  handoverPlace: perMention(handoverPlace),
  topicPlace: perMention(topicPlace),
  groupNamePart: perMention(groupNamePart),
};
const straysOf = perDocument(strayNamesakes);

/**
 * The event's place, by the places stage's rule, after dropping two kinds of place mention:
 * names that are part of an actor's name ("Shahid Ahmad al-Abdo group" — the actors stage runs
 * after places and knows better), and places of the trigger's sentence that sit in another clause.
 */
function chooseNamedPlace(doc: Document, sentenceIndexes: readonly number[], near: Span, inOtherClause: (m: Mention) => boolean, inOtherEvent: (m: Mention) => boolean): PlaceMention | null {
  // (a country's name read as the state struck, "strikes on Syria", still says where)
  const names = doc.mentions.filter((m) => m.kind === 'ACTOR' && (m.via === 'name' || m.via === 'pattern') && !m.struck);
  // a small town of a country the story names by no other word is a namesake ("Crimea" read as Cremia, Italy)
  const stray = straysOf(doc);
  // a demonym ("Palestinian lands") says whose, never where; so does a country's name before a noun ("a U.S. consulate employee")
  // and any place in a job title ("Middle East director"); a site is no event's place, nor an outlet's name ("Petra news agency") or a lawmaker's state ("John Larson of Connecticut"),
  // nor where a thing was got or someone lives ("weapons procured in Iraq", "exile in Belgium"), where someone spoke or
  // visited ("said during a visit to London"), nor where hostages were handed over or a decision taken (handover-places.ts), nor what a dispute is about ("recognition of Jerusalem as"), nor another
  // attack's target the story recalls ("an earlier attack on a church in Cairo"), nor a seat of government that acts
  // ("the Pentagon will delay", "the Kremlin denied"), nor a town read out of a group's given name ("a group called Christian State - Holy Rus")
  const named = doc.mentions
    // ("Saudi authorities" is also the actor's name: there the demonym is the point)
    .filter((m) => !stray(m) && !(m.kind === 'PLACE' && (inOtherEvent(m) || (m.place !== null && isNaturalFeature(m.place)))))
    .filter((m) => m.kind !== 'PLACE' || (once.locativeDemonym(doc, m) || (!m.demonym && !once.attributiveCountry(doc, m) && !names.some((a) => overlaps(a, m)))) && !m.site && !once.placeInTitle(doc, m) && !once.outletName(doc, m) && !once.constituency(doc, m) && !once.originPlace(doc, m) && !launchOrigin(doc, m, near) && !once.neverScene(doc, m) && !once.handoverPlace(doc, m) && !once.topicPlace(doc, m) && !otherAttackTarget(doc, m, near) && !seatAsGovernment(doc, m, sentenceIndexes) && !once.groupNamePart(doc, m) && !SIDE_TAKEN_BEFORE.test(doc.text.slice(Math.max(0, m.start - 5), m.start)))
    // a people's name kept as a place stands for its country, as the country's name would
    .map((m) => (m.kind === 'PLACE' && m.demonym ? { ...m, demonym: undefined } : m)) as typeof doc.mentions;
  const sameClause = named.filter((m) => m.kind !== 'PLACE' || !inOtherClause(m));
  // Keep other clauses' places when the trigger's own clause names none: a nearby place beats none. A government
  // ("as the United States steps up air strikes") names no scene.
  const governments = governmentMentions(doc, named.filter((m): m is PlaceMention => m.kind === 'PLACE'));
  const kept = sameClause.some((m) => m.kind === 'PLACE' && m.place && sentenceIndexes.includes(m.sentence) && !governments.has(m)) ? sameClause : named;
  const same = kept.length === doc.mentions.length && kept.every((m, k) => m === doc.mentions[k]);
  const chosen = choosePlace(same ? doc : { ...doc, mentions: kept }, sentenceIndexes, near);
  // "BEIRUT (Reuters) - … an attack on a Damascus police station": where the event's own sentences name a town only inside
  // an actor's name, that town is nearer the scene than the city the reporter files from
  // (and so is one the sentence just before names so, as an earlier sentence lends its town: "The third blew himself up");
  // a seat of government inside an actor's name ("The Pentagon will send troops") is the government, no town, and a town
  // read out of a group's given name ("a group called Christian State - Holy Rus") is no scene at all
  const filed = datelineSpan(doc);
  const inDateline = (m: Span) => filed !== null && m.start >= filed.start && m.end <= filed.end;
  if (chosen && inDateline(chosen)) {
    const inName = doc.mentions.filter(
      (m): m is PlaceMention =>
        m.kind === 'PLACE' && m.place !== null && !m.demonym && !m.site && !m.seat && !SEAT_CODES.has(m.place.featureCode) && !isCountry(m.place) && !isSupraRegion(m.place) && m.sentence <= Math.max(...sentenceIndexes) && m.sentence >= Math.min(...sentenceIndexes) - 1 && !inDateline(m) && names.some((a) => overlaps(a, m)) && !groupNamePart(doc, m),
    );
    const own = inName.filter((m) => sentenceIndexes.includes(m.sentence));
    if (own.length) return nearestTo(own, near);
    if (inName.length) return inName.at(-1)!;
  }
  // "the Qalamoun mountains to the northwest of Bir Qassab": the place is the one the relative phrase describes.
  // Only a phrase standing between the two points back: "Shadadah area" describes Shadadah, not the crossing named before it.
  if (chosen?.relation && sentenceIndexes.includes(chosen.sentence)) {
    const relation = chosen.relation.toLowerCase();
    const described = kept
      // (a part of a country read from its words, "eastern Syria near the city of Deir al-Zor", is no place a relative phrase describes)
      .filter((m): m is PlaceMention => m.kind === 'PLACE' && m.place !== null && !m.seat && m.sentence === chosen.sentence && m.end <= chosen.start && chosen.start - m.end <= 40)
      .filter((m) => {
        const between = doc.text.slice(m.end, chosen.start).toLowerCase();
        // "Bani Hasan (Abs) and west of Haradh": items of a list, not a place and its description
        return between.includes(relation) && !/[,;()]|\b(?:and|or)\b/.test(between.replace(relation, ''));
      })
      // a namesake far from the point it is said to lie beside ("Khaneh village in the countryside of Tell Abiad") is no description of it
      .filter((m) => {
        const [p, c] = [m.place!, chosen.place!];
        return p.countryCode === c.countryCode && distanceKm(p.latitude, p.longitude, c.latitude, c.longitude) <= 150;
      })
      .at(-1);
    if (described) return described;
  }
  // "captured al-Hamidiya, … and al-Rashidia districts" of the story's city, read as a namesake town far away
  return cityOfQuarter(doc, chosen) ?? chosen;
}

/**
 * The event's place: the named place (chooseNamedPlace), unless the trigger's clause names a national institution as
 * the site ("a suicide attack outside Afghanistan's Supreme Court") and the named place is no finer than that
 * institution's country, or lies outside the event's sentences, or there is none: then the institution's capital.
 */
export function chooseEventPlace(doc: Document, sentenceIndexes: readonly number[], near: Span): PlaceMention | null {
  // ("a peace deal signed in Addis Ababa" between the parties of another country: where it was signed; agreement-venue.ts)
  const chosen = agreementVenue(doc, sentenceIndexes, near) ?? chooseClausePlace(doc, sentenceIndexes, near);
  // "launched missiles at a Syrian airfield" … "the Shayrat airfield": the one facility the story names of the kind described
  const placed = describedFacility(doc, chosen, sentenceIndexes, near) ?? chosen;
  // "… taking place on the Afghan side": the side's country, not a town across the border (border-sides.ts)
  return sideOfBorderScene(doc, placed, sentenceIndexes) ?? placed;
}

function chooseClausePlace(doc: Document, sentenceIndexes: readonly number[], near: Span): PlaceMention | null {
  const between = (m: Mention) => (m.start >= near.end ? doc.text.slice(near.end, m.start) : doc.text.slice(m.end, near.start));
  // (or inside a phrase telling another event: "despite a rocket attack on Jeddah", "which followed talks in Malaysia")
  // (a place another sentence names as another event's scene is not lent: "before the events in Idlib (the province where
  // the gas poisoning took place)" to the next sentence's "the U.S. strikes"; lent-places.ts)
  const inOtherEvent = (m: Mention) => (sentenceIndexes.includes(m.sentence) ? OTHER_EVENT.test(between(m)) || inOtherEventPhrase(doc, m, near) : placeOfOtherEvent(doc, m, near));
  const inOtherClause = (m: Mention) => sentenceIndexes.includes(m.sentence) && (CLAUSE_BREAK.test(between(m)) || OTHER_EVENT.test(between(m)) || (m.start >= near.end && RELATIVE_AFTER.test(between(m))));
  // a neighbour named across a border ("near the border with Iran") is where the event is not (border-sides.ts)
  const named = nearSideFirst(doc, (across) => chooseNamedPlace(doc, sentenceIndexes, near, inOtherClause, (m) => inOtherEvent(m) || across(m)));
  // a fallback to the dateline yields to the country the story is about ("BEIRUT (Reuters) - … in Damascus")
  // (and a dateline fallback yields to the home of the state forces the trigger's clause names: "Syrian troops captured …")
  // (and an event spread "across the country" is the country's, not the dateline's: nationwide.ts)
  const chosen = nationwideScene(doc, named, sentenceIndexes, near) ?? datelineFocus(doc, named, (m) => attributiveCountry(doc, m) || placeInTitle(doc, m) || compoundAdjective(doc, m), sentenceIndexes) ?? forcesHome(doc, named, sentenceIndexes[0], near) ?? named;
  const seats = doc.mentions.filter((m): m is PlaceMention => m.kind === 'PLACE' && m.seat === true && m.place !== null && sentenceIndexes.includes(m.sentence) && !inOtherClause(m));
  if (!seats.length) return chosen;
  const seat = nearestTo(seats, near);
  const p = chosen?.place;
  // (the dateline, even in the event's own sentence, is only where the reporter files from: "KABUL (Reuters) - … in the country's north")
  const filed = datelineSpan(doc);
  const inDateline = filed !== null && chosen !== null && chosen.start >= filed.start && chosen.end <= filed.end;
  // (nor does a town read out of an actor's name, the dateline's stand-in: "Boko Haram fighters killed … in the country's northeast")
  const inName = chosen !== null && doc.mentions.some((a) => a.kind === 'ACTOR' && (a.via === 'name' || a.via === 'pattern') && overlaps(a, chosen));
  // a part of the country ("in northeast Nigeria", "in a rebel-held town") is told on by the town the next sentences name
  // ("attackers entered Magumeri"): that town is its finer point, if it lies in the part (a town lent by an earlier
  // sentence is not, and yields)
  const countryWide = seat.place!.featureCode.startsWith('PCL');
  const toldNext = chosen !== null && chosen.sentence > Math.max(...sentenceIndexes);
  if (p && toldNext && countryWide && !inDateline && !inName && !p.featureCode.startsWith('PCL') && p.countryCode === seat.place!.countryCode && (!isCountryPart(seat.place!) || distanceKm(p.latitude, p.longitude, seat.place!.latitude, seat.place!.longitude) <= PART_REACH_KM)) return chosen;
  if (!p || inDateline || inName || !sentenceIndexes.includes(chosen.sentence) || (isCountry(p) && p.countryCode === seat.place!.countryCode)) return seat;
  return chosen;
}

/** How far from a compass part's point ("northern Iraq") a town may lie and still be in that part. */
const PART_REACH_KM = 400;

/** The mention that starts nearest the trigger; the first of equally near ones. */
function nearestTo(ms: readonly PlaceMention[], near: Span): PlaceMention {
  return ms.reduce((a, b) => (Math.abs(b.start - near.start) < Math.abs(a.start - near.start) ? b : a));
}
