import type { Claim } from '../../model/claim.ts';
import type { DateValue } from '../../model/date-value.ts';
import { addDays } from '../../model/date-value.ts';
import type { ActorMention, CountMention, DateMention, Document, EventActor, EventMention, Sentence } from '../../model/document.ts';
import { firstStartingFrom, mentionsOf, sentenceAt } from '../../model/document.ts';
import { stableId } from '../../model/ids.ts';
import type { Span } from '../../model/span.ts';
import { disorderTypeOf, eventTypeOf, type SubEventType } from '../../model/taxonomy.ts';
import type { Stage, StageFactory } from '../../pipeline/stage.ts';
import { armedVictim, bomberFought, bomberTaken, chooseSubType, isMutual, refineByActors, scoreHits, stateTaker, weaponsTest } from './classify.ts';
import { weaponOfAct } from './weapon-of-act.ts';
import { subjectWeapon } from './subject-weapon.ts';
import { aerialBombing } from './aerial-bombing.ts';
import { loadConventionalActors, type ConventionalActors } from './conventional.ts';
import { composeNote } from './notes.ts';
import { assignRoles, eventBackers, isParty, namedAsAlly, namedAsBacker, subordinateStart } from './roles.ts';
import { headsCoordinatedTakeover } from './coordinated-subject.ts';
import { cuesBySentence, sentencesWithCue } from './sentence-cues.ts';
import { cueBefore, findTriggers, loadTriggerLexicon, type TriggerHit, type TriggerLexicon } from './triggers.ts';
import { chooseEventPlace } from './place.ts';
import { attribute, CROWD_KINDS, distinctSides, LENT_DATE, OWN_DATE, REACTION_DATE, sameForce, type Candidate } from './candidate.ts';
import { datesOverlap, mergeCandidates, placesCompatible } from './merge.ts';
import { sceneLater } from './scene-later.ts';
import { applyContextRules, applySideRules, loadContextRules, type ContextRule } from './context-rules.ts';
import { loadActorLexicon, toActor } from '../actors/lexicon.ts';
import { COUNTRY_PLACEHOLDER } from '../actors/generic.ts';
import type { Actor } from '../../model/actor.ts';
import { conservativeFatalities } from './fatalities.ts';
import { campaignRally } from './campaign-rally.ts';
import { assessSentence, assessTrigger, findQuotes, isVerbAt, loadRealisLexicon, type RealisLexicon } from './realis.ts';
import { actorInForce, loadActorPeriods, type ActorPeriods } from './periods.ts';
import { loadDatedNames, namedOnDate, secondSideOnceNamed, type DatedNames } from './dated-names.ts';
import { unnamedActor1 } from './unnamed-actor1.ts';
import { createCommanderForces, type CommanderForces } from './commander.ts';
import { fillSlotGenerics } from './slot-generics.ts';
import { ATTRIBUTION_REACH, carryClaim } from './carry-claim.ts';
import { DEFINITE_BEFORE, namesToldEvent, refersBack } from './remention.ts';
import { isCreditsOrTeaser, isTitle } from './told-sentences.ts';
import { crowdOpponentSub, crowdStruck, FIGHTING_CROWDS, forceOverVictims } from './crowd-opponent.ts';
import { attackerFirst } from './repelled.ts';
import { battleOpponent, storySides } from './battle-opponent.ts';
import { loneAttackerStory, soleAttacker } from './sole-perpetrator.ts';
import { applyFatalityConventions, crowdSizeOf, loadAcledConventions, type AcledConventions } from './acled-notes.ts';
import { carriesOver } from './carry-over.ts';
import { fightWithin } from './infighting.ts';
import { firerInStory, firerOf } from './disrupted.ts';
import { attribution as attributionOf, loadAttributionCues, replaceable, type AttributionCue } from './attribution.ts';
import { tellsToll } from './coref.ts';
import { offsetBeforeTrigger, upToTheStatement } from './clause-dates.ts';
import { perfectInBody } from './perfect-background.ts';
import { causeInBody } from './causal-background.ts';
import { possessedTakeover } from './possessed-takeover.ts';
import { toldLongAgo } from './long-ago.ts';
import { wholeArticle } from './tellings.ts';
import { ownClausePlaces, placesApart, twinClauseHit } from './twin-clauses.ts';
import { recentlyLent } from './recent-dates.ts';
import { lendableSides } from './lent-side.ts';
import { notTheDaysToll } from './earlier-event-toll.ts';
import { superlativeSince } from './superlative-since.ts';
import { namedCaptures } from './named-capture.ts';
import { heldPolitician } from './held-politician.ts';
import { forceActingBeside } from './force-beside.ts';
import { continuesPastNarrative, namedPastEvent } from './past-narrative.ts';
import { answeredByReaction, beforeTheNews, beforeTheReaction, dateBesideTrigger, datedNews, endedBeforeTheNews, findLeadDate, namesPastDay, nearestDateMention, nearestInClause, onlyStatementDates, pickDate, previousDay } from './event-dates.ts';

/** Cues a sentence passes to the event of an earlier sentence in the same report. */
const CARRIED_CUES = new Set(['intervention', 'lethal-force', 'violent-crowd', 'protest-tag']);

/**
 * A month-long date that ended more than this many days before publication dates background, not news: a story that can
 * date an event only by a month that is over ("last month", "in October" told in November) recalls it; its news is
 * dated by the day or the week. Was 14: on the news-reuters dev split 0 drops three background takeovers the coders
 * flagged historical and one current bombing 13 days old; of 13 current events it removes from the whole Reuters
 * sample, 12 were background or no event.
 */
const MONTH_BACKGROUND_DAYS = 0;

/** A passive told with its auxiliary: "were detained", "has been arrested". */
const TOLD_PASSIVE = /\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+|also\s+|later\s+)?$/i;

/** Descriptions that name a state by its institutions ("the government", "the army"), not by what kind of group it is. */
const GOVERNMENT_DESCRIPTION = /\b(?:government|regime|authorities|state)\b/i;
const STATE_DESCRIPTION = /\b(?:government|regime|army|military|troops|soldiers|forces|authorities|state)\b/i;

