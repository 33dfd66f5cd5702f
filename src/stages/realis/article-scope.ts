import { z } from 'zod';
import { loadJsonlLexicon, readShippedOnce } from '../../lexicons/load.ts';
import { lexiconRegExp } from '../../lexicons/pattern.ts';
import { SUB_EVENT_TYPES, type SubEventType } from '../../model/taxonomy.ts';
import type { Document, EventMention } from '../../model/document.ts';
import { toldInPassing } from '../../models/event-realis/features.ts';
import { loadRealisLexicon } from '../events/realis.ts';
import { standingCampaign } from './progressive-state.ts';
import { arrestAtProtest } from './protest-arrests.ts';
import { describedCaptives } from './described-captives.ts';
import { backgroundFrame } from './background-frames.ts';
import { campaignState } from './campaign-state.ts';
import { ordinaryCrime } from './ordinary-crime.ts';
import { genericKind } from './generic-kind.ts';
import { courtStoryBackground } from './court-story.ts';
import { reportContent } from './report-content.ts';
import { habitualPresent } from './habitual-present.ts';
import { loadCrimeHeadlines } from './crime-headlines.ts';

const entry = z.object({
  sub_event_type: z.enum(SUB_EVENT_TYPES as [SubEventType, ...SubEventType[]]),
  /** When given, the type is coded from an article only if its evidence has these words (a regex source, case-insensitive, word-bounded). */
  needs: z.string().min(1).optional(),
  /** Trigger rules whose events of this type an article still codes: the dated changes the guideline's coders code. */
  except_rules: z.array(z.string().min(1)).optional(),
  why: z.string().min(1),
});

const scopeRows = (dir: string) => loadJsonlLexicon('article-scope.jsonl', entry, dir);

/**
 * The sub-event types a whole article is not coded for (lexicons/article-scope.jsonl rows without `needs`): the news
 * guideline's scope is narrower than ACLED's notes. Briefs keep every type; the realis stage and its training leave these out of articles.
 */
export const loadOutOfArticleScope = readShippedOnce((dir: string): ReadonlySet<SubEventType> => new Set(scopeRows(dir).filter((r) => !r.needs).map((r) => r.sub_event_type)));

/**
 * The sub-event types an article codes only when the event's evidence has certain words (rows with `needs`): sexual
 * violence is political violence only when armed men or a named armed group commit it; told of a neighbour, a priest
 * or a candidate it is an ordinary crime or an allegation, which the guideline leaves out.
 */
export const loadArticleScopeNeeds = readShippedOnce(
  (dir: string): ReadonlyMap<SubEventType, RegExp> =>
    new Map(scopeRows(dir).flatMap((r) => (r.needs ? [[r.sub_event_type, lexiconRegExp(`(?<![\\w-])(?:${r.needs})(?![\\w])`, 'i')] as const] : []))),
);

/**
 * Trigger rules exempt from a type's exclusion (rows' `except_rules`): a fighter's surrender is *Change to
 * group/activity* as the gold codes it, a dated change, unlike the deployments and postures the exclusion is for.
 */
export const loadArticleScopeExceptions = readShippedOnce(
  (dir: string): ReadonlyMap<SubEventType, ReadonlySet<string>> =>
    new Map(scopeRows(dir).flatMap((r) => (r.except_rules ? [[r.sub_event_type, new Set(r.except_rules)] as const] : []))),
);

const outOfScopeHere = (ev: EventMention, outOfScope: ReadonlySet<SubEventType>, exceptions: ReadonlyMap<SubEventType, ReadonlySet<string>>): boolean =>
  outOfScope.has(ev.subEventType) && !(ev.basis && exceptions.get(ev.subEventType)?.has(ev.basis.rule));

/** The generic actor Sitrep gives a perpetrator no words name: it says nothing of who did it. */
const UNNAMED_ACTOR = 'unidentified-armed-group';

/**
 * Whether an event lacks what its type needs to be coded from an article: no words of its evidence name the kind of
 * perpetrator the type needs, and no actor named in the text (other than an unidentified one) carried it out.
 */
