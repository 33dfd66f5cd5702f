import type { Document, PlaceMention } from '../../model/document.ts';
import { mentionsOf } from '../../model/document.ts';
import type { Place } from '../../model/place.ts';
import { distanceKm, isCountry, isCurated, isSupraRegion } from '../../geo/gazetteer.ts';
import { governmentMentions } from './metonymy.ts';
import { FAR_KM, KM_PER_MILE } from './resolve.ts';
import { escapeRegExp } from '../../lexicons/escape.ts';

/** A relative phrase pointing back at a town named earlier: "north-west of the city". */
const RELATIVE_TO_EARLIER = /\b(?:\d[\d.,]*\s*(?:km|kilomet(?:er|re)s?|miles?)\s+)?(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+of|near|outside|outskirts\s+of|around)\s+the\s+(?:city|town|village)\b/i;
/** "in the Nigerian city", "the northern town", "the provincial capital": a place named by what it is, not by its name. */
const PLACE_DESCRIPTION = /\b(?:the|a|that)\s+(?:[\w-]+\s+){0,2}(?:city|town|village|capital|district|camp|neighbou?rhood|outskirts)\b/i;
/** A year told right after a place: "the bombing of Istanbul airport in 2016". */
const YEAR_AFTER = /^[^.;,]{0,25}?\bin\s+((?:19|20)\d\d)\b/;
/** How many sentences before a lent region a town in it may be named in. */
const WIDE_LOOKBACK = 3;
/** How many sentences before an event placed only at its first-level region a town in that region may be named in. */
const REGION_TOWN_LOOKBACK = 2;
/** "rural areas of the Raqqa province", "the northeastern countryside of Homs province": a wide part of the region, no town's. */
const PART_OF_REGION = /\b(?:areas|countryside|parts|villages|towns|outskirts|north|south|east|west|(?:north|south)-?(?:east|west))\s+(?:of|in)\s+(?:the\s+)?$/i;
/** Words that open another scene than the sentences before: "Separately, …", "Elsewhere in the province, …". */
const OTHER_SCENE = /\b(?:separately|elsewhere|another|other|also|meanwhile|in\s+a\s+(?:separate|similar))\b/i;
/** How many sentences after the event's a place it describes may be named in. */
const FORWARD_SENTENCES = 2;
/** "AMMAN/BEIRUT (Reuters) -", "KIRKUK, Iraq (Sitrep Wire) -": any agency in brackets after an upper-case place. */
const DATELINE = /^[ \t]*[A-Z][A-Z .'\/-]{1,40}(?:,\s*[A-Z][A-Za-z .]{1,30})?\s*\([A-Z][^()\n]{1,40}\)\s*[-–—]/m;
/** The coder's own word on where an event is placed: "(coded to Al Malahit)", "Coded as Kut city", "coded to provincial capital Nassriya". */
const CODED_TO = /\bcoded\s+(?:to|as|at)\s+(?:the\s+)?(?:(?:provincial|district|governorate|regional)\s+)?(?:capital\s+)?(?:city\s+of\s+)?$/i;
/** "Haradh (coded to district level)": the coder placed the event at this name, at the scale of its district. */
const CODED_HERE_AFTER = /^\s*\(coded\s+(?:to|at)\s+(?:the\s+)?district\s+level\)/i;
/**
 * A way through, a point of departure or a journey's end not yet reached ("entered via Al Waleed crossing", "a man from
 * Tadmor", "a plane bound for Honolulu", "a convoy en route to Aleppo"), not where the event happens ("then headed to
 * Shadadah" was reached, and stays).
 */
const ROUTE_BEFORE = /(?<!\b(?:km|kilomet(?:er|re)s?|miles?|metres|meters|away)\s)\b(?:via|through|from|bound\s+for|destined\s+for|en\s+route\s+to)\s+(?:the\s+)?$/i;
/**
 * Where a person comes from or lives ("the cleric Gulen, who has lived in Pennsylvania since 1999"): "Jane Doe, 27, of Roswell", "a man from the St. Louis suburb of Belleville, Illinois,",
 * "a native of Tikrit", "born in Dearborn": a suspect's or victim's home town is not where the event happened. ("Residents
 * of X", "people living in X" stay: those are often the very people the event struck.)
 */
const HOMETOWN_BEFORE =
  /(?:\b\d{1,3},\s+(?:of|from)\s+(?:the\s+)?(?:(?:[\w.'’-]+\s+){0,3}(?:suburb|town|city|village|area|region|province|state|county)\s+of\s+)?|\bnative\s+of\s+(?:the\s+)?|\b(?:grew\s+up|born)\s+in\s+(?:the\s+)?|\bwho\s+(?:has\s+|had\s+|now\s+)?(?:lived|lives|resides|resided|settled)\s+(?:[\w-]+\s+){0,3}in\s+(?:the\s+)?)$/i;
/** "dislodge Islamic State from Hawija": the place fought over, not a point of departure. */
const OUSTED_FROM = /\b(?:dislodg|driv|drove|oust|expel|evict|clear|liberat|recaptur|retak|retook|withdr[ae]w|pull(?:ed|ing|s)?\s+out|retreat|push(?:ed|ing|es)?\s+(?:back|out)|fre(?:e|ed|eing))\w*\b[^.;]{0,40}$/i;
/** A name lent to a road, gate or square ("the Kirkuk Road in Sulaymaniyah", "As-Sweida-Damascus road", "Damascus Gate", "Gezi Park"). */
const FACILITY_AFTER = /^\s*(?:-\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+)?(?:city\s+)?(?:international\s+)?(?:road|highway|motorway|street|avenue|boulevard|gate|square|park|route|bridge)\b/i;
/** A name a park, street or hospital bears among its other capitalised words ("Ozgur Cocuk park in Akdeniz town", "the Toros state hospital"). */
const NAMED_FACILITY_AFTER = /^(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:(?:state|public|general|military|university)\s+)?(?:[Pp]ark|[Ss]quare|[Ss]treet|[Aa]venue|[Hh]ospital)\b/;
/**
 * ACLED's "Place (District)" where the gazetteer knows the place but not the district: "Beit ed Dine
 * junction (Chouf)", "Ar Rayyan (Khabb wa Ash Shaaf, Al Jawf)". The bracket holds capitalised names
 * only (with Arabic particles), so that asides ("(location unclear)", "(Kurdish name)") and an
 * actor's acronym ("(IS)") are no district.
 */
const UNREAD_BRACKET_AFTER =
  /^(?:\s+(?:junction|roundabout|crossroads|town|village|city|area|camp|district|neighbou?rhood|quarter|square|crossing|checkpoint|market|bridge|port))?\s*\((?![A-Z]{2,6}\))\s*[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|al|el|wa|w|ash|as|ad|ar|an|at|az|bani|bin))*(?:\s*,\s*[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|al|el|wa|w|ash|as|ad|ar|an|at|az|bani|bin))*){0,2}\s*\)/;
/** The last name of a bracket ("(At Tuhayat, Al Hudaydah)"): where ACLED states the first-level region. */
const BRACKET_CLOSES_AFTER = /^\s*\)/;

/**
 * "600 km (370 miles) south of the provincial capital of Quetta", "150 km from Kabul": a town stated this far from the
 * scene is only the point the distance is measured from. The scene lies beyond any district around it, so a region the
 * event's sentence names ("in Baluchistan province") places it better; nearer ("30 km east of Mosul") the town still does.
 * The bound is resolve.ts's FAR_KM, beyond which a stated offset is not applied either.
 */
const DISTANCE = /(\d[\d,]*(?:\.\d+)?)\s*(km|kilomet(?:er|re)s?|miles?)\b/i;

/** Whether a mention is the far end of a stated distance (FAR_KM), not the scene. */
function farReference(m: PlaceMention): boolean {
  const d = m.relation ? DISTANCE.exec(m.relation) : null;
  if (!d) return false;
  const n = Number(d[1].replace(/,/g, ''));
  return (/^mile/i.test(d[2]) ? n * KM_PER_MILE : n) > FAR_KM;
}

/** How far from a stated first-level region's point a name across the border may lie and still be read there. */
const REGION_REACH_KM = 300;

/** "the road between Homs and Ar-Raqqa": both ends name the road. */
const ROAD_END_BEFORE = /\b(?:road|highway|route)\s+(?:between|from|linking|connecting)\s+(?:the\s+)?(?:[^.;,]{1,40}\s+(?:and|to)\s+)?$/i;

/** Words that may stand between a name and its container: feature types, name parts, articles. */
const LINK_WORDS = new Set(
  ('village town city area areas region district districts sub-district subdistrict camp neighborhood neighbourhood quarter county province governorate ' +
    'countryside rural outskirts vicinity suburb suburbs centre center central desert plain valley mountain mountains front frontline axis ' +
    'square harbor harbour port courthouse municipality building park street road junction bridge mosque hospital university market checkpoint ' +
    'base airport station prison dam field oil refinery school the al el ad ar as ash at az an bani bin de du')
    .split(' '),
);
const TRAILING_WORDS = new Set('the rural northern southern eastern western north south east west central greater'.split(' '));
const TYPE_WORDS = /\b(?:village|town|city|area|region|district|sub-district|subdistrict|camp|neighbou?rhood|quarter|county|countryside|rural|outskirts|vicinity|suburbs?)\b/i;

function specificity(m: PlaceMention): number {
  const p = m.place!;
  if (p.featureCode === 'PCLI') return 4;
  // "Europe", "the Middle East": only when nothing narrower is named
  if (isSupraRegion(p)) return 5;
  return p.precision;
}

/** How wide a place is, for telling a container from a sibling in a list: town 1 … country 4. */
function rank(p: Place): number {
  if (isCountry(p) || isSupraRegion(p)) return 4;
  if (p.featureCode === 'ADM1') return 3;
  return p.precision;
}


/**
 * A mention's rank as a place, before a relative phrase widened it: "in the vicinity of Magarakoy village in Idil
 * district" still names a village inside the district, not something as wide as the district's town.
 */
function ownRank(m: PlaceMention): number {
  const p = m.place!;
  // (but "the al-Tell area in Al Khadir town" is a quarter, coded at its town)
  return m.relation && m.relation !== 'area' && p.precision === 2 && p.geonameid !== null && p.featureCode.startsWith('PPL') ? 1 : rank(p);
}

const samePlace = (a: Place, b: Place) => a.name === b.name && a.latitude === b.latitude && a.longitude === b.longitude;

/**
 * Whether a place can lie inside a stated container: same country, and near it (inside it, for a
 * region). `wide` when the text makes a town stand for its land ("Aleppo countryside").
 */
function within(head: Place, container: Place, wide = false): boolean {
  if (isSupraRegion(container) || isSupraRegion(head)) return true;
  // a curated range, crossing or base straddles borders: only its distance counts
  if (isCurated(container)) return distanceKm(head.latitude, head.longitude, container.latitude, container.longitude) <= (container.precision === 3 ? 250 : 100);
  if (head.countryCode !== container.countryCode) return false;
  if (isCountry(container) || isCountry(head)) return true;
  const d = distanceKm(head.latitude, head.longitude, container.latitude, container.longitude);
  // a district lies inside one first-level region: "Kendal … in Zap region (Al Amadiya district) of Duhok" is no village of Nineveh's
  if (isDistrictLike(container) && head.geonameid !== null && head.admin1 && container.admin1 && head.admin1 !== container.admin1) return false;
  if (head.featureCode === 'ADM1' || container.featureCode === 'ADM1' || wide) {
    // curated landmarks carry a hand-written admin1 that may be spelt otherwise
    if (head.admin1 && container.admin1 && !isCurated(head) && !isCurated(container)) return head.admin1 === container.admin1;
    return d <= 250;
  }
  return d <= (Math.max(head.precision, container.precision) === 3 ? 250 : 100);
}

/** A district or the seat a district is read at (GeoNames' PPLA2, the packs' district rows). */
const isDistrictLike = (p: Place) => p.geonameid !== null && (p.featureCode === 'ADM2' || p.featureCode === 'PPLA2');

/** Between two names of a list: capitalised names and the list's commas and "and"/"or", and nothing else. */
const UNREAD_LIST = /^\s*(?:(?:,|and|or)\s+)?(?:[A-Z][\w'’-]*\s*)+(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:[A-Z][\w'’-]*\s+)*$/;

type Link = { kind: 'paren' | 'comma' | 'in' | 'list'; typed: boolean };

/**
 * How the words between a name and the next place tie them: "Khaneh village in the countryside of",
 * "Zap region (", "Manavgat town,", "Ulus square in Altindag town,", or a list ("Hendek and").
 * null when they say something else ("staged a protest in", "and the road to").
 */
function linkBetween(between: string): Link | null {
  if (between.length > 80 || /[.;\n]/.test(between)) return null;
  if (/^\s*(?:,\s*(?:and|or)?|and|or)\s*$/i.test(between)) return { kind: 'list', typed: false };
  // "Sehid Kendal, Sehid Zagros and Sehid Silan areas": names the gazetteer does not know stand in the list between
  if (UNREAD_LIST.test(between)) return { kind: 'list', typed: false };
  const tokens = between.replace(/([(),])/g, ' $1 ').trim().split(/\s+/).filter(Boolean);
  if (!tokens.length || tokens.length > 12) return null;
  let last: string | null = null;
  let depth = 0;
  let inParen = 0;
  for (const t of tokens) {
    if (t === '(') {
      depth++;
      inParen = 0;
      last = '(';
      continue;
    }
    if (t === ')') {
      if (depth) depth--;
      last = null;
      continue;
    }
    if (t === ',') {
      last = ',';
      continue;
    }
    const w = t.toLowerCase();
    if (w === 'in' || w === 'of' || w === 'inside') {
      last = 'in';
      continue;
    }
    // "in rural Damascus", "in the", "of northern Aleppo": words that may follow the tie before the container's name
    if (last === 'in' && TRAILING_WORDS.has(w)) continue;
    last = null;
    // "(Kurdish names)", "(location unclear)": a short aside in brackets says nothing about the tie
    if (depth && ++inParen <= 4) continue;
    // "Eslamabad-e Gharb city (": a name's own particles and hyphenated parts
    if (/^[A-Z]/.test(t) || LINK_WORDS.has(w) || /^(?:al|el|ad|ar|as|ash|at|az|an)-/i.test(w) || /^-(?:e|ye|i)?$/.test(t) || /^(?:e|i|ye|wa|w)$/.test(w)) continue;
    return null;
  }
  if (last === null) return null;
  const kind = last === '(' ? 'paren' : last === ',' ? 'comma' : 'in';
  return { kind, typed: kind === 'paren' || TYPE_WORDS.test(between) };
}

interface Containment {
  /** Mentions whose place cannot lie in the container the text gives them: a namesake far away. */
  readonly contradicted: ReadonlySet<PlaceMention>;
  /** Containers of a trusted name in the same phrase: they describe it, they are not another place. */
  readonly containers: ReadonlyMap<PlaceMention, PlaceMention>;
  /** Mentions in ACLED's "Place (District, Governorate)" form, as the name or its bracket. */
  readonly bracketed: ReadonlySet<PlaceMention>;
  /** Bracketed mentions and names given a container ("Manavgat town, Antalya"): ACLED's way of stating the event's place. */
  readonly anchored: ReadonlySet<PlaceMention>;
}

/**
 * Reads the containers the text states ("X (Y)", "X village in Y", "X town, Y", "the X district
 * of Y"). A name whose reading lies outside its stated container is a namesake and is dropped,
 * unless more of the article's other places back it than back the container.
 */
function containment(doc: Document, resolved: readonly PlaceMention[], dateline: RegExpExecArray | null): Containment {
  const sorted = [...resolved].sort((a, b) => a.start - b.start);
  const next = new Map<PlaceMention, { c: PlaceMention; link: Link }>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const h = sorted[i];
    const c = sorted.slice(i + 1).find((x) => x.start >= h.end);
    if (!c || c.sentence !== h.sentence) continue;
    const link = linkBetween(doc.text.slice(h.end, c.start));
    if (!link) continue;
    // "Aleppo, Idlib": a comma ties a name to a wider place only; between equals it is a list
    if (link.kind === 'comma' && rank(c.place!) <= rank(h.place!)) {
      next.set(h, { c, link: { kind: 'list', typed: false } });
      continue;
    }
    next.set(h, { c, link });
  }
  /** The containers of h: follow the chain, passing over list siblings ("Hendek and Teyre areas in Cizre"). */
  const chain = (h: PlaceMention): { c: PlaceMention; link: Link }[] => {
    const out: { c: PlaceMention; link: Link }[] = [];
    let cur = h;
    for (let hops = 0; hops < 6; hops++) {
      const step = next.get(cur);
      if (!step) break;
      if (step.link.kind !== 'list') out.push(step);
      cur = step.c;
    }
    return out;
  };
  // (names listed as lying in the container itself are no witnesses against it: "Sehid Kendal, Sehid Zagros and Sehid
  // Silan areas … in Zap region (Al Amadiya district)" read as two villages of Nineveh do not back each other)
  const support = (m: PlaceMention, against?: PlaceMention) =>
    resolved.filter((o) => o !== m && o.text !== m.text && !samePlace(o.place!, m.place!) && !isCountry(o.place!) && !isSupraRegion(o.place!) && within(m.place!, o.place!) && within(o.place!, m.place!) && !(against && chain(o).some((x) => x.c === against))).length;
  // "in rural Damascus", "in Aleppo countryside": a city named for the land around it
  const containerRank = (c: PlaceMention) =>
    /\brural\s+$/i.test(doc.text.slice(Math.max(0, c.start - 8), c.start)) || /^\s+(?:countryside|province|governorate)\b/i.test(doc.text.slice(c.end, c.end + 15)) ? 3 : rank(c.place!);
  const contradicted = new Set<PlaceMention>();
  const containers = new Map<PlaceMention, PlaceMention>();
  // ACLED's "City - Quarter": a quarter read far from its city is a namesake ("Hebron - Bab az Zawiyah")
  const partOf = new Map<PlaceMention, PlaceMention>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [city, part] = [sorted[i], sorted[i + 1]];
    if (part.sentence !== city.sentence || !/^\s+[-–]\s+(?:[A-Z][\w'’]*\s+)?$/.test(doc.text.slice(city.end, part.start))) continue;
    partOf.set(part, city);
    const p = part.place!;
    const c = city.place!;
    if (!isCurated(p) && (p.countryCode !== c.countryCode || distanceKm(p.latitude, p.longitude, c.latitude, c.longitude) > 15)) contradicted.add(part);
  }
  for (const h of sorted) {
    const cs = chain(h);
    const against = cs.find(({ c }) => !within(h.place!, c.place!, containerRank(c) === 3));
    // a country is never a namesake, whatever it is said to be in ("Iran-backed Hezbollah in Lebanon")
    if (against && !isCurated(h.place!) && !isCountry(h.place!) && !isSupraRegion(h.place!) && support(h, against.c) <= support(against.c)) contradicted.add(h);
  }
  // one namesake reading found out is found out wherever the name recurs ("Khaneh village in … Tell Abiad. Shelling of … Khaneh")
  for (const m of sorted) if ([...contradicted].some((x) => samePlace(x.place!, m.place!))) contradicted.add(m);
  for (const h of sorted) {
    if (contradicted.has(h)) continue;
    for (const { c, link } of chain(h)) {
      // "Nir Orbach in Petah Tikva (HaMerkaz)": a loose tie does not carry the brackets back to the first name
      if (!link.typed) break;
      if (!containers.has(c) && c.start > h.start && containerRank(c) >= ownRank(h)) containers.set(c, h);
    }
  }
  const bracketed = new Set<PlaceMention>();
  const anchored = new Set<PlaceMention>(containers.values());
  for (const m of sorted) {
    const step = next.get(m);
    if (step?.link.kind === 'paren') {
      bracketed.add(m).add(step.c);
      const city = partOf.get(m);
      if (city) bracketed.add(city);
    }
    // "Er Rachidiye camp (Tyr)", "Dula al Amas (Al Hada, Dhamar)": the bracket of a name the gazetteer lacks
    else if (/[A-Z][\w'’-]*(?:\s+-)?(?:\s+[\w'’-]+){0,3}\s*(?:\([^()]{0,40}\)\s*)?\(\s*(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}\s*,\s*)?$/.test(doc.text.slice(Math.max(0, m.start - 90), m.start))) bracketed.add(m);
    // "Beit ed Dine junction (Chouf)": a name the gazetteer knows before a district it lacks, but not
    // a dateline's town before its agency ("AMMAN (Reuters) -")
    else if (UNREAD_BRACKET_AFTER.test(doc.text.slice(m.end, m.end + 90)) && !(dateline && m.start >= dateline.index && m.end <= dateline.index + dateline[0].length)) bracketed.add(m);
    // "As Sawh (Kitaf wa Al Boqee, Sadah) 'in Najran'": the source's own words for the same place, quoted after the brackets
    else if (/\)\s*['‘"“](?:in|near|at)?\s*$/i.test(doc.text.slice(Math.max(0, m.start - 12), m.start))) bracketed.add(m);
  }
  for (const m of bracketed) anchored.add(m);
  return { contradicted, containers, bracketed, anchored };
}

/** The most specific; among equals, a name stated with its container, then the one nearest the trigger. */
function best(ms: readonly PlaceMention[], near?: { start: number; end: number }, anchored?: ReadonlySet<PlaceMention>): PlaceMention | null {
  let out: PlaceMention | null = null;
  for (const m of ms) {
    if (!out) {
      out = m;
      continue;
    }
    const d = specificity(m) - specificity(out);
    const a = anchored ? Number(anchored.has(out)) - Number(anchored.has(m)) : 0;
    if (d < 0 || (d === 0 && a < 0)) out = m;
    else if (d === 0 && a === 0 && near && Math.abs(m.start - near.start) < Math.abs(out.start - near.start)) out = m;
  }
  return out;
}

/** Narrows a pool by a preference, unless that would leave nothing. */
function prefer(pool: readonly PlaceMention[], keep: (m: PlaceMention) => boolean): PlaceMention[] {
  const kept = pool.filter(keep);
  return kept.length ? kept : [...pool];
}

/**
 * The event sentence's places in order of preference: not a route or a point of departure, not
 * a road's or gate's namesake, ACLED's bracketed "Place (District)" over names in passing, and a
 * name over the container the same phrase gives it.
 */
function narrow(doc: Document, pool: readonly PlaceMention[], c: Containment): PlaceMention[] {
  const route = (m: PlaceMention) => {
    const before = doc.text.slice(Math.max(0, m.start - 80), m.start);
    return ROUTE_BEFORE.test(before) && !(/\bfrom\s+(?:the\s+)?$/i.test(before) && OUSTED_FROM.test(before.replace(/\bfrom\s+(?:the\s+)?$/i, '')));
  };
  // "a child from Al Bab city in Aleppo governorate": the region a point of departure is said to lie in goes with it
  const hometown = (m: PlaceMention) => HOMETOWN_BEFORE.test(doc.text.slice(Math.max(0, m.start - 80), m.start));
  let out = prefer(pool, (m) => {
    const head = c.containers.get(m);
    return !route(m) && !(head && route(head)) && !hometown(m) && !(head && hometown(head));
  });
  // (a continent is no better a place than the far town)
  const nearer = prefer(out, (m) => !farReference(m));
  if (nearer.some((m) => !isSupraRegion(m.place!))) out = nearer;
  out = prefer(out, (m) => !FACILITY_AFTER.test(doc.text.slice(m.end, m.end + 60)) && !NAMED_FACILITY_AFTER.test(doc.text.slice(m.end, m.end + 60)) && !ROAD_END_BEFORE.test(doc.text.slice(Math.max(0, m.start - 80), m.start)));
  // ACLED names the event's place first, in brackets; names after it are background ("in support of … Jerusalem")
  const firstBracket = Math.min(...out.filter((m) => c.bracketed.has(m)).map((m) => m.start));
  out = prefer(out, (m) => c.bracketed.has(m) || m.start < firstBracket);
  out = prefer(out, (m) => {
    const head = c.containers.get(m);
    return !head || !out.includes(head);
  });
  return out;
}

/**
 * The best place for an event resting on the given sentences: the place the note says it was
 * coded to; else the most specific resolved place in the event's sentences (nearest the trigger
 * when given, else the first named), after dropping namesakes that contradict their stated
 * container and preferring, in turn, places that are not a route, not a road's namesake, in
 * ACLED's bracketed form, and not a container of another; else a town an earlier sentence names
 * ("north-west of the city" widens it to precision 2); else the dateline; else the article's
 * most-named country (precision 3). null when the article names no place.
 */
export function choosePlace(doc: Document, sentenceIndexes: readonly number[], near?: { start: number; end: number }): PlaceMention | null {
  // a former state ("independence from Yugoslavia") is no event's place: its land is today's countries'
  const all = mentionsOf(doc, 'PLACE').filter((m) => m.place !== null && !m.demonym && !m.site && !m.seat && m.place.featureCode !== 'PCLH');
  if (!all.length) return null;
  // "Coded as Soran district": the mention may have taken in the "as"
  const codedBefore = (m: PlaceMention) => CODED_TO.test(doc.text.slice(Math.max(0, m.start - 60), m.start) + (/^(?:as|to|at)\s+/i.exec(m.text)?.[0] ?? ''));
  const coded = all.find((m) => codedBefore(m) || CODED_HERE_AFTER.test(doc.text.slice(m.end, m.end + 40)));
  if (coded) return coded;
  const dateline = findDateline(doc);
  const contained = containment(doc, all, dateline);
  const uncontradicted = all.filter((m) => !contained.contradicted.has(m));
  // ACLED closes its brackets on the first-level region ("(Al Hada, Dhamar)"): where those regions all lie in one
  // country, a name read far outside it is a namesake reached by a spelling, even itself bracketed ("Al Jubah" as
  // Juba); a town across the border ("'in Najran'" beside Sadah) may still be the source's own word for the place
  const regions = uncontradicted.filter((m) => m.place!.featureCode === 'ADM1' && BRACKET_CLOSES_AFTER.test(doc.text.slice(m.end, m.end + 5)));
  const oneCountry = new Set(regions.map((m) => m.place!.countryCode)).size === 1;
  const nearRegions = (p: Place) =>
    isSupraRegion(p) || regions.some((r) => r.place!.countryCode === p.countryCode || distanceKm(p.latitude, p.longitude, r.place!.latitude, r.place!.longitude) <= REGION_REACH_KM);
  const trusted = oneCountry ? prefer(uncontradicted, (m) => nearRegions(m.place!)) : uncontradicted;
  // ACLED's bracketed place fixes the country: a name elsewhere read in another is a namesake ("Ayelet" as Yelets, Russia)
  const lead = trusted.length ? Math.min(...trusted.map((m) => m.sentence)) : -1;
  const bracketCountry = trusted.find((m) => m.sentence === lead && contained.bracketed.has(m) && !isSupraRegion(m.place!))?.place!.countryCode;
  const inCountry = trusted.filter((m) => !bracketCountry || contained.bracketed.has(m) || isSupraRegion(m.place!) || m.place!.countryCode === bracketCountry);
  const resolved = inCountry.length ? inCountry : trusted.length ? trusted : all;
  // only now: the names a coder's word points to elsewhere may be namesakes found out above
  const codedElsewhere = codedByName(doc, resolved);
  if (codedElsewhere) return codedElsewhere;
  const datelineEnd = dateline ? dateline.index + dateline[0].length : -1;
  // "the White House said", "Washington's allegations", "Moscow denies": a place standing for its government is no
  // event's place, unless the story offers no other
  const governments = governmentMentions(doc, resolved);
  const literal = resolved.filter((m) => !governments.has(m));
  const notDateline = (literal.length ? literal : resolved).filter((m) => m.start >= datelineEnd || !dateline || m.end <= dateline.index);
  const wanted = new Set(sentenceIndexes);
  let pool = notDateline.filter((m) => wanted.has(m.sentence));
  if (near) {
    const nearSentence = pool.filter((m) => m.start <= near.end && m.sentence === sentenceOf(doc, near.start));
    const same = pool.filter((m) => m.sentence === sentenceOf(doc, near.start));
    if (same.length) pool = same.length ? same : nearSentence;
  }
  const own = best(narrow(doc, pool, contained), near, contained.anchored);
  if (own && specificity(own) <= 3 && own.place!.featureCode !== 'ADM1') return own;

  const first = sentenceIndexes.length ? Math.min(...sentenceIndexes) : 0;
  const eventText = sentenceIndexes.map((i) => doc.sentences[i]).filter(Boolean).map((s) => doc.text.slice(s.start, s.end)).join(' ');
  const rel = RELATIVE_TO_EARLIER.exec(eventText);
  if (rel) {
    const earlierTown = [...notDateline].reverse().find((m) => m.sentence < first + 1 && m.place!.precision === 1 && (!own || m.start < own.start));
    if (earlierTown) return { ...earlierTown, place: { ...earlierTown.place!, precision: 2 }, relation: rel[0] };
  }
  // "killed in an attack … in the Nigerian city at the center of a conflict. … the assault on the outskirts of Maiduguri":
  // an event's sentence that points at a place by description means the town the next sentences name, which is
  // narrower than the country its demonym gives
  function describedLater(wider: PlaceMention | null): PlaceMention | null {
    if (!PLACE_DESCRIPTION.test(eventText)) return null;
    const last = sentenceIndexes.length ? Math.max(...sentenceIndexes) : first;
    for (let s = last + 1; s <= last + FORWARD_SENTENCES; s++) {
      const towns = notDateline.filter((m) => m.sentence === s && m.place!.precision <= 2 && m.place!.featureCode !== 'ADM1' && (!wider || within(m.place!, wider.place!)));
      const here = best(narrow(doc, towns, contained), undefined, contained.anchored);
      if (here) return here;
    }
    return null;
  }
  if (own && specificity(own) >= 3) {
    const narrower = describedLater(own);
    if (narrower) return narrower;
  }
  // an earlier sentence lends its town, but not a person's home ("Gulen, who has lived in Pennsylvania since 1999"),
  // nor the place of an event another year dates ("the bombing of Istanbul airport in 2016")
  const home = (m: PlaceMention) => HOMETOWN_BEFORE.test(doc.text.slice(Math.max(0, m.start - 80), m.start));
  const year = doc.article.published?.slice(0, 4);
  const datedElsewhere = (m: PlaceMention) => {
    const y = YEAR_AFTER.exec(doc.text.slice(m.end, m.end + 40))?.[1];
    return y !== undefined && year !== undefined && y !== year;
  };
  // "took control of the last district in the province of Kirkuk" after "clashes around the town of Altun Kupri": a
  // first-level region is all the event's sentence names, and a town inside it that one of the two sentences before
  // names is the nearer point of the same story (precision 2), unless the sentence tells another scene ("Separately, …")
  if (own && own.place!.featureCode === 'ADM1' && !OTHER_SCENE.test(eventText) && !PART_OF_REGION.test(doc.text.slice(Math.max(0, own.start - 40), own.start))) {
    for (let s = first - 1; s >= Math.max(0, first - REGION_TOWN_LOOKBACK); s--) {
      const towns = notDateline.filter((m) => m.sentence === s && specificity(m) <= 2 && m.place!.featureCode !== 'ADM1' && !home(m) && !datedElsewhere(m) && within(m.place!, own.place!));
      const here = best(narrow(doc, towns, contained), undefined, contained.anchored);
      if (here) return { ...here, place: { ...here.place!, precision: 2 } };
    }
  }
  if (own) return own;
  // A region or country lent by one sentence ("a Florida company", "its emir in Southeast Asia") yields to a town in it
  // that a sentence shortly before names: the story's scene, which the region only widens
  let wide: PlaceMention | null = null;
  for (let s = first - 1; s >= 0 && (!wide || wide.sentence - s <= WIDE_LOOKBACK); s--) {
    const here = best(narrow(doc, notDateline.filter((m) => m.sentence === s && !home(m) && !datedElsewhere(m)), contained), undefined, contained.anchored);
    if (!here) continue;
    const town = specificity(here) <= 2 && here.place!.featureCode !== 'ADM1';
    if (!wide) {
      if (town) return here;
      wide = here;
    } else if (town && within(here.place!, wide.place!)) return here;
  }
  if (wide) {
    // "TBILISI (Reuters) - … an operation in ex-Soviet Georgia": the dateline's town in the region lent is its nearer point
    const filed = resolved.find((m) => dateline && m.start >= dateline.index && m.end <= datelineEnd && specificity(m) <= 2 && m.place!.featureCode !== 'ADM1');
    if (filed && !isSupraRegion(wide.place!) && within(filed.place!, wide.place!)) return { ...filed, place: { ...filed.place!, precision: 2 } };
    return wide;
  }
  // with no place named before it either: the dateline is only where the reporter files from (LAGOS)
  const described = describedLater(null);
  if (described) return described;
  const inDateline = resolved.filter((m) => dateline && m.start >= dateline.index && m.end <= datelineEnd);
  if (inDateline.length) return inDateline[0];
  const byCountry = new Map<string, number>();
  for (const m of resolved) byCountry.set(m.place!.countryCode, (byCountry.get(m.place!.countryCode) ?? 0) + 1);
  const topCountry = [...byCountry].sort((a, b) => b[1] - a[1])[0]?.[0];
  return resolved.find((m) => m.place!.featureCode === 'PCLI' && m.place!.countryCode === topCountry) ?? null;
}

/** "Coded as Khanaqin district" where that very word was not taken for a place: a name the note gives elsewhere. */
const CODED_NAME = /\b[Cc]oded\s+(?:to|as|at)\s+(?:the\s+)?(?:(?:provincial|district|governorate|regional)\s+)?(?:capital\s+)?(?:city\s+of\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})/g;

/**
 * The mention elsewhere in the note bearing the name the coder placed the event at, when that name
 * is no mention itself; else the first name of the bracket that follows the coder's own.
 */
function codedByName(doc: Document, mentions: readonly PlaceMention[]): PlaceMention | undefined {
  for (const m of doc.text.matchAll(CODED_NAME)) {
    const name = m[1];
    const at = m.index + m[0].length - name.length;
    if (mentions.some((x) => x.start < at + name.length && x.end > at)) continue;
    // the longest name the words begin with: "Khanaqin district" names Khanaqin
    const named = mentions.filter((x) => name === x.text || name.startsWith(`${x.text} `)).sort((a, b) => b.text.length - a.text.length);
    if (named.length) return named[0];
    // "(coded to Barh axis) (Maqbanah, Taizz)": a name the gazetteer lacks, placed by the district bracketed after it
    const close = doc.text.indexOf(')', at);
    const district = close >= 0 && !/[(.;]/.test(doc.text.slice(at, close)) ? mentions.find((x) => x.start > close && /^\)\s*\(\s*$/.test(doc.text.slice(close, x.start))) : undefined;
    if (district) return district;
  }
  return undefined;
}

/**
 * The dateline's span: an upper-case place before the agency, or the place the reader took as the dateline however
 * it is cased ("Aden (Reuters) -"), so that it stays a fallback and never beats a place the event's sentence names.
 */
function findDateline(doc: Document): RegExpExecArray | null {
  const upper = DATELINE.exec(doc.text);
  const said = doc.article.dateline;
  if (upper || !said) return upper;
  const escaped = escapeRegExp(said);
  return new RegExp(`^[ \\t]*${escaped}(?:,\\s*[A-Z][A-Za-z .]{1,30})?\\s*\\([A-Z][^()\\n]{1,40}\\)\\s*[-–—]`, 'm').exec(doc.text.slice(0, 300));
}

/** Where the dateline stands ("BEIRUT (Reuters) -"): a place inside it is where the reporter files from, not a scene; null when none. */
export function datelineSpan(doc: Document): { start: number; end: number } | null {
  const dateline = findDateline(doc);
  return dateline && { start: dateline.index, end: dateline.index + dateline[0].length };
}

function sentenceOf(doc: Document, offset: number): number {
  for (const s of doc.sentences) if (offset >= s.start && offset < s.end) return s.index;
  return -1;
}
