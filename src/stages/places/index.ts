import { loadGeoCues, loadLocaleCues, loadPersonCues, loadSeats } from '../../geo/geo-lexicons.ts';
import type { Document, PlaceMention } from '../../model/document.ts';
import { stableId } from '../../model/ids.ts';
import type { Deps, Stage, StageFactory } from '../../pipeline/stage.ts';
import { createDetector, rawsForSpans, townCues, type RawPlace } from './detect.ts';
import { overlaps } from '../../model/span.ts';
import type { Place } from '../../model/place.ts';
import { computeFocus, focusCountryPlace, resolvePlaces, settledAround } from './resolve.ts';
import { placeUnknown, strayNamesake } from './unplaced.ts';
import { workNameTails } from './facility-names.ts';
import { statedInRegion } from './stated-region.ts';
import { gatePlaces } from './entity-gate.ts';
import { createSiteFinder, mediaSites, placeSite } from './sites.ts';
import { createSeatFinder } from './seats.ts';
import { repeatedNames } from './repeats.ts';
import { sameNameReadings } from './same-name.ts';
import { mediaNamePlaces } from './media-names.ts';
import { partOfStopWord } from './broken-words.ts';
import { headsNounPhrase } from './modifier-words.ts';
import { markPersonContexts } from './person-contexts.ts';
import { creditPlaces } from './credits.ts';
import { anchorReadings } from './anchored.ts';
import { provinceReadings } from './province-named.ts';
import { publisherEvidence } from './publisher-country.ts';
import { countryParts } from './country-parts.ts';
import { countryEpithets } from './country-epithets.ts';
import { compassParts } from './compass-parts.ts';

export { choosePlace, datelineSpan } from './choose.ts';

/** A toponym that is never an event's place (a street, a venue, a name repeated inside another, a credits' bureau), found by a rule. */
function siteMention(docId: string, at: { start: number; end: number; sentence: number; text: string }, place: Place): PlaceMention {
  return { id: stableId('pl', docId, at.start, at.end), kind: 'PLACE', start: at.start, end: at.end, sentence: at.sentence, text: at.text, confidence: 0.3, by: 'places', place, site: true, decidedBy: 'rule' };
}

/**
 * Finds place names (capitalised sequences the gazetteer knows, with the cues around them) and
 * resolves each to a Place, or null when context cannot decide. The gazetteer loads on the
 * first article, not at create(), so pipelines that never see text never pay for it.
 */
