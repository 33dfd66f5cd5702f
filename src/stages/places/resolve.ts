import { distanceKm, isCurated, isSupraRegion, type Gazetteer } from '../../geo/gazetteer.ts';
import { normalizeName, plainSpelling } from '../../geo/normalize-name.ts';
import { LEADING_ARTICLE, spellingDistance } from '../../geo/spelling-distance.ts';
import type { Place } from '../../model/place.ts';
import { countyTownPairs } from './county-towns.ts';
import { focusedReading } from './focused-reading.ts';
import { withoutMisledVotes } from './refocus.ts';
import { isTownReading, spelledAlike, TRANSLITERATED, type RawPlace } from './detect.ts';
import { exonymReading } from './exonyms.ts';

/** What the article as a whole says about where it happens. */
export interface Focus {
  /** Share of country evidence per ISO2 (sums to 1 when any). */
  readonly share: ReadonlyMap<string, number>;
  readonly top: string | null;
  /** The top country's evidence; a demonym alone (0.5) says who acts, not where. */
  readonly topWeight: number;
  /** How far the top country leads the next, as a share of its own (1 when alone): a story of three countries has no home. */
  readonly lead?: number;
  /** Share of first-level-region evidence per "CC|Region" ("US|Texas"): local news stays in its state. */
  readonly regionShare: ReadonlyMap<string, number>;
  /** Share of the other town names' votes per "CC|Region" (see townRegionVotes). */
  readonly townShare?: ReadonlyMap<string, number>;
}

export interface Resolved {
  readonly raw: RawPlace;
  /** null = abstain; the mention is kept. */
  readonly place: Place | null;
  readonly confidence: number;
  /** false = on reflection not a place at all (a surname, a common word); the mention is dropped. */
  readonly keep: boolean;
  /** The top-scored candidate even when abstaining: what a caller that knows the span is a place may take. */
  readonly best?: Place | null;
  /** Whether that candidate bears the mention's own name or lies in a country the article points to; else it is a coincidence of spelling. */
  readonly bestTrusted?: boolean;
}

/** What lying in the article's top country adds, when that country leads alone. */
const TOP_COUNTRY = 1.5;
/** How much the article's first-level region weighs for a town inside it. */
const REGION_WEIGHT = 3;
/** A town's vote for its region against a region named outright (1). */
const TOWN_VOTE = 1;
/** A town name's weight as evidence of the article's country, against a country named outright (2). */
const TOWN_COUNTRY_VOTE = 0.5;

/** What a town loses when the mention is only one of its alternate names and other places bear it as their own. */
const ALT_NAME_PENALTY = 1.5;
/** How far from its capital a quarter said to be the capital's may lie. */
const CAPITAL_QUARTER_KM = 40;
/** What it loses besides when a world city bears the name as its own: as much as lying outside the story's countries costs the city. */
const WORLD_CITY_ALT_PENALTY = 5;
/** For a town that bears the name of the region it lies in. */
const SEAT_OF_REGION = 1;
/** For a container's reading, and against the others, when only some readings hold a name said to lie in it. */
const HOLDING = 3;
/** Seats of government, whose rank says more than a missing population figure. */
const SEAT_CODES: ReadonlySet<string> = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLA3']);
/** A town name found in more regions than this casts no vote. */
const MAX_TOWN_REGIONS = 3;
const isCountryCode = (c: Place) => c.featureCode === 'PCLI';
const COUNTY_WORD_AFTER = /\s+(?:County|Parish)$/;
const CITY_WORD_AFTER = /\s+City$/;
const ADMIN_WORD_AFTER = /\s+(?:province|governorate|region|provinces|governorates|state)$/i;

/** A region's words after its name ("Oblast", "Governorate"): "Donetsk" is Donetsk Oblast's own name, not an alternate one. */
const REGION_WORD_AFTER = /\s+(?:oblast|governorate|province|region)$/i;
const bareRegionName = (c: Place) => (c.featureCode === 'ADM1' ? c.name.replace(REGION_WORD_AFTER, '') : c.name);

/** Evidence of the article's country: country names, demonyms, region names, big unambiguous cities, dateline. */
export function computeFocus(raws: readonly RawPlace[], demonyms: readonly string[], dateline: string | null, gazetteer: Gazetteer, locale: readonly (readonly [string, number])[] = []): FocusEvidence {
  // words the decision drops say nothing of where the story is
  const commonWord = raws.map(onlyACommonWord);
  const counts = new Map<string, number>();
  const own: [string, number][][] = raws.map(() => []);
  const regions = new Map<string, number>();
  const ownRegion: (string | null)[] = raws.map(() => null);
  // "Dublin City Council" and "Dublin" name one town
  const texts = raws.map((r) => {
    const bare = r.text.replace(COUNTY_WORD_AFTER, '');
    return normalizeName(r.settlement ? bare.replace(CITY_WORD_AFTER, '') : bare);
  });
  // candidates bearing the mention's own name, not one of their alternate names
  const exact = raws.map((r, k) => new Set(r.candidates.filter((c) => { const own = bareRegionName(c); return own.length >= texts[k].length - 2 && normalizeName(own) === texts[k]; })));
  const add = (cc: string, w: number, k?: number) => {
    counts.set(cc, (counts.get(cc) ?? 0) + w);
    if (k !== undefined) own[k].push([cc, w]);
  };
  raws.forEach((r, k) => {
    const top = r.candidates[0];
    if (!top || !top.countryCode || commonWord[k]) return;
    // "Adana" is Turkey's region of that very name, not Aden's, whose alternate spelling it also is
    const exactAdmin = r.candidates.find((c) => c.featureCode === 'ADM1' && exact[k].has(c));
    const looseAdmin = exactAdmin ? undefined : r.candidates.find((c) => c.featureCode === 'ADM1');
    // "Amara" is no vote for Amhara: a region reached by another spelling counts when nothing else bears the
    // name, when its country has a town of the name too ("Gaza"), or when the words around call it a region
    const admin =
      exactAdmin ??
      (looseAdmin && ((r.candidates.length === 1 && (!r.partial || spelledAlike(looseAdmin.name, r.text))) || r.isContainer || r.adminCue || r.candidates.some((c) => c !== looseAdmin && c.countryCode === looseAdmin.countryCode)) ? looseAdmin : undefined);
    // a region name counts only when the words around say it is one: plain words are often some country's county
    if (admin && !isCountryCode(top)) {
      add(admin.countryCode, r.isContainer || r.adminCue || r.relation !== null ? 1.5 : 1, k);
      const key = `${admin.countryCode}|${admin.admin1 ?? admin.name}`;
      regions.set(key, (regions.get(key) ?? 0) + 1);
      ownRegion[k] = key;
    }
    if (isCountryCode(top)) {
      // "Terry Jolly, 60, Lebanon": words that call the name a town's take back its vote for the country
      if (!r.qualifiesAgent && !r.notCountry && !r.settlement) add(top.countryCode, 2, k);
      // "Georgia" is also the state: its towns ("Atlanta") are as likely the state's as "Texas"'s are Texas's
      if (exactAdmin && exactAdmin.name.toLowerCase() === r.text.toLowerCase()) {
        const key = `${exactAdmin.countryCode}|${exactAdmin.admin1 ?? exactAdmin.name}`;
        regions.set(key, (regions.get(key) ?? 0) + 1);
        ownRegion[k] = key;
      }
    }
    else if (isCurated(top)) add(top.countryCode, 1.5, k);
    else if (top.featureCode !== 'ADM1') {
      const pop = top.population ?? 0;
      const second = r.candidates.find((c) => c.countryCode !== top.countryCode);
      const secondPop = second?.population ?? (second ? 1e5 : 0);
      // only a city big enough that a namesake is unlikely says where the article is
      // a name inside a stated region is evidence only for that region ("(Al Qahirah)" in Taizz is not Cairo)
      if ((pop >= 1_000_000 || top.featureCode === 'PPLC') && !r.partial && r.container === null && (!second || pop > 10 * secondPop)) add(top.countryCode, 1, k);

    }
  });
  // "Etowah", "Sweetwater", "Madisonville": town names found in one or two countries only say,
  // together, which country a local story is in; each name counts once however often repeated
  const seenTown = new Set<string>();
  // even where a country is named outright (half a vote each weighs little against its 2), but not
  // in notes that state each place's region ("Kafr Nabl (Idlib)")
  const regionsStated = raws.some((r) => r.isContainer);
  if (!regionsStated) raws.forEach((r, k) => {
    if (commonWord[k] || r.partial || r.county || r.container !== null || r.isContainer || r.candidates.some((c) => c.featureCode === 'PCLI' || c.featureCode === 'ADM1' || c.geonameid === null)) return;
    const name = texts[k];
    if (seenTown.has(name)) return;
    seenTown.add(name);
    const ccs = new Set([...exact[k]].map((c) => c.countryCode));
    if (!ccs.size || ccs.size > 2) return;
    for (const cc of ccs) add(cc, TOWN_COUNTRY_VOTE / ccs.size, k);
  });
  // "Henderson County", "Rapides Parish": only US local news names its counties so
  raws.forEach((r, k) => {
    if (r.county && r.candidates.some((c) => c.countryCode === 'US')) add('US', 1, k);
  });
  // "Turkish forces shelled …": a demonym often names the actor's country, not the scene
  for (const d of demonyms) add(d, 0.5);
  // "Councilman", "Board of Supervisors": a local story that names no country still speaks its country's civic language
  for (const [cc, w] of locale) add(cc, w);
  if (dateline) {
    for (const part of dateline.split(/[\/,]/)) {
      const top = gazetteer.candidates(part.trim())[0];
      if (top) add(top.countryCode, 1);
    }
  }
  const townRegions = townRegionVotes(raws, counts, exact, commonWord);
  const townTotals = new Map<string, number>();
  const townByText = new Map<string, Map<string, number>>();
  townRegions.forEach((vs, k) => {
    if (!vs.length) return;
    const mine = townByText.get(texts[k]) ?? new Map<string, number>();
    townByText.set(texts[k], mine);
    for (const [key, w] of vs) {
      townTotals.set(key, (townTotals.get(key) ?? 0) + w);
      mine.set(key, (mine.get(key) ?? 0) + w);
    }
  });
  // only where the name is a country's and a region's alike ("Georgia"): ten "China"s do say China
  // and where another mention of the name is called a town's ("Lebanon police" after "Jolly, 60, Lebanon")
  const townNamed = new Set(raws.flatMap((r, k) => (r.notCountry || r.settlement ? [texts[k]] : [])));
  const namesCountry = raws.map((r, k) => r.candidates[0] !== undefined && isCountryCode(r.candidates[0]) && (townNamed.has(texts[k]) || r.candidates.some((c) => c.featureCode === 'ADM1' && c.name.toLowerCase() === r.text.toLowerCase())));
  const namesCity = raws.map((r) => r.candidates[0] !== undefined && r.candidates[0].geonameid !== null && r.candidates[0].featureCode.startsWith('PPL'));
  const countryNamed = raws.map((r) => r.candidates[0] !== undefined && isCountryCode(r.candidates[0]));
  return { counts, own, regions, ownRegion, texts, townTotals, townByText, exact, namesCountry, namesCity, countryNamed };
}