/** An arrest named by its noun, not told by a verb. */
const ARREST_NOUN = /^(?:arrests?|detentions?)$/i;
/** "the arrest of", "last week's arrest of", "his detention": one arrest the text names as known. */
const DEFINITE_ARREST = /(?:\b(?:the|his|her|their|this|that)|\w(?:'s|’s| s))\s+(?:[\w-]+\s+){0,2}(?:arrest|detention)\s+of\b|\b(?:his|her|their)\s+(?:arrest|detention)\b/i;

/** A sentence needs at least this much trigger evidence to carry an event. */
const MIN_SCORE = 3;


export interface EventsOptions {
  readonly lexiconDir?: string;
}

/** Everything the events stage reads from lexicons/, loaded once per pipeline. */
export interface EventLexicons {
  readonly triggers: TriggerLexicon;
  readonly conventional: ConventionalActors;
  readonly rules: readonly ContextRule[];
  readonly realis: RealisLexicon;
  readonly periods: ActorPeriods;
  /** Earlier names of actors ACLED-style coding renamed (lexicons/actor-dated-names.jsonl); none when absent. */
  readonly datedNames?: DatedNames;
  readonly acled: AcledConventions;
  readonly attribution: readonly AttributionCue[];
  /** The forces of a leader a sentence says ordered a strike (commander.ts); none when absent. */
  readonly commander?: CommanderForces;
}

export function createEventsStage(lex: EventLexicons): Stage {
  return {
    name: 'events',
    version: '2',
    requires: ['sentences', 'tokens', 'mentions:ACTOR', 'mentions:PLACE', 'mentions:DATE', 'mentions:COUNT'],
    assigns: ['events'],
    run(doc: Document): Document {
      return { ...doc, events: extractEvents(doc, lex) };
    },
  };
}

export const events: StageFactory = {
  name: 'events',
  create(deps) {
    const dir = deps.lexicons.dir;
    const conventional = loadConventionalActors(dir);
    const actorLex = loadActorLexicon(dir);
    const resolve = (id: string): Actor | undefined => {
      const e = actorLex.byId.get(id);
      return e ? toActor(e) : (conventional as Record<string, Actor>)[id];
    };
    return createEventsStage({
      triggers: loadTriggerLexicon(dir),
      conventional,
      rules: loadContextRules(resolve, dir),
      realis: loadRealisLexicon(dir),
      periods: loadActorPeriods(dir),
      datedNames: loadDatedNames(dir),
      acled: loadAcledConventions(dir),
      attribution: loadAttributionCues(dir),
      commander: createCommanderForces(actorLex, dir),
    });
  },
};

function bySentence<T extends { sentence: number }>(items: readonly T[], n: number): T[][] {
  const out: T[][] = Array.from({ length: n }, () => []);
  for (const it of items) if (it.sentence >= 0 && it.sentence < n) out[it.sentence].push(it);
  return out;
}

export function extractEvents(doc: Document, lexicons: EventLexicons): EventMention[] {
  const { triggers: lex, conventional, rules, realis, acled, attribution } = lexicons;
  const periods = { periods: lexicons.periods, dated: lexicons.datedNames ?? new Map() };
  const { text, sentences } = doc;
  const n = sentences.length;
  const actorMentions = mentionsOf(doc, 'ACTOR');
  const actors = bySentence(actorMentions, n);
  // A dateline's date says when the story was filed (publication anchors every other date); a superlative's "since" year dates nothing.
  const dates = bySentence(mentionsOf(doc, 'DATE').filter((m) => !m.dateline && !superlativeSince(text, m)), n);
  const counts = bySentence(mentionsOf(doc, 'COUNT'), n);
  const places = bySentence(mentionsOf(doc, 'PLACE'), n);
  const published = doc.article.published;
  const leadDate = findLeadDate(doc, dates, published);

  // Cues that describe how a protest or riot went often sit in the sentences after the one
  // that names it ("Police intervened and detained 5 protesters. [size=no report]").
  const sentCues = cuesBySentence(lex, text, sentences);
  const electoralSentences = sentencesWithCue(lex, 'electoral', text, sentences);
  const quotes = findQuotes(text);
  const candidates: Candidate[] = [];
  // the perpetrators' own claims of responsibility, by sentence (carryClaim)
  const ownClaims: { actor: EventActor; sentence: number }[] = [];
  let last: Candidate | null = null;
  // (the event-words stage, where it ran, has already said which sentences hold an event word)
  const withWords = doc.eventWords ? new Set(doc.eventWords) : null;
  for (let i = 0; i < n; i++) {
    const s = sentences[i];
    if (isTitle(doc, s) || isCreditsOrTeaser(doc, s)) continue;
    const hits = withWords && !withWords.has(i) ? [] : findTriggers(lex, text, s.start, s.end);
    // "captured Mosul": a capture whose object is a named place is territory, as "captured the town" is
    const captures = namedCaptures(lex, text, s, places[i]);
    if (captures.length) {
      hits.push(...captures.filter((c) => !hits.some((h) => h.rule === c.rule && h.start <= c.start && h.end >= c.end)));
      hits.sort((a, b) => a.start - b.start || b.end - a.end);
    }
    const cues = new Set(hits.length ? sentCues(i) : []);
    if (campaignRally(doc, s, electoralSentences)) cues.add('electoral');
    for (let k = i + 1; hits.length && k < Math.min(n, i + 4) && dates[k].length === 0; k++) for (const c of sentCues(k)) if (CARRIED_CUES.has(c)) cues.add(c);
    const claims = counts[i].map((c: CountMention) => c.claim);
    // "The war has already killed more than 10,000", "240 people were killed in last year's coup": a total or a figure of
    // an older event, told in a sentence of its own, is no toll of the event told before it
    // (a sentence with no figures has none to carry: its total pattern, a long alternation, is not run over it)
    const carriable = claims.length && carriesFigures(realis, doc, s, dates[i]) ? claims : [];
    const told = carriable.length ? [] : claims;
    // A battle word whose violence the next sentence states ("… fought with the FARDC. Seven militants were killed.")
    if (hits.length && i + 1 < n && dates[i + 1].length === 0 && (sentCues(i + 1).has('violent-means') || counts[i + 1].some((c) => c.claim.what === 'killed' || c.claim.what === 'wounded'))) cues.add('violent-next');
    const realHits = hits.length ? assertedHits(realis, doc, s, hits, quotes) : hits;
    const cand = realHits.length ? buildCandidate(doc, lex, s, realHits, cues, actors[i], dates[i], counts[i], recentlyLent(doc, s, (i > 0 && dates[i].length === 0 && previousDay(doc, dates[i - 1], s)) || leadDate), conventional, rules, candidates.length) : null;
    const byline = attributionOf(attribution, text, s, actors[i], sentences[i + 1]);
    const claimed = byline?.mention ?? null;
    const attributed: EventActor | null = claimed?.actor ? { actor: claimed.actor, mention: claimed } : null;
    if (attributed && byline!.claim) ownClaims.push({ actor: attributed, sentence: i });
    if (cand && attributed) {
      cand.attributed = attributed;
      // "an attack Washington blamed on Assad's forces": the one blamed is never the one attacked
      if (cand.actor2?.mention?.id === claimed!.id) cand.actor2 = null;
      // "a chemical attack, which Washington blamed on Syria's government": a claim or blame told after the event's words
      // names its perpetrator whatever word order suggested ("a U.S. air strike was a response to a chemical attack …")
      // … but not a blame that names another event of the sentence: in "the U.S. fired missiles at an air base, meant to
      // punish the Syrian government for the attack" the event words nearest the one blamed are the attack's, not the strike's
      const gap = (h: Span) => Math.min(Math.abs(h.start - claimed!.end), Math.abs(claimed!.start - h.end));
      const nearest = [...hits].sort((x, y) => gap(x) - gap(y))[0];
      // (words that run on from the trigger, "chemical weapons attack", are one event's)
      const runsOn = (a: Span, b: Span) => /^[\s-]*$/.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
      const blamesOther = !!nearest && !runsOn(nearest, cand.trigger) && nearest.rule.sub !== cand.sub && cand.sub === cand.trigger.rule.sub;
      // A blame or claim between the word-order subject and the event's words is nearer the event than that subject: in
      // "officials warned Russian forces ahead of the strikes, meant to punish the Syrian government for a gas attack" the
      // ones warned did not gas anyone
      const nearer = !!cand.actor1?.mention && claimed!.start >= cand.actor1.mention.end && claimed!.end <= cand.trigger.start;
      if ((replaceable(cand.actor1) || nearer || (claimed!.start >= cand.trigger.end && !blamesOther)) && cand.actor2?.actor.id !== attributed.actor.id) cand.actor1 = attributed;
    }
    if (!cand) {
      // "Islamic State claimed responsibility in a statement": a claim with no event words of its own is about the event just told
      if (last && attributed && i - Math.max(...last.sentences) <= ATTRIBUTION_REACH) attribute(last, attributed);
      // A sentence that only gives figures ("Casualties unknown.", "3 soldiers were killed.") belongs to the event before it.
      const carried = last && !last.historical ? carriable.filter((c) => carriesOver(c, last!)) : [];
      if (last && !last.historical) last.context.push(...told.filter((c) => carriesOver(c, last!)));
      if (last && carried.length) {
        last.claims.push(...carried);
        last.sentences.push(i);
      }
      continue;
    }
    // "… fell in an offensive by Iraqi troops. Some fighting took place where the militants were surrounded.": a battle
    // with one side named and the other left unsaid is fought by the one armed side the sentence before names
    if (!cand.actor1 && cand.actor2 && !cand.historical && eventTypeOf(cand.sub) === 'Battles' && i > 0) {
      const other = cand.actor2.actor;
      // (a side the sentence names for sure: a name or a country's forces, not bare "rebels" or a guessed description)
      // (only a side of the event the sentence before told, if it told one: lent-side.ts)
      const prev = lendableSides(actors[i - 1], i - 1, last).filter((m) => isParty(m) && m.confidence >= 0.75 && m.actor && ARMED_INTER.has(m.actor.inter) && !m.actor.name.includes(COUNTRY_PLACEHOLDER) && m.actor.id !== other.id && !sameForce(m.actor, other, null));
      if (prev.length && prev.every((m) => m.actor!.id === prev[0].actor!.id)) cand.actor1 = { actor: prev[0].actor!, mention: prev[0] };
    }
    // "Western countries blamed that attack on …": a definite event noun with no date or place of its own tells the
    // event before it again (event coreference), whatever type its word alone would suggest
    // … and so does a sentence that puts the toll of the event told ("a vigilante put the death toll at six soldiers")
    if (last && onlyStatementDates(doc, s, dates[i], cand.trigger) && (refersBack(doc, cand, last, candidates) || (!last.historical && tellsToll(doc.text, s) && placesCompatible(cand.place, last.place)))) {
      if (cand.attributed) attribute(last, cand.attributed);
      last.claims.push(...carriable);
      last.context.push(...told);
      last.sentences.push(i);
      continue;
    }
    cand.claims.push(...claims);
    candidates.push(cand);
    last = cand;
    // "Eleven were arrested in Adana and seven were arrested in Izmir": the other clause's event, at its own place (twin-clauses.ts)
    const twin = !cand.historical && wholeArticle(doc) ? twinClauseHit(text, s, realHits, cand.trigger) : null;
    const other = twin ? buildCandidate(doc, lex, s, [twin.hit], cues, actors[i], dates[i], [], recentlyLent(doc, s, (i > 0 && dates[i].length === 0 && previousDay(doc, dates[i - 1], s)) || leadDate), conventional, rules, candidates.length) : null;
    if (other && !other.historical && other.sub === cand.sub && ownClausePlaces(i, twin!.joint, cand.trigger, cand.place, other.place) && placesApart(cand.place, other.place)) {
      candidates.push({ ...other, separate: true });
      // ("Eleven foreign nationals were arrested in Adana and seven Turkish nationals were arrested in Izmir": the side the
      // twin's clause names is the twin's; the sentence's own event keeps only what its own clause says)
      const held = cand.actor2?.mention;
      if (held && held === other.actor2?.mention && (held.start >= twin!.joint) !== (cand.trigger.start >= twin!.joint)) {
        cand.actor2 = cues.has('migrants') && (cand.sub === 'Arrests' || cand.sub === 'Abduction/forced disappearance') ? { actor: conventional['civilians-international'], mention: null } : null;
      }
    }
  }
  const merged = mergeCandidates(doc, candidates);
  // an event all of whose tellings stop at a country or region: the story may name its town elsewhere (scene-later.ts);
  // refined once the tellings are merged, so that the town cannot set one telling apart from another
  for (const c of merged) c.place = sceneLater(doc, c.place, c.sentences) ?? c.place;
  carryClaim(merged, ownClaims);
  for (const c of merged) {
    // (a second side that only repeats the first, "troops" of the army named, is none)
    if (eventTypeOf(c.sub) !== 'Battles' || fightWithin(doc, c)) continue;
    // ACLED's battles are fought between organised armed sides: people a fight displaced or killed are no side of it
    if (c.actor2 && CROWD_KINDS.has(c.actor2.actor.kind ?? '')) c.actor2 = null;
    const [one, two] = distinctSides(c);
    // (the backers the event's own sentences name, read once for the event when a side is sought)
    let backing: ReadonlySet<string> | undefined;
    const backs = (o: ActorMention): boolean => !!o.actor && (backing ??= eventBackers(doc.text, doc.sentences, c.sentences, actors)).has(o.actor.id);
    // (the article's most-named armed actor other than the known side, where nothing beside the event names one: battle-opponent.ts)
    const fromStory = (side: EventActor): EventActor | null => {
      const m = battleOpponent(actorMentions, side.actor, c.place?.place?.countryCode ?? side.actor.country, (o) => helps(doc, o, side, actors, backs));
      return m ? { actor: m.actor!, mention: m } : null;
    };
    if (one && !two) c.actor2 = opponentNamedBeside(doc, c, one, actors, backs) ?? fromStory(one) ?? c.actor2;
    // (an unnamed government regaining ground keeps ACLED's convention, the country's military: unnamed-actor1.ts)
    else if (!one && two && c.sub !== 'Government regains territory') c.actor1 = fromStory(two);
    else if (!one && !two && c.sub !== 'Government regains territory') {
      const sides = storySides(actorMentions, c.place?.place?.countryCode ?? null, (o, side) => helps(doc, o, { actor: side, mention: null }, actors, backs));
      if (sides) [c.actor1, c.actor2] = sides.map((m) => ({ actor: m.actor!, mention: m }));
    }
  }
  // (bare "militants" in a slot still empty: the unidentified armed group, slot-generics.ts)
  for (const c of merged) { c.actor1 ??= forceActingBeside(doc, c, actorMentions); fillSlotGenerics(doc, c, actorMentions); } // (a force a clause beside says acted: force-beside.ts)
  // "the rebels had taken the aid workers into custody": an arrester first named above (the sentences beside it, bare
  // armed men) decides between an arrest and an abduction as one the clause named would
  for (const c of merged) if (c.sub === 'Arrests' && c.actor1) c.sub = refineByActors(c.sub, c.actor1.actor, c.actor2?.actor ?? null, new Set());
  return merged.map((c) => finish(doc, c, published, periods, acled, conventional, lexicons.commander));
}

/** A mention the text makes a side's ally or helper ("alongside the SDF", "U.S.-backed", "the army and its allies"). */
function helps(doc: Document, m: ActorMention, side: EventActor, actors: readonly ActorMention[][], backs: (m: ActorMention) => boolean): boolean {
  return backs(m) || namedAsAlly(doc.text, doc.sentences[m.sentence].start, m) || HELPER_AFTER.test(doc.text.slice(m.end, m.end + 24)) || m.backedBy === side.actor.id || namedAsBacker(doc.text, doc.sentences[m.sentence].start, m, actors[m.sentence]);
}

/** "U.S.-backed Iraqi forces", "Syrian troops and their allies": a mention told as the other's helper, not its opponent. */
const HELPER_AFTER = /^(?:-(?:backed|led|supported)|\s+(?:and\s+(?:its|their)\s+)?allies)\b/i;
/** Words joining two mentions into one side: "Iraqi troops and Shi'ite paramilitaries", "the army, with militias". */
const JOINED = /^\s*(?:,\s*)?(?:and|with|alongside|along with|together with|as well as)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,4}$/i;

/**
 * A battle the text tells from one side ("Iraqi forces captured Mosul, the group's de facto capital", "they smashed
 * through Islamic State lines", "the town fell in an offensive by Iraqi troops") was fought against the armed side
 * named beside it: the holder of the ground taken, else the one armed side of the other camp (state forces against a
 * non-state group or the reverse) the event's sentences name, else the one the sentence before it names.
 */
function opponentNamedBeside(doc: Document, c: Candidate, side: EventActor, actors: readonly ActorMention[][], backs: (m: ActorMention) => boolean): EventActor | null {
  const text = doc.text;
  const own = side.actor;
  const state = (a: Actor) => a.inter === 1 || a.inter === 8;
  const triggerSentence = c.sentences[0];
  const otherSide = (m: ActorMention): boolean => {
    const a = m.actor;
    if (!a || !(isParty(m) || m.holds) || !ARMED_INTER.has(a.inter) || a.id === own.id || sameForce(a, own, null) || a.name.includes(COUNTRY_PLACEHOLDER)) return false;
    // two forces of one state are one side ("Iraqi forces" and the Popular Mobilisation)
    if (state(a) && state(own) && (a.country === own.country || a.inter === 8 || own.inter === 8)) return false;
    const s = doc.sentences[m.sentence];
    if (namedAsAlly(text, s.start, m) || namedAsBacker(text, s.start, m, actors[m.sentence]) || backs(m) || HELPER_AFTER.test(text.slice(m.end, m.end + 24)) || m.backedBy === own.id || headsCoordinatedTakeover(text, s.start, m)) return false;
    // joined to the side already named ("the army and its allies", "Iraqi troops and Shi'ite paramilitary groups")
    const ownMention = side.mention;
    if (ownMention && ownMention.sentence === m.sentence && m.start > ownMention.end && JOINED.test(text.slice(ownMention.end, m.start))) return false;
    return true;
  };
  const one = (ms: readonly ActorMention[]): EventActor | null => (ms.length && ms.every((m) => m.actor!.id === ms[0].actor!.id) ? { actor: ms[0].actor!, mention: ms[0] } : null);
  const told = [...new Set(c.sentences)].sort((a, b) => a - b);
  const beside = told.flatMap((i) => actors[i].filter(otherSide));
  const held = beside.filter((m) => m.holds);
  // the trigger's own sentence first; where it names more than one, the first after the side's own name is its object
  // ("the United States invaded Afghanistan and toppled the Taliban government for giving al Qaeda a sanctuary")
  const inTrigger = actors[triggerSentence].filter(otherSide);
  const object = side.mention && side.mention.sentence === triggerSentence ? inTrigger.find((m) => m.start > side.mention!.end) : undefined;
  return (
    one(held) ??
    one(inTrigger) ??
    (object ? { actor: object.actor!, mention: object } : null) ??
    one(beside) ??
    (told[0] > 0 ? one(actors[told[0] - 1].filter((m) => otherSide(m) && m.confidence >= 0.75)) : null)
  );
}

/** Whether a sentence's figures may belong to an event told before it: not when it gives a total or dates itself in the past. */
function carriesFigures(realis: RealisLexicon, doc: Document, s: Sentence, dates: readonly DateMention[]): boolean {
  return !realis.total.test(doc.text.slice(s.start, s.end)) && !dates.some((m) => m.past);
}

/** "suspected of having ties to", "over suspected links to", "members of": the group the people held are suspected of. */
const SUSPECT_BEFORE = /\b(?:suspect\w*|links?|ties|loyal(?:ty)?|belong\w*|members?|membership|supporters?|sympathi[sz]ers?)\s+(?:[\w'’-]+\s+){0,3}?(?:to|with|of|in|for)\s+(?:the\s+)?$|\bsuspected\s+$/i;
/** "Islamic State suspects", "Islamic State members". */
const SUSPECT_AFTER = /^\s*(?:suspects|members|militants|fighters|supporters|sympathi[sz]ers|cells?|operatives|recruits)\b/i;

function suspectedOf(text: string, s: Span, m: Span): boolean {
  return SUSPECT_BEFORE.test(text.slice(Math.max(s.start, m.start - 60), m.start)) || SUSPECT_AFTER.test(text.slice(m.end, Math.min(s.end, m.end + 20)));
}

/** Inter codes of armed sides: state forces, rebels, militias, external forces. */
const ARMED_INTER: ReadonlySet<number> = new Set([1, 2, 3, 8]);

/** Sub-event types where one side takes territory another held. */
const TERRITORY_CHANGES: ReadonlySet<SubEventType> = new Set(['Government regains territory', 'Non-state actor overtakes territory']);

/** Whether the article names (not just describes) a state force or government of the country. */
function namesStateOf(doc: Document, iso2: string): boolean {
  return doc.mentions.some((m) => m.kind === 'ACTOR' && m.via === 'name' && m.actor?.kind === 'state' && m.actor.country === iso2);
}

/** Only triggers whose sentence asserts that the event happened (see realis.ts) can make an event. */
function assertedHits(realis: RealisLexicon, doc: Document, s: Sentence, hits: readonly TriggerHit[], quotes: readonly Span[]): TriggerHit[] {
  const facts = assessSentence(realis, doc, s);
  return hits.filter((h) => assessTrigger(realis, doc, s, facts, h, h.rule.sub, quotes) === 'asserted');
}

/** Only a conjunction between two words: "artillery and coalition jets". */
const COORDINATED = /^\s*(?:,|and|or|as well as)?\s*$/i;

/** Words that make the name after them a campaign's aim: "efforts to defeat", "a strategy to counter" (not "the battle against": an enemy the event may well be fought with). */
const CAMPAIGN_BEFORE = /\b(?:efforts?|campaign|strategy|plans?|drive|mission)\s+to\s+(?:defeat|fight|counter|combat|destroy|degrade|crush|eradicate)\s+(?:the\s+)?$/i;

function buildCandidate(
  doc: Document,
  lex: TriggerLexicon,
  s: Sentence,
  hits: readonly TriggerHit[],
  cues: Set<string>,
  actorMentions: ActorMention[],
  dateMentions: DateMention[],
  counts: readonly CountMention[],
  leadDate: DateValue | null,
  conventional: ConventionalActors,
  rules: readonly ContextRule[],
  order: number,
): Candidate | null {
  // "militants remain active in the area, where they carry out attacks": a pattern of violence, not an event
  if (cues.has('habitual')) return null;
  // Planned, feared or denied violence is not an event: drop triggers governed by such words.
  const parties = actorMentions.filter(isParty);
  const casualties = counts.some((c) => c.claim.what === 'killed' || c.claim.what === 'wounded');
  const violentContext = casualties || cues.has('violent-means') || cues.has('violent-next') || parties.some((m) => m.actor !== null && m.actor.inter >= 1 && m.actor.inter <= 4);
  const live = bomberTaken(doc.text, s, hits
    .filter((h) => (h.rule.gate !== 'violence' || violentContext) && (h.rule.gate !== 'harm' || casualties || cues.has('rule-harm-told')) && (h.rule.gate !== 'not-electoral' || !cues.has('electoral')))
    // "amid shelling", "the scene of a 2017 chemical attack": words in a subordinate phrase or naming a past event count little
    // "supported by coalition air raids" is the ally's part, but in "Turkish forces supported by JWS who operates under OPS
    // shelled QSD positions" the verb after the ally's name is the sentence's own
    .map((h) => (cueBefore(lex, 'subordinate-before', doc.text, s.start, h) || (cueBefore(lex, 'ally-before', doc.text, s.start, h) && !isVerbAt(doc, h.start)) ? { ...h, scale: 0.3 } : cueBefore(lex, 'past-year-before', doc.text, s.start, h) ? { ...h, scale: 0.2 } : h))); // (suicide words that name a person a force took or killed: bomber-taken.ts)
  const scores = scoreHits(live);
  const choice = subjectWeapon(doc, s, weaponOfAct(doc, live, scores, chooseSubType(scores, cues), cues), cues);
  if (!choice || weaponsTest(choice, cues, casualties)) return null; // (a weapons test or launch: weapons-test.ts)
  // Below the bar, a sentence still carries an event when an armed or state actor or a casualty figure backs it.
  const armed = parties.some((m) => m.actor !== null && ((m.actor.inter >= 1 && m.actor.inter <= 4) || m.actor.inter === 8));
  if (choice.score < MIN_SCORE && !(choice.score >= 2 && (armed || casualties))) return null;

  // Roles: every hit of the chosen type votes; the most certain filler of each slot wins.
  const sameType = live.filter((h) => h.rule.sub === choice.hit.rule.sub || h === choice.hit);
  // ("the nerve gas attack which prompted the U.S. missile strike": a side named by the very words of another kind of
  // event, "U.S. missile strike", is that event's doer, never a side of the chosen one; only after the chosen trigger, not a
  // subject before its verb, nor one coordinated with the trigger's words, "Turkish artillery and coalition jets hit …")
  const otherEvent = (m: ActorMention): boolean => m.start >= choice.hit.end && !COORDINATED.test(doc.text.slice(choice.hit.end, m.start)) && live.some((h) => h.rule.sub !== choice.hit.rule.sub && m.start <= h.start && h.end <= m.end) && !sameType.some((h) => m.start <= h.start && h.end <= m.end);
  // ("a meeting on the attack in Orlando and efforts to defeat the Islamic State": the aim of a campaign the sentence names
  // beside the event is no side of it, unless the campaign's own word is the event's, "the battle against IS in Mosul")
  const campaignAim = (m: ActorMention): boolean => {
    const from = Math.max(s.start, m.start - 50);
    const before = CAMPAIGN_BEFORE.exec(doc.text.slice(from, m.start));
    return !!before && !sameType.some((h) => h.start < m.start && h.end > from + before.index);
  };
  const sides = actorMentions.filter((m) => !otherEvent(m) && !campaignAim(m));
  const votes = sameType.map((h) => assignRoles(doc.text, s, h, sides));
  const a1 = votes.filter((r) => r.actor1).sort((x, y) => y.certainty - x.certainty)[0]?.actor1 ?? null;
  const a2 = votes.filter((r) => r.actor2 && r.actor2.actor?.id !== a1?.actor?.id).sort((x, y) => y.certainty - x.certainty)[0]?.actor2 ?? null;
  const roles = { actor1: a1, actor2: a2, certainty: Math.max(0, ...votes.map((v) => v.certainty)) };
  let actor1: EventActor | null = roles.actor1?.actor ? { actor: roles.actor1.actor, mention: roles.actor1 } : null;
  let actor2: EventActor | null = roles.actor2?.actor ? { actor: roles.actor2.actor, mention: roles.actor2 } : null;
  const assoc1: EventActor[] = [];
  // ("the army repelled an attack by Boko Haram": the attacker acted, repelled.ts)
  [actor1, actor2] = attackerFirst(doc.text, actor1, actor2);
  let sub = refineByActors(choice.sub, actor1?.actor ?? null, actor2?.actor ?? null, cues, choice.sub === 'Armed clash' && isMutual(choice));
  [sub, actor1, actor2] = stateTaker(doc.text, s.start, choice.hit.start, sub, actor1, actor2); // (a state force's subject takes the ground: state-taker.ts)
  [sub, actor1, actor2] = bomberFought(doc.text, s, sub, actor1, actor2, conventional['unknown-armed']); // (a state force against a suicide bomber fought him: bomber-taken.ts)
  // ("the Syrian army bombing of rebel areas": bombs dropped from the air, aerial-bombing.ts)
  sub = aerialBombing(doc, sub, actor1, choice.hit);

  // "Supporters of Donald Trump clashed with counter-protesters", "rival demonstrators fought with sticks": fighting
  // between unarmed crowds is a riot, never a battle (ACLED: a battle needs organised armed groups on both sides)
  if (sub === 'Armed clash' && crowdFight(actor1, actor2)) sub = actor1!.actor.kind === 'protesters' || actor2?.actor.kind === 'protesters' || cues.has('protest-tag') ? 'Violent demonstration' : 'Mob violence';
  // … and so is a state force against a crowd ("police clashed with protesters"): the crowd is its opponent (crowd-opponent.ts)
  sub = crowdOpponentSub(sub, actor1, actor2, choice.sub === 'Armed clash' && isMutual(choice), cues.has('protest-tag'), doc.text, cues.has('lethal-force') && !cues.has('violent-crowd')) ?? sub;
  // "Palestinians protested", "hundreds of Palestinians were throwing rocks": a people the text names as the doer of a
  // crowd event is the crowd, and ACLED labels a crowd by its own nationality, not the event country's ("Protesters
  // (Palestine)" in Israel, "Rioters (Israel)" for settlers in the West Bank)
  const crowdPeople = crowdNationality(actor1);
  // ACLED never codes civilians as the ones who act: they are the target.
  if (actor1?.actor.kind === 'civilians' || actor1?.actor.inter === 7) {
    if (!actor2 || actor2.actor.id === actor1.actor.id) actor2 = actor1;
    actor1 = null;
  }
  // ACLED conventions for actors the text implies.
  if (sub === 'Peaceful protest' || sub === 'Protest with intervention' || sub === 'Excessive force against protesters') {
    if (actor1 && actor1.actor.kind !== 'protesters') {
      // "Riot police fired water cannon at demonstrators", "opened fire on protesters, killing five people": the crowd
      // or the people the force acted on are the protesters themselves (actor1 below), the force is the other side
      if (actor1.actor.inter === 1 && (!actor2 || actor2.actor.kind === 'protesters' || actor2.actor.kind === 'civilians')) actor2 = actor1;
      else if (actor1.actor.inter !== 1) assoc1.push(actor1);
      actor1 = null;
    }
    actor1 ??= crowdPeople ? crowdOf(crowdPeople, conventional.protesters) : { actor: conventional.protesters, mention: null };
    if (sub === 'Peaceful protest') actor2 = null;
    else {
      // ACLED codes the force that intervened; the people it acted on are the crowd itself ("detaining about 50 people",
      // "eight Palestinians killed by gunfire during the demonstrations"), and an unnamed force is the country's police
      if (actor2 && (actor2.actor.kind === 'civilians' || actor2.actor.kind === 'protesters')) actor2 = null;
      actor2 ??= { actor: conventional.police, mention: null };
    }
  } else if (sub === 'Violent demonstration' || sub === 'Mob violence') {
    // "Police clashed with stone-throwing youths", "police used tear gas to disperse demonstrators who were burning tires":
    // the state force the sentence names is the side the rioters fought, and the crowd it fought is the rioters
    // themselves, never their victims (civilians stay the target of a mob only where no state force is in the fight)
    const crowd = (a: EventActor | null) => !!a && CROWD_KINDS.has(a.actor.kind ?? '');
    const state = (a: EventActor | null) => !!a && a.actor.inter === 1 && a.actor.kind === 'state';
    if (state(actor1) && (!actor2 || crowd(actor2))) actor2 = actor1;
    else if (!actor2 || sub === 'Violent demonstration') {
      const force = parties.find((m) => m.actor!.inter === 1 && m.actor!.kind === 'state' && !REPORTER_AFTER_MENTION.test(doc.text.slice(m.end, Math.min(s.end, m.end + 40))));
      // (a demonstration's unnamed injured give way to the force the demonstrators fought: crowd-opponent.ts)
      if (force) actor2 = actor2 ? forceOverVictims(actor2, { actor: force.actor!, mention: force }) : { actor: force.actor!, mention: force };
    }
    if (actor1 && actor1.actor.kind !== 'rioters') actor1 = null;
    if (crowdPeople && actor2?.mention === crowdPeople.mention) actor2 = null;
    actor1 ??= crowdPeople ? crowdOf(crowdPeople, conventional.rioters) : { actor: conventional.rioters, mention: null };
  } else if (sub === 'Attack' || sub === 'Abduction/forced disappearance' || sub === 'Sexual violence') {
    if (!actor2 && cues.has('civilian-victim')) actor2 = { actor: conventional.civilians, mention: null };
    actor1 ??= { actor: conventional['unknown-armed'], mention: null };
    if (actor1.actor.kind === 'civilians' && !actor2) {
      actor2 = actor1;
      actor1 = { actor: conventional['unknown-armed'], mention: null };
    }
  } else if (sub === 'Remote explosive/landmine/IED' || sub === 'Suicide bomb' || sub === 'Grenade') {
    if (actor1?.actor.kind === 'civilians' && !actor2) {
      actor2 = actor1;
      actor1 = null;
    }
    actor1 ??= { actor: conventional['unknown-armed'], mention: null };
    if (!actor2 && cues.has('civilian-victim')) actor2 = { actor: conventional.civilians, mention: null };
  } else if (sub === 'Arrests' && isVerbAt(doc, choice.hit.start) && TOLD_PASSIVE.test(doc.text.slice(s.start, choice.hit.start))) {
    // ACLED codes an arrest whose arrester the text leaves unnamed ("his wife was detained") as the country's police;
    // a noun ("a wave of arrests", "house arrest") or a participle describing people ("immigrants arrested for
    // crimes") tells no arrest of its own
    actor1 ??= { actor: conventional.police, mention: null };
  }
  // "the government" resolved to a state actor of another country than the event's: it is that country's own state.
  const place = chooseEventPlace(doc, [s.index], choice.hit);
  const eventCountry = place?.place?.countryCode ?? null;
  // (only a description of a state: "the group" that fired a missile into Saudi Arabia is still the Houthis)
  // "The government" is the government of the place; "the army", "troops" go abroad, so they become the place's own only
  // when the article names a force of that country: otherwise they are the ones the article named ("the Syrian army …
  // the army"), whatever country a doubtful place resolved to.
  const localise = (a: EventActor | null): EventActor | null =>
    a?.mention?.via === 'description' && a.actor.kind === 'state' && STATE_DESCRIPTION.test(a.mention.text) && eventCountry && a.actor.country && a.actor.country !== eventCountry && (GOVERNMENT_DESCRIPTION.test(a.mention.text) || namesStateOf(doc, eventCountry))
      ? { actor: conventional['state-forces'], mention: a.mention }
      : a;
  actor1 = localise(actor1);
  actor2 = localise(actor2);
  actor2 = applySideRules(rules, crowdStruck(doc.text.slice(s.start, s.end), sub, actor2, conventional.civilians), eventCountry);
  const unruled = actor1;
  const ruled = applyContextRules(rules, actor1, sub, eventCountry, actor2);
  actor1 = ruled.actor1;
  sub = ruled.sub;
  if (ruled.assoc) assoc1.push(ruled.assoc);
  // "police detained 100 people over suspected links to Islamic State", "arrested five Islamic State suspects": ACLED codes
  // the suspects as the group they are held for, not as civilians ("four police officers were wounded and one member of
  // the group was arrested": the police the clause before names are the arresters, never also the ones held)
  if (sub === 'Arrests' && (!actor2 || actor2.actor.kind === 'civilians' || (!!actor1 && actor2.actor.name === actor1.actor.name))) {
    const group = actorMentions.find((m) => m.actor && m.confidence >= 0.5 && m.actor.inter >= 2 && m.actor.inter <= 4 && m.actor.id !== actor1?.actor.id && suspectedOf(doc.text, s, m));
    if (group) actor2 = { actor: group.actor!, mention: group };
  }
  // "accused the Houthis … after Saudi air defenses intercepted a missile": the side whose weapon was stopped, named outside the trigger's clause
  if (sub === 'Disrupted weapons use' && !actor2) {
    const firer = firerOf(actor1?.actor ?? null, actorMentions, s, choice.hit) ?? firerInStory(actor1?.actor ?? null, mentionsOf(doc, 'ACTOR'));
    // ("U.S. forces said they had shot down a drone": the interceptor, renamed the coalition by a context rule, is never
    // the side whose weapon it stopped)
    if (firer && firer !== unruled?.mention && firer.actor?.id !== unruled?.actor.id) actor2 = applySideRules(rules, { actor: firer.actor!, mention: firer }, eventCountry);
  }
  // "the fall of the militant group's bastion in Raqqa": the holder of the territory lost it, it did not take it
  if (TERRITORY_CHANGES.has(sub) && actor1?.mention?.holds) {
    if (!actor2 || actor2.actor.id === actor1.actor.id) actor2 = actor1;
    actor1 = null;
  }
  // "Iraqi forces captured the Kurdish-held city of Kirkuk": whoever held the territory taken is the side that lost it
  // (before any other side named after the trigger: the territory taken comes first, "captured the Kurdish-held city … in the fight against IS")
  if (TERRITORY_CHANGES.has(sub) && (!actor2 || (actor2.mention && actor2.mention.start > choice.hit.start))) {
    const holders = actorMentions.filter((m) => m.holds && m.actor && m.actor.id !== actor1?.actor.id && !(actor1 && sameForce(m.actor, actor1.actor, null)));
    // (in the trigger's own clause: not "the fall of Hawija, which lies near the Kurdish-held city of Kirkuk")
    const clauseEnd = subordinateStart(doc.text, choice.hit.end, s.end);
    const h = holders.find((m) => m.start > choice.hit.start && m.end <= clauseEnd && (!actor2?.mention || m.start < actor2.mention.start));
    if (h) actor2 = applySideRules(rules, { actor: h.actor!, mention: h }, eventCountry);
  }
  // "last week's arrest of a consulate employee": an arrest the text tells as a definite noun is the police's too (ACLED
  // convention), like a passive one; an indefinite or bare noun ("a wave of arrests", "house arrest") was left unnamed above
  if (sub === 'Arrests' && !actor1 && DEFINITE_ARREST.test(doc.text.slice(Math.max(s.start, choice.hit.start - 40), choice.hit.end + 4))) actor1 = { actor: conventional.police, mention: null };
  // Targets ACLED codes as civilians when the text names no group: owners of destroyed property, people arrested or abducted.
  const civilians = cues.has('migrants') ? conventional['civilians-international'] : conventional.civilians;
  if (!actor2 && (((sub === 'Looting/property destruction' || sub === 'Mob violence') && (cues.has('property') || cues.has('civilian-victim'))) || ((sub === 'Arrests' || sub === 'Abduction/forced disappearance') && (cues.has('civilian-victim') || cues.has('migrants'))))) actor2 = { actor: civilians, mention: null };
  actor2 = heldPolitician(doc.text, s, sub, actor2, eventCountry) ?? actor2; // (a party's held leaders are the party: held-politician.ts)
  actor2 = armedVictim(doc, s, sub, choice.hit, actor1, actor2, actorMentions) ?? actor2; // (a group's leader killed: the group was struck, armed-victim.ts)
  if (sub === 'Attack' && actor2 && actor2.actor.kind !== 'civilians' && actor2.actor.inter !== 7 && !cues.has('civilian-victim') && !cues.has('rule-helpless-victims')) sub = 'Armed clash'; // (captives executed: ACLED's attack on the defenceless)

  const picked = pickDate(doc, s, dateMentions, choice.hit);
  const own = picked.date;
  const nearest = nearestDateMention(dateMentions, choice.hit);
  // an event its own clause leaves undated takes the story's lead date; when that is a month or year long past, so is the event
  const staleLead = own === null && nearest === null && !!leadDate && leadDate.precision >= 3 && !!doc.article.published && leadDate.latest < addDays(doc.article.published, -MONTH_BACKGROUND_DAYS);
  const article = wholeArticle(doc);
  let historical =
    // (a past date of another clause, "…, while … the investigation that began in June 2016", is that clause's: event-dates.ts)
    // (whole articles only: a note or a CASE snippet tells one event, whose sentence's past date or background word is its own)
    ((article ? nearestInClause(doc, s, dateMentions, choice.hit) : nearest)?.past ?? false) ||
    // ("The Kremlin had previously declined …, reflecting tensions over a U.S. missile strike on Syria last week": a
    // background word of the sentence yields to a current day or week the event's own clause gives, event-dates.ts)
    (cues.has('background') && !(article && datedNews(own, doc.article.published))) ||
    // "the worst attack since the 2015 bombing", "since the fall of Saddam Hussein": an event named after "since" is the past reference point
    cueBefore(lex, 'since-before', doc.text, s.start, choice.hit) ||
    // "suspended visas after the arrest of a consulate worker", "raise the subject of his detention": an arrest named by
    // its noun as the cause or topic of what the sentence reports is one already known, not the news (the verb that
    // tells it, "police arrested a worker on Monday", is left alone)
    (sub === 'Arrests' && ARREST_NOUN.test(doc.text.slice(choice.hit.start, choice.hit.end)) && cueBefore(lex, 'cause-before', doc.text, s.start, choice.hit)) ||
    // "came under attack this year", "in 2017": a whole year is a campaign's span, never the day of a news event
    own?.precision === 4 ||
    // "last month", "in October": a month that ended before the report is background; "this month" runs up to it
    (own !== null && own.precision === 3 && !!doc.article.published && own.latest < addDays(doc.article.published, -MONTH_BACKGROUND_DAYS)) ||
    // "on Aug. 16" in a story of Oct. 8: a day or week that ended more than the news window (three weeks) before the
    // report is background the story recalls, not its news (GUIDELINE: the news is about the last three weeks)
    endedBeforeTheNews(own ?? (nearest === null ? leadDate : null), doc.article.published) ||
    staleLead ||
    // "have been detained", "has been arrested" told undated deep in the body: background or a tally
    perfectInBody(doc.text, s.start, s.index, choice.hit, own !== null) ||
    // "The attacks in the capital prompted a ferocious response": a known cause told past the lead (causal-background.ts)
    (!isVerbAt(doc, choice.hit.start) && causeInBody(doc.text, s.start, s.end, s.index, choice.hit, own !== null)) ||
    // "Russia's seizure of Crimea", "the Houthis' takeover of the capital": who holds a place, not a capture told now
    possessedTakeover(doc.text, s.start, s.index, choice.hit, sub, own !== null) ||
    // "killed by American soldiers about a century ago": history no date span reads
    toldLongAgo(doc.text, s.end, choice.hit, own !== null) ||
    // "In 1994 the EZLN declared war. A 12-day battle …", "the 1963 assassination … Kennedy's assassination": history retold (past-narrative.ts)
    (nearest === null && (continuesPastNarrative(doc, s, own !== null) || namedPastEvent(doc, choice.hit, own !== null))) ||
    namesPastDay(doc, s, dateMentions, choice.hit);
  // Background history is not dated by the news it is told in: its own past date, else a time before the news
  // "He has not been heard from since Dec. 2, when he was abducted": a current day or week the sentence names, though
  // another verb's, is nearer the event than the story's lead day (a month may well be another happening's)
  const besideIt = historical ? null : (dateBesideTrigger(doc, dateMentions, choice.hit)?.value ?? null);
  const told = own ?? besideIt ?? (staleLead || !historical ? leadDate : nearest?.past ? nearest.value : beforeTheNews(doc.article.published));
  // "The raids came a day after police arrested …": an undated clause told as following by a day is that day earlier
  const shifted = own === null && !historical ? offsetBeforeTrigger(doc.text, s.start, choice.hit, told) : null;
  // "still fleeing, more than six weeks after insurgents attacked": an offset that reaches past the news window (three
  // weeks) tells background the story recalls, not its news
  if (shifted && endedBeforeTheNews(shifted, doc.article.published)) historical = true;
  // "senators signaled on Wednesday a new willingness … after the Orlando nightclub massacre", "missiles were fired in
  // response to the suspected gas attack": an event named only as what a reaction answers happened before the reaction,
  // so the reaction's day (or the lead's) is no day of it; it is the week up to that day, and a telling that dates it
  // (the April 4 attack) gives its day when the two merge
  const reacted = own === null && !historical && !shifted && !!told && told.precision <= 2 && answeredByReaction(lex, doc, s, choice.hit);
  // "The U.N. condemned the bombing of a hospital in Aleppo on Tuesday": a day after the noun a reaction answers may be the
  // reaction's as well as the event's (the clause's verb is the reaction's), so the week up to it holds both readings, and
  // a telling that dates the event itself gives its day when the two merge
  // (whole articles only: an ACLED note's date is its event's, whatever reaction the note also tells)
  const reactedOwn = article && !reacted && !historical && own?.precision === 1 && !isVerbAt(doc, choice.hit.start) && dateMentions.some((d) => d.value === own && d.start >= choice.hit.end && !verbBetween(doc, choice.hit.end, d.start)) && answeredByReaction(lex, doc, s, choice.hit);
  const date = reacted || reactedOwn ? beforeTheReaction((reactedOwn ? own : told)!) : (shifted ?? told);
  return {
    sub,
    score: choice.score,
    trigger: choice.hit,
    sentences: [s.index],
    actor1,
    actor2,
    assoc1,
    place,
    date,
    historical,
    claims: [],
    context: [],
    certainty: roles.certainty,
    order,
    separate: cues.has('separate'),
    generic: namesToldEvent(doc.text, choice.hit),
    attributed: null,
    statementDay: picked.statement && !historical && date === own,
    dateRank: reactedOwn ? REACTION_DATE : historical || own !== null || shifted ? OWN_DATE : reacted ? REACTION_DATE : besideIt ? OWN_DATE : LENT_DATE,
    definite: !isVerbAt(doc, choice.hit.start) && DEFINITE_BEFORE.test(doc.text.slice(Math.max(s.start, choice.hit.start - 40), choice.hit.start)),
  };
}

/**
 * Whether a verb or an auxiliary starts between two offsets: "came after a double car bombing … killed 100 people on
 * Tuesday" dates the bombing by its own verb, not by the reaction that answers it.
 */
function verbBetween(doc: Document, from: number, to: number): boolean {
  for (let k = firstStartingFrom(doc.tokens, from); k < doc.tokens.length && doc.tokens[k].start < to; k++) if (doc.tokens[k].pos === 'VERB' || doc.tokens[k].pos === 'AUX') return true;
  return false;
}

/** A reporting verb right after a mention: "police said …" makes the police a source, not a side. */
const REPORTER_AFTER_MENTION = /^\s*(?:\S+\s+){0,2}?(?:said|says|told|reported|reports|stated|added)\b/i;

/**
 * A fight whose doer is a crowd: demonstrators or rioters whoever they fought (the police, the people they hurt, rival
 * demonstrators), or a people the text names ("Hindus and Muslims clashed") against another crowd.
 */
function crowdFight(a1: EventActor | null, a2: EventActor | null): boolean {
  if (!a1) return false;
  if (FIGHTING_CROWDS.has(a1.actor.kind ?? '')) return true;
  return crowdNationality(a1) !== null && !!a2 && (FIGHTING_CROWDS.has(a2.actor.kind ?? '') || crowdNationality(a2) !== null);
}

/** A people named by a demonym ("Palestinians", "Israeli settlers"): civilians of a country, named in the text. */
function crowdNationality(a: EventActor | null): EventActor | null {
  return a?.mention && a.actor.kind === 'civilians' && a.actor.country && a.actor.name.startsWith('Civilians (') ? a : null;
}

/** The crowd actor ("Protesters ({country})") for a named people: the people's country fills it. */
function crowdOf(people: EventActor, template: Actor): EventActor {
  const country = people.actor.name.slice('Civilians ('.length, -1);
  const iso2 = people.actor.country!;
  return { actor: { ...template, id: `${template.id}-${iso2.toLowerCase()}`, name: template.name.replace('{country}', country), country: iso2 }, mention: people.mention };
}

function finish(doc: Document, c: Candidate, published: string | null, periods: Names, acled: AcledConventions, conventional: ConventionalActors, commander?: CommanderForces): EventMention {
  const sentenceSpans = [...new Set(c.sentences)].sort((a, b) => a - b).map((i) => ({ start: doc.sentences[i].start, end: doc.sentences[i].end }));
  // "an air raid killed 12, a monitor said on Monday": the event happened that day or in the days before it
  let date = (c.statementDay && c.date ? upToTheStatement(c.date) : c.date) ?? (published ? { earliest: published, latest: published, precision: 4 as const, anchor: 'published' as const } : null);
  // A reported event has happened by the time of the report ("this week" ends at publication).
  if (date && published && !c.historical && date.latest > published && date.earliest <= published) date = { ...date, latest: published };
  const [sideOne, sideTwo] = distinctSides(c);
  // unnamed, the actor ACLED's convention gives the sub-event type (unnamed-actor1.ts: the government regains territory...)
  // (a leader the event's sentences say ordered it names whose forces struck, before the convention: commander.ts)
  const ordered = sideOne || !commander ? null : commander(c.sub, [...new Set(c.sentences)].map((i) => doc.text.slice(doc.sentences[i].start, doc.sentences[i].end)));
  const unnamed = sideOne ? null : ordered && ordered.id !== sideTwo?.actor.id ? ordered : unnamedActor1(c.sub, sideTwo?.actor ?? null, c.place?.place?.countryCode ?? null, conventional);
  const actor1 = sideOne ?? (unnamed ? { actor: unnamed, mention: null } : null);
  // ACLED always codes the target of these: violence against civilians by definition (Attack, abduction), and a bomb, a gas
  // attack or an arrest whose target the text leaves unnamed hit or held civilians (news gold TRAIN: 30 of 30 such bombings
  // and attacks; ACLED Middle East 2022: no Attack, abduction or arrest and 2 of 56 bombings with actor2 blank)
  const held = c.sub === 'Arrests' && (!sideTwo || sideTwo.actor.kind === 'civilians') && holdsOfficials(doc, c) ? { actor: conventional.government, mention: null } : null;
  const actor2 = held ?? sideTwo ?? (CIVILIAN_TARGETS.has(c.sub) ? { actor: conventional.civilians, mention: null } : null);
  // ACLED's conventions: a "coded as 0" remark, figures only a party to the fighting gave (acled-notes.ts)
  const sides = [actor1?.actor.name, actor1?.mention?.text, actor2?.actor.name, actor2?.mention?.text];
  // (a figure the text spans over several days, or an earlier event's, is no toll of an event of one day: multi-day-total.ts, earlier-event-toll.ts)
  const oneDay = !c.historical && c.date?.precision === 1;
  const tolls = oneDay ? c.claims.filter((k) => !notTheDaysToll(doc.text, doc.sentences[sentenceAt(doc.sentences, k.start)] ?? k, c.trigger, k)) : c.claims;
  const counted = applyFatalityConventions(doc.text, tolls, conservativeFatalities(tolls), sides, acled);
  const { fatalities, flag } = counted;
  const claims = c.context.length ? [...counted.claims, ...c.context].sort((a, b) => a.start - b.start) : counted.claims;
  // kept whatever the type: the sub-event classifier may yet make the event a protest (records.ts writes it for those)
  const crowd = crowdSizeOf(doc.text, acled);
  const base = Math.min(0.95, 0.3 + Math.min(c.score, 10) * 0.03 + (c.actor1?.mention ? 0.1 : 0) + (c.place?.place ? 0.1 : 0) + c.certainty * 0.1 + (c.order === 0 ? 0.1 : 0));
  const confidence = +(c.historical ? base * 0.5 : base).toFixed(3);
  const evidence = sentenceSpans;
  // ACLED names state forces by the government in power on the event's date, and some actors by their name of the time;
  // two sides that now share a name are one side ("the coalition" and "Saudi forces" of 2017)
  // (and a lone attacker in North America is ACLED's "Sole Perpetrator" there: sole-perpetrator.ts)
  const country = c.place?.place?.countryCode ?? null;
  // (the story's lone gunman is its current attack's: a background attack told in passing may be a couple's or a group's)
  const lone = !c.historical && eventTypeOf(c.sub) === 'Violence against civilians' && loneAttackerStory(doc.text);
  const sole = (a: EventActor | null) => (a ? { ...a, actor: soleAttacker(a.actor, a.mention?.text ?? null, country, lone) } : a);
  const named1 = inForce(periods, sole(actor1), date?.earliest);
  const named2raw = inForce(periods, sole(actor2), date?.earliest);
  const named2 = named2raw && (c.within || secondSideOnceNamed(named1?.actor ?? null, named2raw.actor)) ? named2raw : null;
  const ev: Omit<EventMention, 'notes' | 'id'> = {
    subEventType: c.sub,
    eventType: eventTypeOf(c.sub),
    disorderType: disorderTypeOf(c.sub),
    trigger: { start: c.trigger.start, end: c.trigger.end },
    // ACLED names state forces by the government in power on the event's date
    actor1: named1,
    actor2: named2,
    assocActor1: c.assoc1.map((a) => inForce(periods, a, date?.earliest) ?? a),
    assocActor2: [],
    place: c.place,
    date,
    historical: c.historical,
    fatalities,
    claims,
    ...(flag ? { fatalitiesFlag: flag } : {}),
    ...(crowd ? { crowdSize: crowd } : {}),
    evidence,
    confidence,
    basis: { rule: c.trigger.rule.id, score: +c.score.toFixed(2) },
    decidedBy: 'rules',
  };
  const id = stableId('ev-', doc.id, c.sub, c.trigger.start, c.trigger.end);
  return { ...ev, id, notes: composeNote(doc, ev) };
}

/**
 * Those held are the state's own people: "11 princes as well as ministers", "senior officials", "several senior Catalan
 * officials", "regional government officials", "the political elite" (a people's or region's word may stand between the
 * rank and "officials"; officials who speak, "senior officials said", are the source, not the ones held).
 */
const OFFICIALS = /\b(?:princes|ministers|(?:senior|government|state|former|regional|provincial|municipal)\s+(?:government\s+)?officials(?!\s+(?:said|say|says|told|added|confirmed|reported|announced|declined))|governors|political\s+(?:and\s+\w+\s+)?elite)\b/i;
/** (case-sensitive: the word between is a proper adjective, "senior Catalan officials", "former Kurdish officials") */
const NAMED_OFFICIALS = /\b(?:[Ss]enior|[Gg]overnment|[Ss]tate|[Ff]ormer|[Rr]egional|[Pp]rovincial|[Mm]unicipal)\s+[A-Z][\w'’-]+\s+officials\b(?!\s+(?:said|say|says|told|added|confirmed|reported|announced|declined))/;

/**
 * ACLED codes the arrest of government members (a purge of princes and ministers) with "Government of X" as the ones
 * held, not civilians: read in the arrest's sentences and the one after its first ("Among them were 11 princes …").
 */
function holdsOfficials(doc: Document, c: Candidate): boolean {
  const told = new Set(c.sentences);
  if (c.sentences[0] + 1 < doc.sentences.length) told.add(c.sentences[0] + 1);
  for (const i of told) {
    const sentence = doc.text.slice(doc.sentences[i].start, doc.sentences[i].end);
    if (OFFICIALS.test(sentence) || NAMED_OFFICIALS.test(sentence)) return true;
  }
  return false;
}

/** Sub-event types whose unnamed target ACLED codes as the country's civilians. */
const CIVILIAN_TARGETS: ReadonlySet<SubEventType> = new Set(['Attack', 'Abduction/forced disappearance', 'Remote explosive/landmine/IED', 'Suicide bomb', 'Chemical weapon', 'Grenade', 'Arrests']);

interface Names { readonly periods: ActorPeriods; readonly dated: DatedNames }

function inForce(names: Names, a: EventActor | null, isoDate: string | undefined): EventActor | null {
  return a && isoDate ? { ...a, actor: actorInForce(names.periods, namedOnDate(names.dated, a.actor, isoDate), isoDate) } : a;
}