export const places: StageFactory = {
  name: 'places',
  create(deps: Deps): Stage {
    const cues = loadGeoCues(deps.lexicons.dir);
    const personCues = loadPersonCues(deps.lexicons.dir);
    const detector = createDetector(cues, personCues, loadLocaleCues(deps.lexicons.dir));
    const findSeats = createSeatFinder(loadSeats(deps.lexicons.dir));
    const personTitles = new Set([...cues.title, ...personCues.titles]);
    const findSites = createSiteFinder(cues.site, cues.road, personCues.firstNames, personTitles);
    return {
      name: 'places',
      version: '2',
      requires: ['sentences', 'tokens'],
      assigns: ['mentions:PLACE'],
      run(doc: Document): Document {
        const gazetteer = deps.gazetteer();
        const detected = detector.detect(doc, gazetteer);
        const { demonyms, demonymSpans } = detected;
        // the paper's national domain ("lfpress.ca") says, like its civic words, which country a local story is in
        const locale = [...detected.locale, ...publisherEvidence(doc.article.url)];
        // a name is a place only where the words around or the tagger say so: "President Barack Obama said" is no town in Japan
        const whole = markPersonContexts(doc.text, detected.raws.filter((r) => !partOfStopWord(doc.text, r, cues.stop)), personCues, gazetteer);
        const gated = gatePlaces(doc, whole, deps.entityTagger?.() ?? null);
        const { decidedBy } = gated;
        const focus0 = computeFocus(gated.kept.filter((r) => !r.regionAbbreviation), demonyms, doc.article.dateline, gazetteer, locale);
        // "FrontCounter BC" in a story that names a Canadian town too; "BC" in a story of Greece is a company's or an era's,
        // "SANA" after Moscow a news agency, not Sanaa
        const named = (cc: string) => (focus0.counts.get(cc) ?? 0) > 0;
        const raws = gated.kept.filter((r) => !r.regionAbbreviation || r.candidates.some((c) => named(c.countryCode)));
        // focus0 was computed over these very raws unless an abbreviation stayed among them
        const focus = raws.some((r) => r.regionAbbreviation) ? computeFocus(raws, demonyms, doc.article.dateline, gazetteer, locale) : focus0;
        const mentions: PlaceMention[] = [];
        const resolved = resolvePlaces(raws, focus, gazetteer);
        // "the Upper Big Branch mine": a hamlet's name ending a work's name is a toponym, never an event's place
        const workTails = workNameTails(doc.text, resolved.filter((r) => r.keep).map((r) => ({ at: r.raw, place: r.place })));
        const sameName = sameNameReadings(resolved);
        for (const r0 of resolved) {
          const again = sameName.get(r0);
          const r = again ? { ...r0, place: again, keep: true } : r0;
          if (!r.keep) continue;
          mentions.push({
            id: stableId('pl', doc.id, r.raw.start, r.raw.end),
            kind: 'PLACE',
            start: r.raw.start,
            end: r.raw.end,
            sentence: r.raw.sentence,
            text: r.raw.text,
            confidence: r.confidence,
            by: 'places',
            place: r.place,
            ...(r.raw.relation ? { relation: r.raw.relation } : {}),
            decidedBy: decidedBy.get(r.raw) ?? 'rule',
            // "the Dakota Access Pipeline": a hamlet's name inside a thing's name is a toponym, never the event's place
            // and nor is an adjective heading a noun phrase ("Liberal groups" is no event at Liberal, Kansas; modifier-words.ts)
            ...(gated.namePart.has(r.raw) || workTails.has(r.raw) || headsNounPhrase(doc, r.raw, cues.modifier) ? { site: true as const } : {}),
          });
        }
        // "Clark, north of Manila": a reading far from the place the text anchors it to is a namesake; read near the anchor
        mentions.splice(0, mentions.length, ...anchorReadings(doc, mentions));
        // "Deir al-Zor province" … "tensions in Deir al-Zor": a seat's bare name the story has called a province is the province
        mentions.splice(0, mentions.length, ...provinceReadings(doc, mentions));
        // "Thruxton, Hampshire": a name its region rules every reading out of is still the region's (stated-region.ts)
        for (const { raw, place } of statedInRegion(resolved, mentions)) mentions.push(siteMention(doc.id, raw, place));
        for (const d of demonymSpans) {
          mentions.push({ id: stableId('pl', doc.id, d.start, d.end), kind: 'PLACE', start: d.start, end: d.end, sentence: d.sentence, text: d.text, confidence: 0.5, by: 'places', place: d.place, demonym: true });
        }
        // streets, buildings and venues the gazetteer lacks lie where the story's towns are; they are toponyms, never an event's place
        for (const { site, place } of mediaSites(doc, gazetteer, mentions, focusCountryPlace(focus, gazetteer)?.countryCode ?? null)) {
          mentions.push(siteMention(doc.id, site, { ...place, precision: place.precision }));
        }
        // a name the resolver abstained on does not stand in a site's way: "Alder" (no town in reach) is the opening of
        // "the Alder Hey Children's Hospital", "Guildhall" (a Vermont hamlet, set aside) of "the Guildhall School of Music"
        const sites = findSites(doc, mentions.filter((m) => m.place !== null));
        if (sites.length) {
          for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k].place === null && sites.some((s) => overlaps(s, mentions[k]))) mentions.splice(k, 1);
          const towns = mentions.filter((m): m is PlaceMention & { place: Place } => m.place !== null && !m.demonym && m.place.featureCode !== 'PCLI' && m.place.featureCode !== 'ADM1' && m.place.countryCode !== '');
          const country = focusCountryPlace(focus, gazetteer);
          for (const s of sites) {
            const place = placeSite(s, doc.text, towns, country);
            if (place) mentions.push(siteMention(doc.id, s, place));
          }
        }
        // a name resolved once names its place where the story repeats it inside a name ("The Allendale Woman’s Club")
        for (const r of repeatedNames(doc, mentions, personCues.firstNames, personTitles, cues.agent)) {
          mentions.push(siteMention(doc.id, r, r.place));
        }
        // "the Winnipeg Free Press": a place opening a paper's name is a toponym, never an event's place (media-names.ts)
        for (const r of mediaNamePlaces(doc, gazetteer, mentions)) mentions.push(siteMention(doc.id, r, r.place));
        // "(Reporting by Nate Raymond in Boston; …)": the bureau's town, a toponym and never an event's place
        for (const c of creditPlaces(doc, gazetteer, mentions)) {
          mentions.push(siteMention(doc.id, c, c.place));
        }
        // "outside Afghanistan's Supreme Court": an institution named as a site lies in its capital (an event's place, no toponym)
        mentions.push(...findSeats(doc, mentions, gazetteer));
        // "in the country's north": a part of the story's country, coded at the country (country-parts.ts)
        mentions.push(...countryParts(doc, focusCountryPlace(focus, gazetteer)));
        // "in northern Iraq": a country's part its compass word names, at that part's point (compass-parts.ts)
        mentions.push(...compassParts(doc, mentions, gazetteer, deps.lexicons.dir));
        // "the Gulf kingdom", "the Islamic Republic": a country the story named, by a description (country-epithets.ts)
        mentions.push(...countryEpithets(doc, mentions, gazetteer, deps.lexicons.dir));
        mentions.sort((a, b) => a.start - b.start);
        return { ...doc, mentions: [...doc.mentions, ...mentions] };
      },
    };
  },
};