/** The country with the most evidence (the first of equals), or null when none has any. */
function topCountry(counts: ReadonlyMap<string, number>): string | null {
  let top: string | null = null;
  let best = 0;
  for (const [cc, v] of counts) if (v > best) [best, top] = [v, cc];
  return top;
}

/**
 * Each town name's vote for the first-level regions of the article's top country it could lie in,
 * split evenly among them: "Marietta" and "Decatur" both fit Georgia, so the "Athens" of the same
 * story is Georgia's. A name found in one region only casts a whole vote.
 */
function townRegionVotes(raws: readonly RawPlace[], counts: ReadonlyMap<string, number>, exact: readonly ReadonlySet<Place>[], commonWord: readonly boolean[]): (readonly [string, number][])[] {
  const top = topCountry(counts);
  return raws.map((r, k) => {
    if (!top || commonWord[k] || r.container !== null || r.isContainer || r.candidates.some((c) => c.featureCode === 'PCLI' || c.featureCode === 'ADM1')) return [];
    const keys = new Set<string>();
    // only towns of that very name: alternate spellings reach far-off namesakes ("Maryville" is one of Beeville's)
    for (const c of exact[k]) if (c.countryCode === top && c.admin1 && c.geonameid !== null) keys.add(`${top}|${c.admin1}`);
    // "Springfield" could be in a dozen states and says nothing
    if (!keys.size || keys.size > MAX_TOWN_REGIONS) return [];
    const w = 1 / keys.size;
    return [...keys].map((key) => [key, w] as [string, number]);
  });
}

/** Focus evidence, kept per mention so that a name never counts as evidence for its own reading. */
export interface FocusEvidence {
  readonly counts: ReadonlyMap<string, number>;
  readonly own: readonly (readonly [string, number][])[];
  readonly regions?: ReadonlyMap<string, number>;
  readonly ownRegion?: readonly (string | null)[];
  /** Each mention's normalised name: repetitions of a name do not vote for each other. */
  readonly texts?: readonly string[];
  /** All town votes per "CC|Region", and the part each name's mentions cast. */
  readonly townTotals?: ReadonlyMap<string, number>;
  readonly townByText?: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Per mention, the candidates bearing its own name. */
  readonly exact?: readonly ReadonlySet<Place>[];
  /** Per mention, whether it counted as the name of a country that is also a region's name. */
  readonly namesCountry?: readonly boolean[];
  /** Per mention, whether its first reading is a country. */
  readonly countryNamed?: readonly boolean[];
  /** Per mention, whether its first reading is a GeoNames town: a city named again is one name, not more evidence. */
  readonly namesCity?: readonly boolean[];
}

/** The article's most evidenced country as a Place, or null when nothing points to one. */
export function focusCountryPlace(ev: FocusEvidence, gazetteer: Gazetteer): Place | null {
  const top = topCountry(ev.counts);
  return top ? (gazetteer.country?.(top) ?? null) : null;
}

/** Mention k and every other mention of the same name. */
function sameNamed(ev: FocusEvidence, k: number): number[] {
  const texts = ev.texts;
  if (!texts) return [k];
  const out: number[] = [];
  for (let j = 0; j < texts.length; j++) if (j === k || texts[j] === texts[k]) out.push(j);
  return out;
}

/** The focus as seen from mention k: everything except what mention k itself contributed. */
export function focusFor(ev: FocusEvidence, k: number): Focus {
  const counts = new Map(ev.counts);
  for (const [cc, w] of ev.own[k] ?? []) counts.set(cc, (counts.get(cc) ?? 0) - w);
  // nor do its repetitions as a country: "Georgia" four times in a story about Athens, Ga. is no evidence for the country
  // and a city's repetitions are one name: six "Dublin"s in an Ohio paper are not six votes for Ireland
  // and a name's repetitions are one name: fourteen "Dublin"s in an Ohio paper are not fourteen votes for Ireland
  const same = sameNamed(ev, k);
  // (but ten "China"s do say China, where no region bears the name)
  for (const j of same) if (j !== k && (ev.namesCountry?.[j] || !ev.countryNamed?.[j])) for (const [cc, w] of ev.own[j] ?? []) counts.set(cc, (counts.get(cc) ?? 0) - w);
  let total = 0;
  for (const v of counts.values()) if (v > 1e-9) total += v;
  const share = new Map<string, number>();
  let top: string | null = null;
  let best = 0;
  for (const [cc, v] of counts) {
    if (v <= 1e-9) continue;
    share.set(cc, v / total);
    if (v > best) [best, top] = [v, cc];
  }
  const regionShare = new Map<string, number>();
  if (ev.regions) {
    // the votes of the name and of its repetitions
    const mine = new Map<string, number>();
    for (const j of same) {
      const key = ev.ownRegion?.[j];
      if (key) mine.set(key, (mine.get(key) ?? 0) + 1);
    }
    // "Georgia" the country also votes for the US state ("Atlanta" is then the state's): in a story of a third country
    // ("KABUL … Georgian troops … Georgia has 870 troops") that vote would only thin the regions named there ("Kabul")
    if (top !== null) ev.ownRegion?.forEach((key, j) => {
      const thirdCountry = !key?.startsWith(`${top}|`) && !ev.own[j]?.some(([cc]) => cc === top);
      if (key && ev.namesCountry?.[j] && thirdCountry && !same.includes(j)) mine.set(key, (mine.get(key) ?? 0) + 1);
    });
    const left = (key: string, v: number) => v - (mine.get(key) ?? 0);
    let sum = 0;
    for (const [key, v] of ev.regions) if (left(key, v) > 0) sum += left(key, v);
    if (sum > 0) for (const [key, v] of ev.regions) if (left(key, v) > 0) regionShare.set(key, left(key, v) / sum);
  }
  // a name's own votes, and those of its repetitions, say nothing about where it lies
  const townShare = new Map<string, number>();
  if (ev.townTotals) {
    const mine = ev.townByText?.get(ev.texts?.[k] ?? '');
    let sum = 0;
    for (const [key, w] of ev.townTotals) {
      const v = w - (mine?.get(key) ?? 0);
      if (v > 1e-9) {
        townShare.set(key, v);
        sum += v;
      }
    }
    for (const [key, v] of townShare) townShare.set(key, v / sum);
  }
  let second = 0;
  for (const [cc, v] of share) if (cc !== top && v > second) second = v;
  const topShare = top ? (share.get(top) ?? 0) : 0;
  const lead = topShare > 0 ? (topShare - second) / topShare : 1;
  return { share, top, topWeight: best, lead, regionShare, townShare };
}

/** A capital of a million or more, or any city of five: known the world over by its name. */
const worldCity = (c: Place) => c.geonameid !== null && (c.population ?? 0) >= (c.featureCode === 'PPLC' ? 1_000_000 : 5_000_000);
/** How many times a namesake's population a world city must be to be read outside the story's countries. */
const WORLD_CITY_RATIO = 50;

function prior(c: Place, adminCue: boolean): number {
  if (isCountryCode(c)) return 10;
  if (c.featureCode === 'ADM1') return adminCue ? 14 : 5.2;
  if (isCurated(c)) return 10;
  const pop = c.population ?? 0;
  // a district read at its seat (the packs' hierarchy) ranks as the district seat it is
  const bonus = c.featureCode === 'PPLC' ? 1.5 : c.featureCode === 'PPLA' ? 1 : c.featureCode === 'PPLA2' || isDistrictSeat(c) ? 0.5 : 0;
  return Math.log10(pop + 10) + bonus;
}