function lacksWhatItNeeds(doc: Document, ev: EventMention, needs: ReadonlyMap<SubEventType, RegExp>): boolean {
  const re = needs.get(ev.subEventType);
  if (!re) return false;
  if (ev.actor1?.mention && ev.actor1.actor.id !== UNNAMED_ACTOR) return false;
  return !ev.evidence.some((e) => re.test(doc.text.slice(e.start, e.end)));
}

/**
 * People whose arrest is political whatever the story: the guideline's politically significant arrests (opposition,
 * activists, journalists, militants) and charges of a political kind.
 */
const POLITICAL_TARGETS = /\b(?:opposition|activists?|dissidents?|journalists?|reporters?|bloggers?|protesters?|demonstrators?|militants?|insurgents?|rebels?|jihadists?|Islamic State|lawmakers?|critics?|rights (?:lawyers?|defenders?|activists?)|party (?:leaders?|members?|officials?)|coup|terror\w*|treason|espionage|spying)\b/i;

/**
 * "U.S. charges two with bribing African officials", "Balkan police break up migrant smuggling ring": a headline that
 * names an ordinary crime makes the story's arrests the crime's, though the sentence that tells an arrest ("Gadio was
 * arrested in New York on Friday") no longer names it; an arrest whose evidence names a political target stays.
 */
function crimeStoryArrest(doc: Document, ev: EventMention, crime: RegExp): boolean {
  if (ev.subEventType !== 'Arrests') return false;
  const title = doc.article.title;
  if (!title || !(crime.test(title) || loadCrimeHeadlines().test(title))) return false;
  return !ev.evidence.some((e) => POLITICAL_TARGETS.test(doc.text.slice(e.start, e.end)));
}

/**
 * Whether a rule drops a current event of a whole article before the realis model weighs it: told only in passing, of a
 * kind the news guideline does not code from articles ("the deployment has led to tension"), without the perpetrator
 * its kind needs ("the women said he had sexually abused them"), or an arrest in a story its headline says is about
 * an ordinary crime; a fight told in the present progressive with no town or day (progressive-state.ts); an arrest
 * made at a protest the article tells (protest-arrests.ts); captives a participle describes (described-captives.ts); a campaign's tally, a ruler's fall or a past-perfect perception
 * framing the trigger (background-frames.ts); violence told as a
 * crime with no armed or political side in the story (ordinary-crime.ts); a bare plural event noun whose
 * predicate tells how often such events happen (generic-kind.ts); violence or an arrest a trial story's body tells
 * undated, the case's subject (court-story.ts); an undated event told only as a report's content (report-content.ts); an
 * event verb in the simple present, a habit or a charge (habitual-present.ts); a battle noun whose predicate tells where
 * the campaign stands, with no town or day (campaign-state.ts). The realis stage and the model's training (which
 * leaves these out) ask the same question here.
 */
export function ruledOutBeforeModel(
  doc: Document,
  ev: EventMention,
  outOfScope: ReadonlySet<SubEventType> = loadOutOfArticleScope(),
  needs: ReadonlyMap<SubEventType, RegExp> = loadArticleScopeNeeds(),
  // (the realis lexicon's ordinary-crime words: fraud, bribery, smuggling, drug hauls)
  crime: RegExp = loadRealisLexicon().crime,
  exceptions: ReadonlyMap<SubEventType, ReadonlySet<string>> = loadArticleScopeExceptions(),
): boolean {
  return toldInPassing(doc, ev) || outOfScopeHere(ev, outOfScope, exceptions) || lacksWhatItNeeds(doc, ev, needs) || crimeStoryArrest(doc, ev, crime) || standingCampaign(doc, ev) || arrestAtProtest(doc, ev) || describedCaptives(doc, ev) || backgroundFrame(doc, ev) || ordinaryCrime(doc, ev) || genericKind(doc, ev) || courtStoryBackground(doc, ev) || reportContent(doc, ev) || habitualPresent(doc, ev) || campaignState(doc, ev);
}