/** Resolves spans a caller says are places, or null where no candidate exists. */
export type SpanResolver = (doc: Document, spans: readonly { start: number; end: number }[]) => (Place | null)[];

/**
 * Resolution of given spans (gold toponyms) with the same context as the stage: the article's
 * other detected names still count as focus evidence and anchors. Where the stage would abstain,
 * the best candidate is taken, since the caller knows the span is a place. `doc` needs sentences and tokens.
 */
export function createSpanResolver(deps: Deps): SpanResolver {
  const cues = loadGeoCues(deps.lexicons.dir);
  const detector = createDetector(cues, loadPersonCues(deps.lexicons.dir), loadLocaleCues(deps.lexicons.dir));
  const aroundSpan = townCues(cues);
  return (doc, spans) => {
    const gazetteer = deps.gazetteer();
    const found = detector.detect(doc, gazetteer);
    const { demonyms } = found;
    const locale = [...found.locale, ...publisherEvidence(doc.article.url)];
    // the context names pass the same gate as in the stage; the given spans are places by the caller's word
    const detected = gatePlaces(doc, found.raws, deps.entityTagger?.() ?? null).kept;
    const given = rawsForSpans(doc, gazetteer, spans, found.raws, aroundSpan);
    const context = detected.filter((r) => !spans.some((s) => s.start < r.end && s.end > r.start));
    const all: RawPlace[] = [...given.filter((r): r is RawPlace => r !== null), ...context];
    const focus = computeFocus(all, demonyms, doc.article.dateline, gazetteer, locale);
    const resolved = resolvePlaces(all, focus, gazetteer);
    const byRaw = new Map(resolved.map((r) => [r.raw, r]));
    const placed = given.map((r) => {
      if (!r) return null;
      const out = byRaw.get(r);
      return out?.bestTrusted === false ? null : (out?.place ?? out?.best ?? null);
    });
    // A place the gazetteer lacks ("Royal Street", "Kasba Bonli") lies, more often than not, where the
    // story is: near a town of the story's named region, else the nearest town, else the country (unplaced.ts).
    const towns = resolved
      .filter((r) => r.place && r.place.featureCode !== 'PCLI' && r.place.featureCode !== 'ADM1' && r.place.countryCode !== '')
      .sort((a, b) => a.raw.start - b.raw.start)
      .map((r) => ({ start: r.raw.start, end: r.raw.end, place: r.place! }));
    const country = focusCountryPlace(focus, gazetteer);
    // a small far namesake of a name the story's region lacks is one more of the region's unknown names
    const kept = placed.map((p, k) => {
      const r = given[k];
      return p && r ? (strayNamesake(p, settledAround(r), gazetteer.candidates(r.text), r.text, r.start, r.end, towns, focus, gazetteer) ?? p) : p;
    });
    return kept.map((p, k) => p ?? placeUnknown(doc.text.slice(spans[k].start, spans[k].end), spans[k].start, spans[k].end, towns, focus, gazetteer, country));
  };
}