/** Whether the container text ("Idlib", "Lebanon") names the candidate's region or country. */
function containerMatches(c: Place, containerKey: string, containerPlaces: readonly Place[]): boolean {
  if (c.admin1 && normalizeName(c.admin1) === containerKey) return true;
  // a district the packs' hierarchy names ("Kafr Nabl (Ma'arrat An Nu'man)")
  if (c.admin2 && normalizeName(c.admin2) === containerKey) return true;
  if (normalizeName(c.country) === containerKey) return true;
  for (const p of containerPlaces) {
    if (p.featureCode === 'PCLI' && p.countryCode === c.countryCode) return true;
    if (p.featureCode === 'ADM1' && p.countryCode === c.countryCode && c.admin1 && p.admin1 && normalizeName(p.admin1) === normalizeName(c.admin1)) return true;
    // a region whose name is also its seat ("(Aden)"): the seat's surroundings count as inside
    if (p.countryCode === c.countryCode && distanceKm(p.latitude, p.longitude, c.latitude, c.longitude) < 60) return true;
  }
  return false;
}

/** How far from a stated region's point a feature without a country may lie and still be said to lie in it. */
const NEAR_STATED_REGION_KM = 150;

/**
 * The candidates a stated region or country allows ("(Al Jabaliyah (At Tuhayat, Al Hudaydah)" rules
 * out Jabalya in Gaza), or null when the container names no known region or country and so
 * cannot rule anything out.
 */
function withinStatedRegion(cands: readonly Place[], containerParts: readonly string[], gazetteer: Gazetteer, focus: Focus): readonly Place[] | null {
  const regions: Place[] = [];
  const seats: Place[] = [];
  let namesDistrict = false;
  for (const part of containerParts) {
    // "Zap region (Al Amadiya district)": the district is named for its seat, the town of that name
    const district = part.replace(DISTRICT_WORD_AFTER, '');
    if (district !== part) namesDistrict = true;
    const readings = gazetteer.candidates(district);
    // "(Harib, Marib)": the district's seat is the Harib in Marib, not a namesake in another governorate;
    // "(Fars)": the region's namesake villages are no seats, in the country where the name may lie;
    // Algeria's Saïda says nothing about "Sidon (Sayda)"
    const outer = containerParts.filter((p) => p !== part).flatMap((p) => gazetteer.candidates(p.replace(DISTRICT_WORD_AFTER, '')));
    const stated = [
      ...readings.filter((reg) => isRegion(reg) && cands.some((c) => c.countryCode === reg.countryCode)),
      ...outer.filter((reg) => isRegion(reg) && (focus.share.has(reg.countryCode) || cands.some((c) => c.countryCode === reg.countryCode))),
    ];
    for (const p of readings) {
      if (isRegion(p)) regions.push(p);
      else if (p.geonameid !== null && (stated.length ? stated.some((reg) => holds(reg, p)) : isSeatLike(p))) seats.push(p);
    }
  }
  const keys = containerParts.map((part) => normalizeName(part.replace(DISTRICT_WORD_AFTER, '')));
  // ACLED closes its bracket on the first-level region: "Kahnuj city (Kerman)" is in Kerman province, not only in
  // its namesake county around Kerman city, unless the words call it a district
  const last = containerParts[containerParts.length - 1];
  const lastIsRegion = last === last.replace(DISTRICT_WORD_AFTER, '') && gazetteer.candidates(last).some((reg) => reg.featureCode === 'ADM1' && cands.some((c) => c.countryCode === reg.countryCode));
  const districtKeys = lastIsRegion ? keys.slice(0, -1) : keys;
  // a district is no gazetteer entry, but the packs' hierarchy gives each village its district
  const inDistrict = (c: Place) => c.admin2 !== null && districtKeys.includes(normalizeName(c.admin2));
  const districtOnes = cands.filter(inDistrict);
  if (districtOnes.length) return districtOnes;
  // "Al Haymah (At Tuhayat, Al Hudaydah)": where the hierarchy knows the stated district and none of the name's
  // readings lies in it, a namesake in another district of the region is none; ACLED codes the event at the district's seat
  const districtSeats = containerParts.length > 1 ? containerParts.slice(0, -1).flatMap((part) => gazetteer.candidates(part.replace(DISTRICT_WORD_AFTER, '')).filter((d) => isDistrictSeat(d) && keys.includes(normalizeName(d.admin2 ?? '')))) : [];
  if (districtSeats.length && cands.some((c) => c.geonameid !== null && !isRegion(c) && !isDistrictSeat(c))) {
    const elsewhere = (c: Place) => c.geonameid !== null && c.admin2 !== null && !isDistrictSeat(c) && districtSeats.some((d) => d.countryCode === c.countryCode && d.admin1 === c.admin1);
    const kept = cands.filter((c) => !elsewhere(c));
    if (!kept.some((c) => c.geonameid !== null && !isRegion(c))) return districtSeats;
    cands = kept;
  }
  // a stated district rules out the places outside it, even when none is left: ACLED then codes the
  // event at the district's seat, which the district's own mention gives
  if (!regions.length) return namesDistrict && seats.length ? cands.filter((c) => seats.some((p) => holds(p, c))) : null;
  return cands.filter((c) => {
    if (c.admin1 && keys.includes(normalizeName(c.admin1))) return true;
    // "Sidon (Sayda)": a district the gazetteer lacks is named for its seat, a town that may also bear the name of a far-off region
    // but not across the border of a first-level region the note also states ("Bani Hasan (Abs, Hajjah)"
    // is no village of Amran's, however near Abs)
    const statedHere = regions.filter((reg) => reg.featureCode === 'ADM1' && reg.countryCode === c.countryCode);
    if (seats.some((p) => holds(p, c)) && (!c.admin1 || !statedHere.length || statedHere.some((reg) => holds(reg, c)))) return true;
    for (const p of regions) {
      // "Mount Chaambi, Kasserine governorate": a mountain or river of the lexicons has no country of its own; near the stated region it lies in it
      if (!c.countryCode && c.geonameid === null && distanceKm(p.latitude, p.longitude, c.latitude, c.longitude) < NEAR_STATED_REGION_KM) return true;
      if (p.countryCode !== c.countryCode) continue;
      if (p.featureCode === 'PCLI') return true;
      if (c === p || (c.admin1 && p.admin1 && normalizeName(p.admin1) === normalizeName(c.admin1))) return true;
      // GeoNames rows of a region without a name of its own, and towns of a county where GeoNames' first
      // level is coarser ("Thruxton, Hampshire", which GeoNames puts in England): the surroundings count as inside
      if ((!c.admin1 || COARSE_ADMIN1.has(p.countryCode)) && distanceKm(p.latitude, p.longitude, c.latitude, c.longitude) < 80) return true;
    }
    return false;
  });
}

/** "Kitaf wa Al Boqee, Sadah" and "Hajjah and Sadah" name two containers, "Sistan and Baluchestan" one. */
function splitContainer(container: string, gazetteer: Gazetteer): string[] {
  return container
    .split(/\s*,\s*/)
    .flatMap((part) => (/\sand\s/.test(part) && gazetteer.candidates(part).some((c) => c.featureCode === 'ADM1' || c.featureCode === 'PCLI') ? [part] : part.split(/\s+and\s+/)))
    .filter(Boolean);
}

/** A container or the words around the mention say which town it is ("Salisbury, Conn.", "Jolly, 60, Lebanon", "Paris Police Department"). */
export function settledAround(r: RawPlace): boolean {
  return r.container !== null || r.settlement === true || r.notCountry === true;
}

/** Countries whose GeoNames first level (England, Leinster) is coarser than the counties news names. */
const COARSE_ADMIN1: ReadonlySet<string> = new Set(['GB', 'IE']);

const isRegion = (p: Place) => p.featureCode === 'ADM1' || p.featureCode === 'PCLI';

/** A town a district may be named for: an administrative seat or a town of some size, not a pack's hamlet. */
const isSeatLike = (p: Place) => /^PPL(?:A\d?|C)$/.test(p.featureCode) || (p.population ?? 0) >= 1000;

/** "Al Amadiya district": a container typed as a district. */
const DISTRICT_WORD_AFTER = /\s+district$/i;

/** How far a district reaches around the town it is named for. */
const SEAT_KM = 60;

/** Whether place p lies in a container read as `c`: its country, its region, or the district around a town. */
function holds(c: Place, p: Place): boolean {
  if (c === p) return true;
  if (c.countryCode !== p.countryCode) return false;
  if (isCountryCode(c)) return true;
  if (c.featureCode === 'ADM1') return p.admin1 !== null && (p.admin1 === (c.admin1 ?? c.name) || normalizeName(p.admin1) === normalizeName(c.admin1 ?? c.name));
  return !isCountryCode(p) && p.featureCode !== 'ADM1' && distanceKm(c.latitude, c.longitude, p.latitude, p.longitude) < SEAT_KM;
}

/**
 * For each container mention, the mentions it is said to contain ("Sidon" for the "Sayda" of
 * "Sidon (Sayda)", "Yuregir" for the "Adana" of "Yuregir town, Adana").
 */
function containedBy(raws: readonly RawPlace[], gazetteer: Gazetteer): number[][] {
  const out = raws.map(() => [] as number[]);
  raws.forEach((r, k) => {
    if (!r.container) return;
    const parts = new Set(splitContainer(r.container, gazetteer).map(normalizeName));
    for (let j = k + 1; j < raws.length; j++) {
      const c = raws[j];
      if (c.sentence !== r.sentence) break;
      if (c.isContainer && parts.has(normalizeName(c.text.replace(ADMIN_WORD_AFTER, '')))) {
        out[j].push(k);
        break;
      }
    }
  });
  return out;
}

