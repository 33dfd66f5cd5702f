import type { Document, PlaceMention } from '../../model/document.ts';
import { isCountry, isSupraRegion } from '../../geo/gazetteer.ts';
import { datelineSpan } from '../places/index.ts';
import { governmentMentions } from '../places/metonymy.ts';

/**
 * "he said by telephone from the city of Buea, the epicenter of the demonstrations", "Bamenda, the heart of the
 * Anglophone unrest": the story names a town as the scene of the unrest or fighting it tells. An event its own
 * sentence places no finer than the town's country or region happened there: the most specific place the article gives.
 */
const SCENE_AFTER =
  /^\s*(?:,\s*|\s+(?:is|was|has\s+been|had\s+been|became)\s+)(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:epicent(?:er|re)|cent(?:er|re)|heart|hotbed|focal\s+point|flashpoint|cradle)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:protests?|demonstrations?|unrest|violence|fighting|clashes|uprising|insurgency|rebellion|riots?|crackdown|revolt|battles?)\b/i;

/**
 * Words that open the telling of another, earlier event ("The arrest, a year after Anis Amri … drove it into a
 * Christmas market in Berlin"): a town after them in the sentence is that event's.
 */
const OTHER_EVENT_BEFORE = /\b(?:(?:a|an|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before|ago)|after|following|since|last\s+year)\b/i;
/** "in southern Iraq", "northeast Nigeria": the lead names a part of the country, which a town told next need not lie in. */
const PART_OF_COUNTRY_BEFORE = /\b(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+$/i;
/** A person's home or route right before the town ("born in", "travelled to", "from"): not a scene. */
const HOME_OR_ROUTE_BEFORE = /\b(?:born\s+in|grew\s+up\s+in|lived\s+in|lives\s+in|native\s+of|travell?ed\s+to|fled\s+to|returned\s+to|moved\s+to|headed\s+to|from|via)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i;
/** A year told in the sentence: "In 2015, the suspect traveled to Iraq", the past, not the lead's news. */
const YEAR = /\b(?:19|20)\d\d\b/g;
/** How many sentences after the lead may still tell where the lead's event happened. */
const FOLLOWING = 2;

const isTown = (m: PlaceMention) => m.place !== null && !m.demonym && !m.site && !m.seat && !isCountry(m.place) && !isSupraRegion(m.place) && m.place.featureCode !== 'ADM1' && m.place.precision <= 2;

/** Whether a place lies inside a country or a first-level region (by its codes). */
function inside(town: PlaceMention, wide: PlaceMention): boolean {
  const [t, w] = [town.place!, wide.place!];
  if (t.countryCode !== w.countryCode || !t.countryCode) return false;
  return isCountry(w) || !w.admin1 || !t.admin1 || w.admin1 === t.admin1;
}

/** A town the story calls the scene of its unrest, inside the event's country or region (SCENE_AFTER). */
function namedScene(doc: Document, wide: PlaceMention): PlaceMention | null {
  const towns = doc.mentions.filter((m): m is PlaceMention => m.kind === 'PLACE' && isTown(m) && inside(m, wide));
  return towns.find((m) => SCENE_AFTER.test(doc.text.slice(m.end, m.end + 120))) ?? null;
}

/**
 * "BERLIN (Reuters) - German police arrested a 29-year-old man … He was considering an attack on the ice rink … in
 * Karlsruhe, police in the state of Baden-Wuerttemberg said": the lead places its event no finer than a country, and
 * the sentences right after it, telling the same news, name the town. The first town of that country they name, unless
 * told as another event's, a person's home or route, or in a year's past, is the event's (precision 2: the text ties it
 * to the event only by telling it next). A town of another country first means the story has moved on. So for a lead
 * placed in a first-level region ("killed 20 people in Anbar province. The bomber struck a market in the town of
 * Haditha"): the first town inside that region, and a town outside it first means the story has moved on.
 */
function leadTownNext(doc: Document, country: PlaceMention, lead: number): PlaceMention | null {
  const filed = datelineSpan(doc);
  const year = doc.article.published?.slice(0, 4);
  for (let s = lead + 1; s <= lead + FOLLOWING && s < doc.sentences.length; s++) {
    const sentence = doc.sentences[s];
    const text = doc.text.slice(sentence.start, sentence.end);
    if ([...text.matchAll(YEAR)].some((y) => y[0] !== year)) continue;
    const named = doc.mentions.filter((m): m is PlaceMention => m.kind === 'PLACE' && m.sentence === s && m.place !== null && !m.demonym && !m.site && !isSupraRegion(m.place) && !(filed && m.start >= filed.start && m.end <= filed.end));
    // "whom Ankara accuses", "sanctions against Tehran": a capital standing for its government is no scene
    const governments = governmentMentions(doc, named);
    for (const m of named) {
      if (governments.has(m)) continue;
      // ("seven Iranians held in the United States"): a place of another country, and the story has moved on
      if (m.place!.countryCode !== country.place!.countryCode) return null;
      if (!isTown(m)) continue;
      // a lead placed in a province ("in Iraq's Anbar province") is told on by a town of that province ("the town of
      // Haditha"); a town of another province is another event's
      if (!isCountry(country.place!) && !inside(m, country)) return null;
      // ("600 km south of the provincial capital of Quetta", "near Maiduguri"): a town the scene is measured from, inside
      // the lead's own region, is no finer scene than the region
      if (!isCountry(country.place!) && m.relation && m.relation !== 'area') continue;
      if (OTHER_EVENT_BEFORE.test(doc.text.slice(sentence.start, m.start)) || HOME_OR_ROUTE_BEFORE.test(doc.text.slice(Math.max(sentence.start, m.start - 60), m.start))) continue;
      return { ...m, place: { ...m.place!, precision: 2 } };
    }
  }
  return null;
}

/**
 * A finer place for an event its own sentences place no finer than a country or region: the town the story calls the
 * scene of its unrest, else, for the lead's event, the town the next sentences name in that country or region. null when none.
 */
export function sceneLater(doc: Document, chosen: PlaceMention | null, sentenceIndexes: readonly number[]): PlaceMention | null {
  const p = chosen?.place;
  if (!chosen || !p || isSupraRegion(p) || !(isCountry(p) || p.featureCode === 'ADM1')) return null;
  const scene = namedScene(doc, chosen);
  if (scene) return scene;
  const lead = Math.min(...sentenceIndexes);
  if (lead !== 0 || !(isCountry(p) || p.featureCode === 'ADM1') || chosen.relation || PART_OF_COUNTRY_BEFORE.test(doc.text.slice(Math.max(0, chosen.start - 15), chosen.start))) return null;
  return leadTownNext(doc, chosen, lead);
}