/** The candidates a mention may take, and what its container says; the same for both scoring passes. */
interface Pool {
  readonly cands: readonly Place[];
  readonly containerKeys: readonly string[];
  readonly containerPlaces: readonly Place[];
  /** Candidates whose own name is the mention's, not one of their alternate names. */
  readonly exact: ReadonlySet<Place>;
  /** The same, kept even where a country of that name exists. */
  readonly ownNamed: ReadonlySet<Place> | null;
  /** A container's readings that hold a reading of a name said to lie in it, when only some do. */
  readonly holding?: ReadonlySet<Place>;
}

/** A district read at its seat's point (gazetteer-index.ts addDistrictSeats): no row of its own, a seat's id. */
const isDistrictSeat = (c: Place) => c.featureCode === 'ADM2' && c.geonameid !== null;

/** A GeoNames place of few or no recorded people, reached only through one of its alternate names. */
function isAltNamedHamlet(c: Place, exactNamed: ReadonlySet<Place>): boolean {
  return c.geonameid !== null && (c.population ?? 0) < HAMLET_POPULATION && !exactNamed.has(c) && !isCountryCode(c) && c.featureCode !== 'ADM1' && !isDistrictSeat(c);
}
/** Below this many people a place reached only through an alternate name is a hamlet ("Erbil" is one name of Koşuyolu, 442 people, in Mardin). */
const HAMLET_POPULATION = 1000;

/** Below this share of the article's place evidence a country is named in passing (one country name beside some sixteen of another). */
const PASSING_SHARE = 0.06;
/** Up to this many letters, a name read through its key must also be spelled like the place's. */
const SOUND_ALIKE_MIN = 3;

/** How close the readings a loose name keeps inside its region must lie to count as one village (GeoNames holds some twice). */
const LOOSE_SAME_KM = 15;
/** Loose readings are of villages and small towns: a city is known by a key of its own. */
const LOOSE_MAX_POPULATION = 100_000;
/** Letters a name needs, without its article, before its consonants say anything. */
const LOOSE_MIN_LETTERS = 4;
/** How far (spellingDistance) a loose reading may be spelled from the note's name to be told from its region's other readings. */
const LOOSE_NEAR_SPELLING = 2;
/** By how much the nearest spelling must beat every other village of the region that shares the consonants. */
const LOOSE_SPELLING_MARGIN = 2;

/**
 * A name read through its consonants (gazetteer.looseCandidates) is a reading only inside the
 * region the note states, and only when it is the one village there; else null.
 */
function looseReading(r: RawPlace, loose: readonly Place[], parts: readonly string[], gazetteer: Gazetteer, focus: Focus): Place | null {
  // a quarter is coded at its town, a district at its seat; and a short name's consonants meet too many others ("Adl", "Akd")
  if (r.quarter || plainSpelling(r.text.replace(LEADING_ARTICLE, '')).length < LOOSE_MIN_LETTERS) return null;
  const villages = loose.filter((c) => c.geonameid !== null && c.featureCode !== 'ADM1' && !isCountryCode(c) && (c.population ?? 0) < LOOSE_MAX_POPULATION && TRANSLITERATED.has(c.countryCode));
  if (!villages.length) return null;
  let allowed = withinStatedRegion(villages, parts, gazetteer, focus);
  // "(Majzar, Marib)": with a district stated, a reading the hierarchy puts in another district is none
  const keys = parts.map((p) => normalizeName(p.replace(DISTRICT_WORD_AFTER, '')));
  if (parts.length > 1) allowed = allowed?.filter((c) => c.admin2 === null || keys.includes(normalizeName(c.admin2))) ?? null;
  if (!allowed?.length) return null;
  const first = allowed[0];
  if (allowed.every((c) => distanceKm(c.latitude, c.longitude, first.latitude, first.longitude) < LOOSE_SAME_KM)) return first;
  // several villages of the region share the consonants ("Nimane": Nu‘mān and Nu‘mānīyah, both in Aleppo): the one
  // spelled nearly as written, when every other is spelled clearly further off
  const ranked = allowed.map((c) => ({ c, d: spellingDistance(r.text, c.name) })).sort((a, b) => a.d - b.d);
  const [top] = ranked;
  const rivals = ranked.filter((x) => distanceKm(x.c.latitude, x.c.longitude, top.c.latitude, top.c.longitude) >= LOOSE_SAME_KM);
  return top.d <= LOOSE_NEAR_SPELLING && rivals.every((x) => x.d - top.d >= LOOSE_SPELLING_MARGIN) ? top.c : null;
}

function candidatePool(r: RawPlace, focus: Focus, gazetteer: Gazetteer, exactNamed?: ReadonlySet<Place>): Pool {
  if (r.loose) {
    const parts = r.container ? splitContainer(r.container, gazetteer) : [];
    const one = parts.length ? looseReading(r, r.candidates, parts, gazetteer, focus) : null;
    return { cands: one ? [one] : [], containerKeys: parts.map(normalizeName), containerPlaces: parts.flatMap((part) => gazetteer.candidates(part).slice(0, 8)), exact: new Set(), ownNamed: null };
  }
  let cands = r.candidates;
  if (r.adminCue) {
    const admins = cands.filter((c) => c.featureCode === 'ADM1');
    if (admins.length) cands = admins;
  }
  // "As Samawah city" is no Samoa, "Amara town" no Amhara: a settlement is neither a country nor a region
  else if (r.settlement) {
    const towns = cands.filter(isTownReading);
    if (towns.length) cands = towns;
  }
  // "a Lebanon man" is from Lebanon, Pa.: a country's people go by its demonym
  else if (r.notCountry) {
    const notCountries = cands.filter((c) => !isCountryCode(c));
    if (notCountries.length) cands = notCountries;
  }
  // Outside the article's countries, a town reached only through one of its alternate names
  // ("Mosque" for Moscow, "Sehid" for Enschede) is a coincidence of spelling, not a reading
  // A country the story only mentions in passing is no home for such a coincidence: "Hun" (Sen) is no Hoonah, Alaska,
  // because a Cambodian story once names the United States
  const storyCountry = (cc: string) => cc === focus.top || (focus.share.get(cc) ?? 0) >= PASSING_SHARE;
  if (focus.topWeight >= 1 && cands.some((c) => c.geonameid !== null && !storyCountry(c.countryCode))) {
    const said = r.text.replace(ADMIN_WORD_AFTER, '');
    const key = normalizeName(said);
    // a short name's sound is no name: "Hun" and "Hoonah" share a key (longer keys are transliterations: "Dihok", "Duhok")
    // "Quebec City", "Kuwait City": the town's own name and the word for its kind
    const cityKey = /\s+city$/i.test(said) ? normalizeName(said.replace(/\s+city$/i, '')) : null;
    const ownName = (c: Place) => (normalizeName(c.name) === key && (plainSpelling(said).length > SOUND_ALIKE_MIN || spelledAlike(c.name, said))) || (cityKey !== null && isTownReading(c) && normalizeName(c.name) === cityKey);
    // "New York" is New York City's own name shortened, not a coincidence
    // nor is "Kiev" or "Bombay": a great city's English name, when it is the name's first reading
    // nor an English exonym of a smaller well-known city ("Cologne" for Köln: exonyms.ts)
    cands = cands.filter((c) => c.geonameid === null || storyCountry(c.countryCode) || ownName(c) || ((c.population ?? 0) >= 1_000_000 && (normalizeName(c.name).startsWith(`${key} `) || c === r.candidates[0])) || exonymReading(c, said));
  }
  // "Ar Raqqa", "Duhok": a first-level region bearing the name as its own outweighs a pack's village that
  // only lists it among its alternate names ("Rakka" for a hamlet in Konya), wherever the story's focus lies
  if (exactNamed && cands.some((c) => c.featureCode === 'ADM1' && exactNamed.has(c) && spelledAlike(c.name, r.text))) {
    const kept = cands.filter((c) => !isAltNamedHamlet(c, exactNamed));
    if (kept.length) cands = kept;
  }
  // of a village and a district of one name (packs hold both), "the village of" means the village
  if (r.village) {
    const populated = cands.filter((c) => c.featureCode !== 'ADM2' && c.featureCode !== 'ADM3');
    if (populated.length) cands = populated;
  }
  // a district read at its seat (the packs' hierarchy) only where the words say it is a district or where it lies:
  // "Shadaa district (Sadah)", "Akdeniz town, Mersin", "(Al Madaribah Wa Al Arah, Lahij)"; a bare "Osman" or
  // "Karim" is a person's name far more often than a district's
  if (!(r.quarter || r.settlement || r.container !== null || r.containerLevel === 2)) {
    const notDistricts = cands.filter((c) => !isDistrictSeat(c));
    if (notDistricts.length < cands.length) cands = notDistricts;
  }
  const containerParts = r.container ? splitContainer(r.container, gazetteer) : [];
  if (containerParts.length) {
    let allowed = withinStatedRegion(cands, containerParts, gazetteer, focus);
    // the gazetteer kept only the likeliest readings of a common name: the stated region's own may be among those left out
    if (allowed && gazetteer.allCandidates && gazetteer.candidateLimit && r.candidates.length >= gazetteer.candidateLimit && !r.loose && !r.quarter) {
      const known = new Set(cands.map((c) => c.geonameid));
      const more = gazetteer.allCandidates(r.text.replace(ADMIN_WORD_AFTER, '')).filter((c) => c.geonameid !== null && !known.has(c.geonameid) && !isCountryCode(c) && c.featureCode !== 'ADM1');
      const widened = more.length ? withinStatedRegion([...cands, ...more], containerParts, gazetteer, focus) : null;
      if (widened) allowed = widened;
    }
    if (allowed) cands = allowed;
    // "Ftireh town in Idleb countryside": no place of that spelling lies in the stated region, but Faţīrah does
    if (allowed && !allowed.some((c) => c.geonameid !== null) && gazetteer.looseCandidates && !r.isContainer) {
      const one = looseReading(r, gazetteer.looseCandidates(r.text.replace(ADMIN_WORD_AFTER, '')), containerParts, gazetteer, focus);
      if (one) cands = [one];
    }
  }
  // a country's name ("Russia", also a town in Ohio) is the country: the towns' votes are no reason to doubt it
  const exact: ReadonlySet<Place> = cands.some(isCountryCode) ? new Set() : (exactNamed ?? new Set());
  return { cands, containerKeys: containerParts.map(normalizeName), containerPlaces: containerParts.flatMap((part) => gazetteer.candidates(part).slice(0, 8)), exact, ownNamed: exactNamed ?? null };
}

function scoreCandidates(r: RawPlace, focus: Focus, pool: Pool, anchors: readonly Place[]): { c: Place; s: number }[] {
  const { cands, containerKeys, containerPlaces, exact, ownNamed } = pool;
  const written = plainSpelling(r.text);
  const literal = cands.filter((c) => plainSpelling(c.name) === written);
  const hasFocus = focus.top !== null;
  // from all the name's readings: "Al Bayda City" has set the region itself aside
  const regionNames = r.candidates.filter((c) => c.featureCode === 'ADM1');
  // the one reading that dwarfs every reading in the story's countries, when nothing calls the name a town's
  // (a world city, or a city English calls by this name: "Cologne" is Köln, not a hamlet of that name in the story's country)
  // counting only readings that bear the name: "London" is one of Renton's alternate names, and a US story's Renton
  // (100,000 people) must not make London, England, look like a namesake of a town its size
  const bearsName = (c: Place) => !ownNamed || !ownNamed.size || ownNamed.has(c) || c.geonameid === null;
  const inFocusPop = Math.max(0, ...cands.filter((c) => focus.share.has(c.countryCode) && bearsName(c)).map((c) => c.population ?? 0));
  const greatest = settledAround(r) ? undefined : cands.find((c) => (worldCity(c) || exonymReading(c, r.text)) && (c.population ?? 0) >= WORLD_CITY_RATIO * Math.max(1, inFocusPop));
  // the name's own readings' ids, made at the first region reading that needs them
  let ownIds: Set<number | null> | undefined;
  return cands
    .map((c) => {
      let s = prior(c, r.adminCue);
      // a town reached through one of its alternate names ("London" for Renton) yields to those that bear the name
      // and never outscores a world city that bears it, whatever the story's country ("London" in a US story is no Renton)
      // (an English exonym, "Cologne" for Köln, is the city's own name: exonyms.ts)
      if (ownNamed && c.geonameid !== null && ownNamed.size && !ownNamed.has(c) && !exonymReading(c, r.text)) s -= greatest && ownNamed.has(greatest) ? ALT_NAME_PENALTY + WORLD_CITY_ALT_PENALTY : ALT_NAME_PENALTY;
      // "Columbia" is Columbia, S.C., not Colombia: a country reached by a near-spelling yields to places bearing the very name
      else if (isCountryCode(c) && literal.length && !literal.includes(c)) s -= ALT_NAME_PENALTY * 2;
      // "Adana" is not Aden governorate, "Amara" not Amhara: a region reached by a near-spelling yields to towns of the very name
      else if (c.featureCode === 'ADM1' && ownNamed && ownNamed.size && !ownNamed.has(c) && !literal.includes(c) && [...ownNamed].some((o) => o.geonameid !== null)) s -= ALT_NAME_PENALTY * 2;
      // the name a parenthesis ends with is a region ("(Idlib)"), when one of that name exists
      if (r.containerLevel === 3 && c.featureCode === 'ADM1') s += 4;
      // "(Marib, Marib)": the name before the region's is its district, named for the district's town
      else if (r.containerLevel === 2 && c.featureCode === 'ADM1') s -= 4;
      // "Al Bayda" is Yemen's town before Libya's: a name that is also its region's is most likely the region's seat
      else if (c.geonameid !== null && c.featureCode !== 'ADM1' && !isCountryCode(c) && regionNames.some((o) => o.countryCode === c.countryCode && holds(o, c) && spelledAlike(o.name, c.name))) s += SEAT_OF_REGION;
      const share = focus.share.get(c.countryCode) ?? 0;
      s += 4 * share + (focus.top === c.countryCode ? TOP_COUNTRY * (focus.lead ?? 1) : 0);
      if (c.admin1 && c.featureCode !== 'ADM1') {
        s += REGION_WEIGHT * (focus.regionShare.get(`${c.countryCode}|${c.admin1}`) ?? 0);
        // only a town of this very name: "Florida" is also one of Valle Vista's names
        if (exact.has(c) && r.container === null) s += TOWN_VOTE * REGION_WEIGHT * (focus.townShare?.get(`${c.countryCode}|${c.admin1}`) ?? 0);
      }
      // "Georgia" in a story whose other towns could all lie in Georgia is the state
      // ("New York" the city lies in New York too, so the votes only decide against a namesake elsewhere)
      else if (c.featureCode === 'ADM1' && !cands.some((o) => o !== c && o.countryCode === c.countryCode && o.admin1 === (c.admin1 ?? c.name))) s += TOWN_VOTE * REGION_WEIGHT * (focus.townShare?.get(`${c.countryCode}|${c.admin1 ?? c.name}`) ?? 0);
      if (containerKeys.length) s += containerKeys.some((k) => containerMatches(c, k, containerPlaces)) ? 10 : -3;
      // "Sidon (Sayda)": the container is the place its town lies in, whatever else bears its name
      if (pool.holding) s += pool.holding.has(c) ? HOLDING : -HOLDING;
      // a place in a country the article never otherwise points to is usually a namesake
      // an ocean or a continent is nobody's: no country's share speaks against it
      // and a world capital far greater than any namesake in the story's countries is no namesake itself
      // ("Moscow" beside New York is not Moscow, Idaho), unless the words around call it a town's
      // but a container's reading that holds the names said to lie in it is where the story is ("Klynove, Donetsk" beside "Russian forces")
      if (hasFocus && share === 0 && !isCountryCode(c) && !isSupraRegion(c) && c !== greatest && !pool.holding?.has(c)) s -= 5;
      // "Georgia" in a story about Atlanta is the state, "Lebanon" in Pennsylvania news the town
      // but "Russia" is not the village in Ohio: a country yields only to a region or a sizeable town
      // and only to one bearing the very name: "China" is no alternate spelling of Cheyenne's to yield to
      else if (hasFocus && share === 0 && c !== greatest && cands.some((o) => o !== c && focus.share.has(o.countryCode) && (!isCountryCode(c) || ((o.featureCode === 'ADM1' || (o.population ?? 0) >= 100_000) && literal.includes(o))))) s -= 4;
      // "Georgia" in a story whose towns lie in Georgia is the state
      // (not the region's own seat read from this very name: "Aleppo" said five times is the city five times, no vote for the governorate)
      if (c.featureCode === 'ADM1' && anchors.length >= 2) {
        ownIds ??= new Set(cands.map((o) => o.geonameid).filter((id) => id !== null));
        const others = anchors.filter((a) => a.geonameid === null || !ownIds!.has(a.geonameid));
        const inside = others.filter((a) => a.countryCode === c.countryCode && a.admin1 === c.admin1).length;
        if (inside >= 2 && inside * 2 >= others.length) s += 6;
      }
      if (!isCountryCode(c) && c.featureCode !== 'ADM1') {
        for (const a of anchors) {
          if (a === c) continue;
          const d = distanceKm(a.latitude, a.longitude, c.latitude, c.longitude);
          if (d < 150) {
            s += 1.5;
            break;
          }
        }
      }
      return { c, s };
    })
    .sort((a, b) => b.s - a.s);
}

/**
 * Picks each mention's place. Two passes: the first resolves with the article's focus only,
 * the second adds nearness to the first pass's confident towns and landmarks.
 */
export function resolvePlaces(raws: readonly RawPlace[], evidence: FocusEvidence, gazetteer: Gazetteer, again = true): Resolved[] {
  const out = resolveOnce(raws, evidence, gazetteer);
  // a big city read as a namesake elsewhere takes back its vote for its country, and the story is read again (refocus.ts)
  const refocused = again ? withoutMisledVotes(raws, evidence, out.map((o) => o.place)) : null;
  return refocused ? resolveOnce(raws, refocused, gazetteer) : out;
}

function resolveOnce(raws: readonly RawPlace[], evidence: FocusEvidence, gazetteer: Gazetteer): Resolved[] {
  const focuses = raws.map((_, k) => focusFor(evidence, k));
  const pools = raws.map((r, k) => candidatePool(r, focuses[k], gazetteer, evidence.exact?.[k]));
  const inside = containedBy(raws, gazetteer);
  const containerOf = raws.map(() => -1);
  inside.forEach((ks, j) => {
    if (!ks.length) return;
    for (const k of ks) containerOf[k] = j;
    // only readings of the contained names that bear their own name: an alternate spelling's namesake proves nothing
    const named = ks.flatMap((k) => pools[k].cands.filter((c) => c.geonameid !== null && spelledAlike(c.name, raws[k].text)));
    const holding = new Set(pools[j].cands.filter((c) => named.some((p) => holds(c, p))));
    if (holding.size && holding.size < pools[j].cands.length) pools[j] = { ...pools[j], holding };
  });
  const first = raws.map((r, k) => scoreCandidates(r, focuses[k], pools[k], []));
  const anchors: Place[] = [];
  first.forEach((scored, k) => {
    const best = scored[0];
    if (!best || isCountryCode(best.c) || best.c.featureCode === 'ADM1') return;
    const margin = best.s - (scored[1]?.s ?? 0);
    if (margin > 2 || raws[k].candidates.length === 1) anchors.push(best.c);
  });
  const firstBest = first.map((scored) => scored[0]?.c ?? null);
  const coherent = coherence(raws, first, evidence);
  const out: Resolved[] = new Array(raws.length);
  // containers first: a contained name then takes a reading inside its container's, when it has one
  const depth = (k: number, n = 0): number => (containerOf[k] < 0 || n > raws.length ? n : depth(containerOf[k], n + 1));
  const order = raws.map((_, k) => k).sort((a, b) => depth(a) - depth(b));
  for (const k of order) out[k] = resolveOne(k);
  // "Athens" beside "Henderson County": a county and a town of the story lie together (county-towns.ts)
  const paired = countyTownPairs(raws, first, out.map((o) => o.place ?? o.best ?? null), (k) => evidence.texts?.[k] ?? String(k));
  paired.forEach((p, k) => {
    if (p && out[k].keep) out[k] = { ...out[k], place: withRelation(p, raws[k].relation), best: withRelation(p, raws[k].relation), bestTrusted: true };
  });
  // one sense per story: "LONDON, Ky. … London police said" — a town its container or the words around it
  // placed ("Jolly, 60, Lebanon") lends that reading to the bare repetitions of its name
  // "Dublin Arts Council", "Dublin Singers": inside a longer name only well-known readings were kept, so
  // the story's bare "Dublin"s, read with all their namesakes, say which Dublin it is
  const restricted = raws.map((r) => r.candidates.length < gazetteer.candidates(r.text).length);
  const fullReading = new Map<string, Place>();
  {
    const votes = new Map<string, Map<Place, number>>();
    raws.forEach((r, k) => {
      const p = out[k].place;
      const key = evidence.texts?.[k];
      if (!key || restricted[k] || r.partial || !p || p.geonameid === null) return;
      const mine = votes.get(key) ?? new Map<Place, number>();
      votes.set(key, mine);
      const same = [...mine.keys()].find((q) => q.geonameid === p.geonameid) ?? p;
      mine.set(same, (mine.get(same) ?? 0) + 1);
    });
    for (const [key, mine] of votes) fullReading.set(key, [...mine].sort((a, b) => b[1] - a[1])[0][0]);
  }
  // one sense per story: "LONDON, Ky. … London police said" — a town its container or the words around it
  // placed ("Jolly, 60, Lebanon") lends that reading to the bare repetitions of its name
  const settled = new Map<string, Place>();
  raws.forEach((r, k) => {
    const p = out[k].place;
    const key = evidence.texts?.[k];
    if (key && settledAround(r) && p && p.geonameid !== null && !settled.has(key) && !(restricted[k] && fullReading.has(key))) settled.set(key, p);
  });
  raws.forEach((r, k) => {
    const key = evidence.texts?.[k] ?? '';
    const p = settled.get(key) ?? (restricted[k] ? fullReading.get(key) : undefined);
    if (!p || (settled.has(key) && settledAround(r) && !restricted[k]) || r.isContainer || out[k].place?.geonameid === p.geonameid) return;
    // "KANDAHAR, Afghanistan … in the southern province of Kandahar": a region its own words name is the region's sense
    // of the name, not another mention of the seat that bears it
    if (r.adminCue && out[k].place?.featureCode === 'ADM1' && p.featureCode !== 'ADM1') return;
    // "China" is the country whatever a "China man" of some story's Texas says
    if (!settled.has(key) && out[k].place && !isTownReading(out[k].place!)) return;
    // among all the name's readings: "London Police" kept only the well-known Londons, but the story's London is Kentucky's
    const same = r.candidates.find((c) => c.geonameid === p.geonameid) ?? gazetteer.candidates(r.text).find((c) => c.geonameid === p.geonameid);
    if (same && out[k].keep) out[k] = { ...out[k], place: withRelation(same, r.relation), best: withRelation(same, r.relation), bestTrusted: true };
  });
  // "R-Florence" in a South Carolina story: a name kept to its well-known readings that nothing bare settles
  // takes the reading where the story is (focused-reading.ts)
  raws.forEach((r, k) => {
    if (!restricted[k] || !out[k].keep || fullReading.has(evidence.texts?.[k] ?? '')) return;
    const p = focusedReading(r.text, out[k].place, focuses[k], gazetteer);
    if (p) out[k] = { ...out[k], place: withRelation(p, r.relation), best: withRelation(p, r.relation), bestTrusted: true };
  });
  // "the capital's Medina district": a quarter of the story's capital lies in it; a namesake elsewhere (Medina, Ohio) is none,
  // and a quarter the gazetteer lacks is placed at its capital, as ACLED codes "Mogadishu - Medina"
  raws.forEach((r, k) => {
    if (!r.ofCapital) return;
    const capitals = out.map((o) => o?.place).filter((p): p is Place => p !== null && p !== undefined && p.featureCode === 'PPLC');
    const capital = capitals.find((p) => p.countryCode === focuses[k].top) ?? (new Set(capitals.map((p) => p.countryCode)).size === 1 ? capitals[0] : undefined);
    if (!capital) return;
    const near = (p: Place) => p.countryCode === capital.countryCode && distanceKm(p.latitude, p.longitude, capital.latitude, capital.longitude) <= CAPITAL_QUARTER_KM;
    const now = out[k].place;
    if (now && near(now)) return;
    const inside = pools[k].cands.find(near);
    const place = inside ? withRelation(inside, r.relation) : { ...capital, precision: 2 as const };
    out[k] = { ...out[k], place, best: place, bestTrusted: true, keep: true, confidence: Math.max(out[k].confidence, 0.5) };
  });
  return out;

  function resolveOne(k: number): Resolved {
    const r = raws[k];
    const focus = focuses[k];
    const container = containerOf[k] >= 0 ? out[containerOf[k]]?.place : null;
    const within = container ? pools[k].cands.filter((c) => holds(container, c)) : [];
    const narrowed = within.length > 0 && within.length < pools[k].cands.length;
    if (narrowed) pools[k] = { ...pools[k], cands: within };
    // a county the gazetteer lacks is placed by its state and towns; one it has is scored like any name
    if (r.county && !r.candidates.some((c) => c.featureCode === 'ADM2')) {
      const place = placeCounty(r, focus, firstBest, gazetteer);
      if (place) return { raw: r, place, confidence: 0.6, keep: true, best: place };
    }
    // "California" read first as the state stays the state: the towns of its name near the story's others are namesakes
    const region = first[k][0] !== undefined && (first[k][0].c.featureCode === 'ADM1' || isCountryCode(first[k][0].c));
    const scoredFirst = region && !narrowed ? [...first[k]] : coherent(k, anchors.length || narrowed ? scoreCandidates(r, focus, pools[k], anchors) : first[k]);
    const own = pools[k].ownNamed;
    const ranked = capitalFirst(r, scoredFirst);
    // "New Delhi" scored first as Delhi, one of whose names it is: a reading through another name, where the story is
    // not, is no reading (below), but a reading bearing the name itself is still one, and the next in line
    const throughOther = (c: Place) => c.geonameid !== null && own !== null && own.size > 0 && !own.has(c) && !focus.share.has(c.countryCode) && focus.top !== null && !spelledAlike(c.name, r.text) && !exonymReading(c, r.text);
    const firstOwn = ranked.findIndex((x) => own !== null && own.has(x.c));
    const scored = firstOwn > 0 && ranked.slice(0, firstOwn).every((x) => throughOther(x.c) && !(worldCity(x.c) && normalizeName(x.c.name).startsWith(normalizeName(r.text)))) ? ranked.slice(firstOwn) : ranked;
    const top = scored[0];
    if (!top) return { raw: r, place: null, confidence: 0, keep: false, best: null };
    const ownWeight = (evidence.own[k] ?? []).reduce((sum, [cc, w]) => (cc === top.c.countryCode ? sum + w : sum), 0);
    const onlyReading = own !== null && own.has(top.c) && ![...own].some((o) => o !== top.c && o.countryCode !== top.c.countryCode);
    // "White House" is one of Casablanca's names: a reading through another name, where the story is not, is no reading;
    // but "Dihok" for "Duhok" is the name spelt a letter apart
    const bestTrusted = top.c.geonameid === null || !own || own.size === 0 || own.has(top.c) || focus.share.has(top.c.countryCode) || focus.top === null || spelledAlike(top.c.name, r.text) || exonymReading(top.c, r.text) || (worldCity(top.c) && normalizeName(top.c.name).startsWith(normalizeName(r.text)));
    const resolved = bestTrusted ? decide(r, focus, scored, ownWeight, onlyReading, sameNamed(evidence, k).length) : { raw: r, place: null, confidence: 0.1, keep: true };
    return { ...resolved, best: resolved.place ?? withRelation(top.c, r.relation), bestTrusted };
  }
}

/** How many times a namesake's population a country's capital must be for its bare name to be the capital. */
const CAPITAL_RATIO = 50;

/**
 * "a Washington-based organization", "her mother in Washington": said bare, a capital's name is the capital, not a
 * small town of its country that the story's region or neighbours favour, unless the words around settle which town.
 */
function capitalFirst(r: RawPlace, scored: readonly { c: Place; s: number }[]): { c: Place; s: number }[] {
  const top = scored[0];
  if (!top || settledAround(r) || r.county || !isTownReading(top.c) || top.c.featureCode === 'PPLC') return [...scored];
  const written = plainSpelling(r.text);
  const capital = scored.find(({ c }) => c.featureCode === 'PPLC' && c.countryCode === top.c.countryCode && plainSpelling(c.name) === written && (c.population ?? 0) >= CAPITAL_RATIO * Math.max(1, top.c.population ?? 0));
  return capital ? [capital, ...scored.filter((x) => x !== capital)] : [...scored];
}

/** How many of a name's best readings take part in coherence, and how far below its best they may score. */
const COHERENCE_READINGS = 8;
const COHERENCE_SPREAD = 6;
/** What one other name lying close adds, and the most all of them may add. */
const COHERENCE_PER_NAME = 1.2;
const COHERENCE_MAX = 4;

/** Near enough to be one story's places: 1 within a town's reach, fading out by 250 km; a town in a named region 0.5. */
function closeness(a: Place, b: Place): number {
  if (a === b || isCountryCode(a) || isCountryCode(b)) return 0;
  if (a.featureCode === 'ADM1' || b.featureCode === 'ADM1') {
    if (a.featureCode === 'ADM1' && b.featureCode === 'ADM1') return 0;
    return (a.featureCode === 'ADM1' ? holds(a, b) : holds(b, a)) ? 0.5 : 0;
  }
  // an equirectangular distance is exact enough at these ranges, and cheap
  const r = Math.PI / 180;
  const x = (b.longitude - a.longitude) * r * Math.cos(((a.latitude + b.latitude) / 2) * r);
  const y = (b.latitude - a.latitude) * r;
  const d = 6371 * Math.sqrt(x * x + y * y);
  return d < 40 ? 1 : d < 100 ? 0.75 : d < 250 ? 0.4 : 0;
}

/**
 * The places of one story lie together: "Gainesville" and "Hall County" are both Georgia's, "Paris"
 * beside "Henry County" is Paris, Tennessee. Each reading of a name gains for every other name
 * (not its repetitions) with a plausible reading near it, whichever reading that name ends up with,
 * so two ambiguous names can settle each other.
 */
function coherence(raws: readonly RawPlace[], first: readonly (readonly { c: Place; s: number }[])[], evidence: FocusEvidence): (k: number, scored: readonly { c: Place; s: number }[]) => { c: Place; s: number }[] {
  const texts = evidence.texts;
  // a reading through one of a town's alternate names ("Turkey" for New Providence) is a coincidence of spelling
  const plausible = (c: Place, k: number) => c.geonameid === null || (evidence.exact?.[k]?.has(c) ?? true);
  const names = new Map<string, Place[]>();
  raws.forEach((_, k) => {
    const key = texts?.[k] ?? String(k);
    if (names.has(key) || !first[k].length) return;
    const top = first[k][0];
    // "Oregon" in a list of states is the state: its towns lend no coherence to other names' small towns
    // "Georgia" read first as the country may yet be the state: a region's reading close behind still counts
    if (isCountryCode(top.c) || top.c.featureCode === 'ADM1') names.set(key, first[k].filter((x) => x === top || (x.c.featureCode === 'ADM1' && x.s >= top.s - COHERENCE_SPREAD)).map((x) => x.c));
    else names.set(key, first[k].filter((x) => x.s >= top.s - COHERENCE_SPREAD && plausible(x.c, k)).slice(0, COHERENCE_READINGS).map((x) => x.c));
  });
  if (names.size < 2) return (_, scored) => [...scored];
  // a name's repetitions read alike: each (name, reading) is summed once
  const bonusOf = new Map<string, Map<Place, number>>();
  const others = [...names];
  const bonus = (own: string, c: Place): number => {
    let mine = bonusOf.get(own);
    if (!mine) bonusOf.set(own, (mine = new Map()));
    let b = mine.get(c);
    if (b === undefined) {
      let sum = 0;
      for (const [key, readings] of others) {
        if (key === own) continue;
        let bestClose = 0;
        for (const o of readings) {
          const v = closeness(c, o);
          if (v > bestClose) bestClose = v;
          if (bestClose === 1) break;
        }
        sum += bestClose;
      }
      b = Math.min(COHERENCE_MAX, COHERENCE_PER_NAME * sum);
      mine.set(c, b);
    }
    return b;
  };
  return (k, scored) => {
    const own = texts?.[k] ?? String(k);
    // "Mexico" and "China" are the countries, whatever small towns of that name lie near the story's others
    if (first[k][0] && isCountryCode(first[k][0].c)) return [...scored];
    const out: { c: Place; s: number }[] = [];
    for (const { c, s } of scored) out.push({ c, s: plausible(c, k) ? s + bonus(own, c) : s });
    return out.sort(byScore);
  };
}

function byScore(a: { s: number }, b: { s: number }): number {
  return b.s - a.s;
}

/** Median of points, per coordinate: one stray town does not drag it. */
function medianPoint(ps: readonly Place[]): { latitude: number; longitude: number } {
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];
  return { latitude: mid(ps.map((p) => p.latitude)), longitude: mid(ps.map((p) => p.longitude)) };
}

/**
 * A US county or parish: the gazetteer has towns only, so the county is placed inside its state
 * (named as its container, else the state the article is about) at the towns the article names
 * there, since local news names the county's own towns; a town of the county's name in that state
 * when it lies among them or nothing else is known; else the state's point. null without a state.
 */
function placeCounty(r: RawPlace, focus: Focus, firstBest: readonly (Place | null)[], gazetteer: Gazetteer): Place | null {
  let state: Place | null = null;
  if (r.container) state = gazetteer.candidates(r.container).find((c) => c.featureCode === 'ADM1' && c.countryCode === 'US') ?? null;
  if (!state) {
    // the state named as a region, and the state of the article's towns, vote
    const votes = new Map<string, number>();
    for (const [key, share] of focus.regionShare) if (key.startsWith('US|')) votes.set(key.slice(3), 2 * share);
    const usTowns = firstBest.filter((p): p is Place => p !== null && p.geonameid !== null && p.countryCode === 'US' && p.admin1 !== null);
    for (const p of usTowns) votes.set(p.admin1!, (votes.get(p.admin1!) ?? 0) + 1 / usTowns.length);
    let bestName: string | null = null;
    let bestVote = 0;
    for (const [name, v] of votes) if (v > bestVote) [bestName, bestVote] = [name, v];
    if (bestName) state = gazetteer.candidates(bestName).find((c) => c.featureCode === 'ADM1' && c.countryCode === 'US') ?? null;
  }
  if (!state) {
    // no stated or focal state: a town of the county's name, when the article points to the US at all
    const town = (focus.share.get('US') ?? 0) > 0 ? r.candidates.find((c) => c.countryCode === 'US' && c.geonameid !== null) : undefined;
    return town ? { ...town, name: r.text, featureCode: 'ADM2', geonameid: null, precision: 2 } : null;
  }
  const stateName = state.admin1 ?? state.name;
  const towns = firstBest.filter((p): p is Place => p !== null && p.geonameid !== null && p.countryCode === 'US' && p.admin1 === stateName);
  const namesake = r.candidates.filter((c) => c.geonameid !== null && c.admin1 === stateName);
  const at = towns.length ? medianPoint(towns) : null;
  const near = at ? namesake.find((c) => distanceKm(c.latitude, c.longitude, at.latitude, at.longitude) < 80) : namesake[0];
  const point = near ?? at ?? state;
  const base = near ?? state;
  return { ...base, name: r.text, latitude: point.latitude, longitude: point.longitude, featureCode: 'ADM2', geonameid: null, admin1: stateName, precision: near || at ? 2 : 3 };
}

const MANY_MENTIONS = 3;
const DOTTED_CAPITALS = /^(?:\p{Lu}\.){2,3}$/u;
/** A town this big is what its name says inside a sentence, whatever part of speech the tagger gives the word. */
const NAMED_TOWN = 50_000;

/**
 * Sentence-initial common words and names tagged as something other than a proper noun ("Read More", "Being"); but inside
 * a sentence the capital says "name" ("the Concord Police", "a Charleston man"), where the gazetteer has a place of that
 * very spelling and a town big enough, or a seat of government, that a word or a person's name of its spelling is less
 * likely than the town ("Justice Department", "Hope Hicks", "Moody's" stay out). Read as the place `c`, is `r` such a word?
 */
function readAsCommonWord(r: RawPlace, c: Place): boolean {
  if (r.tokenPos === null || r.tokenPos === 'PROPN' || /[ -]/.test(r.text.trim())) return false;
  if (r.placeCue || r.container !== null || r.isContainer || r.settlement === true || r.notCountry === true || r.regionAbbreviation === true) return false;
  const pop = c.population ?? 0;
  const capitalSaysName = r.midSentence === true && plainSpelling(c.name) === plainSpelling(r.text) && (pop >= NAMED_TOWN || c.featureCode === 'PPLA' || c.featureCode === 'PPLC');
  // "the B.C. border": dotted capitals are a region's abbreviation whatever the tagger makes of them
  const dottedRegion = c.featureCode === 'ADM1' && DOTTED_CAPITALS.test(r.text);
  return !capitalSaysName && !dottedRegion;
}

/**
 * A word that no reading makes a name ("Read" of "Read More", which one of Riyadh's spellings reaches): the decision drops
 * it, so it is no evidence of the story's country or region either.
 */
function onlyACommonWord(r: RawPlace): boolean {
  return r.candidates.length > 0 && r.candidates.every((c) => readAsCommonWord(r, c));
}

/**
 * `ownWeight`: what the mention itself says of its best reading's country (see computeFocus);
 * `onlyReading`: that reading bears the mention's own name and no place elsewhere does;
 * `mentions`: how often the story names it.
 */
function decide(r: RawPlace, focus: Focus, scored: readonly { c: Place; s: number }[], ownWeight = 0, onlyReading = false, mentions = 1): Resolved {
  {
    const best = scored[0];
    const margin = best.s - (scored[1]?.s ?? best.s - 3);
    const inFocus = (focus.share.get(best.c.countryCode) ?? 0) > 0;
    const pop = best.c.population ?? 0;
    // a district seat with no recorded population (many Syrian and Iraqi ones) is no hamlet
    const small = best.c.geonameid !== null && best.c.featureCode !== 'ADM1' && pop < 5000 && !(pop === 0 && SEAT_CODES.has(best.c.featureCode));
    // a region's abbreviation ("BC") reaches here only in a story of its country (places stage)
    const cued = r.placeCue || r.container !== null || r.isContainer || r.settlement === true || r.notCountry === true || r.regionAbbreviation === true;
    if (readAsCommonWord(r, best.c)) return { raw: r, place: null, confidence: 0, keep: false };
    const seat = best.c.featureCode === 'PPLA' || best.c.featureCode === 'PPLC' || best.c.featureCode === 'ADM1';
    // A town outside the article's focus is suspect when its name also belongs to places elsewhere,
    // or when it is small; a sizeable town with a unique name ("Zakho" in a story about Turkish strikes) is not.
    // a region has no population: only a namesake abroad makes its name doubtful
    // nor has a county called so in full: "Darke County" is no hamlet (but "Petroleum Co." may be a company)
    const namedCounty = best.c.featureCode === 'ADM2' && /\s(?:County|Parish)$/.test(r.text);
    const ambiguous = r.candidates.some((c) => c.countryCode !== best.c.countryCode) || (best.c.featureCode !== 'ADM1' && !namedCounty && pop < 20_000);
    // "an arson attack in Bolu town" by "the Children of Fire": a placed name that weighs as much as
    // all the other evidence of a country together (a stray word's far-off namesake) is no namesake itself
    const outweighs = cued && !r.partial && ownWeight > 0 && ownWeight >= focus.topWeight;
    // a name the story comes back to (here MANY_MENTIONS times) is what it is about, not a stray namesake
    // nor is a national capital called by its very name where the words say it is a place ("to Moscow, Kiev, Minsk and
    // Riga"), whatever its size ("Martin Kingston" is no such place)
    const capitalNamed = cued && best.c.featureCode === 'PPLC' && !r.partial && plainSpelling(best.c.name) === plainSpelling(r.text);
    // nor is a well-known city called by its English name ("Geneva" for Genève: exonyms.ts)
    const exonym = !r.partial && exonymReading(best.c, r.text);
    const namesake = focus.top !== null && !inFocus && ambiguous && !outweighs && !capitalNamed && !exonym && mentions < MANY_MENTIONS && !isCountryCode(best.c) && !isCurated(best.c) && pop < 1_000_000 && !(seat && !r.partial && (r.adminCue || r.isContainer || r.relation !== null));
    // "a strike in Beit ed Dine (Chouf)": where nothing else says which country, or says less than the
    // name itself, a small town is still the reading of a name said to be a place when it alone bears that name
    const alone = cued && onlyReading && !r.partial && (focus.top === null || ownWeight >= focus.topWeight);
    if ((small || namesake) && !inFocus && !cued) return { raw: r, place: null, confidence: 0, keep: false };
    // "Manus" (Papua New Guinea) is no Manaus, "al-Baath University" no Bath, "al-Midan" no Medan: a reading spelled
    // otherwise than the name, in a country the story points to nowhere else, is a coincidence of spelling, however big;
    // a world capital ("Kiev") or a region is still its own English name, and where names are transliterated from
    // another script a spelling apart is the same name ("Zakho" is Zaxo, Iraq, in a story about Turkish strikes)
    if (focus.top !== null && !inFocus && r.container === null && !r.isContainer && !TRANSLITERATED.has(best.c.countryCode) && !literalReading(best.c, r.text) && best.c.geonameid !== null && !isCountryCode(best.c) && best.c.featureCode !== 'ADM1' && !worldCity(best.c) && !exonym) return { raw: r, place: null, confidence: 0.1, keep: true };
    if ((small || namesake) && !inFocus && !alone && !(r.container && best.s > 10)) return { raw: r, place: null, confidence: 0.2, keep: true };
    let place = withRelation(best.c, r.relation);
    // a district named as a container stands for the area around its town
    if (r.containerLevel > place.precision) place = { ...place, precision: r.containerLevel as 2 | 3 };
    const confidence = Math.max(0.05, Math.min(0.99, 0.5 + margin / 8 + (inFocus ? 0.15 : 0)));
    return { raw: r, place, confidence: Math.round(confidence * 100) / 100, keep: true };
  }
}

/**
 * The place bears the name as written, give or take diacritics, case, an Arabic article and the word for a town's kind:
 * "Ḩamāh" for "Hama" is not, "Medan" for "al-Midan" is not; Québec for "Quebec City" is.
 */
function literalReading(c: Place, said: string): boolean {
  const strip = (x: string) => plainSpelling(x.replace(LEADING_ARTICLE, ''));
  return strip(c.name) === strip(said) || (isTownReading(c) && strip(c.name) === strip(said.replace(CITY_WORD_AFTER, '')));
}

const DISTANCE_BEARING = /(\d[\d.,]*)\s*(?:-\s*)?(km|kilomet(?:er|re)s?|miles?|mi)\b[^a-z]*(?:\([^)]*\)\s*)?(?:to\s+the\s+)?(north|south)?[- ]?(east|west)?(?:ern)?\s+of\b/i;
const EARTH_KM = 6371;
/** Beyond this a stated offset is not applied (see withRelation), and the town it is measured from is no scene (choose.ts). */
export const FAR_KM = 100;
export const KM_PER_MILE = 1.609344;

/** "50 km southeast of": the distance in km and the compass bearing in degrees, or null without both. */
export function parseOffset(relation: string): { km: number; bearing: number } | null {
  const m = DISTANCE_BEARING.exec(relation);
  if (!m || (!m[3] && !m[4])) return null;
  const n = Number(m[1].replace(/,/g, ''));
  if (!Number.isFinite(n) || n <= 0 || n > 2000) return null;
  const km = /^mi/i.test(m[2]) ? n * KM_PER_MILE : n;
  const ns = m[3]?.toLowerCase();
  const ew = m[4]?.toLowerCase();
  const bearing = ns && ew ? (ns === 'north' ? (ew === 'east' ? 45 : 315) : ew === 'east' ? 135 : 225) : ns ? (ns === 'north' ? 0 : 180) : ew === 'east' ? 90 : 270;
  return { km, bearing };
}

/** The point `km` away from (lat, lon) along `bearing` degrees on a sphere. */
export function movePoint(lat: number, lon: number, km: number, bearing: number): { latitude: number; longitude: number } {
  const r = Math.PI / 180;
  const d = km / EARTH_KM;
  const b = bearing * r;
  const p1 = lat * r;
  const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
  const l2 = lon * r + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  return { latitude: round(p2 / r), longitude: round((((l2 / r + 540) % 360) - 180)) };
}

/**
 * A relative phrase says the event is only near the anchor (precision 2); with a distance and a
 * bearing ("50 km southeast of Damascus") the point moves there, since at 50 km the anchor's own
 * point would be off by as much.
 */
export function withRelation(p: Place, relation: string | null): Place {
  if (!relation) return p;
  const offset = p.featureCode === 'PCLI' || p.featureCode === 'ADM1' ? null : parseOffset(relation);
  // "600 km south of Quetta": a rough bearing carried that far lands anywhere, at sea or across a border; the anchor,
  // marked as only near, is the honest point
  if (offset && offset.km > FAR_KM) return p.precision >= 2 ? p : { ...p, precision: 2 };
  if (offset) return { ...p, ...movePoint(p.latitude, p.longitude, offset.km, offset.bearing), geonameid: null, precision: 2 };
  if (p.precision >= 2) return p;
  return { ...p, precision: 2 };
}
