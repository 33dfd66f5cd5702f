import type { Document } from '../../model/document.ts';
import type { Deps, Stage, StageFactory } from '../../pipeline/stage.ts';
import { loadActorLexicon, type ActorLexicon } from './lexicon.ts';
import { createActorMatcher } from './match.ts';
import { resolveMentions } from './resolve.ts';
import { resolvePronouns } from './pronouns.ts';
import { resolveAircraft } from './aircraft.ts';
import { findPatronMentions, withPatrons } from './patrons.ts';
import { findTypedNames } from './typed-names.ts';
import { withDefinedAcronyms } from './acronyms.ts';
import { withCommunalMilitias } from './communal.ts';
import { withNamedStateForces } from './bare-state-forces.ts';

export { loadActorLexicon, toActor, kindsOf, type ActorEntry, type ActorLexicon, type ActorKind } from './lexicon.ts';
export { COUNTRY_PLACEHOLDER, genericActor, interInContext, withCountry } from './generic.ts';

/**
 * Actor mentions: lexicon names, country-bound generic nouns ("Iraqi police"), open-class
 * group names ("Liwa al-Tahrir"), short names the story defines ("the New Sudan Brigade (NSB)" → "NSB"), communal militias ("Fulani herdsmen"), unknown names typed by a kind noun ("X, a Salafist-led armed group"), descriptions resolved to an earlier name ("the jihadists"), bare "soldiers" or "police" bound to the one state's force the story just named,
 * sentence-initial group pronouns ("They …") resolved to the last group named before, and definite aircraft ("the
 * drones") resolved to the state air force named before them.
 */
export function createActorsStage(lex: ActorLexicon): Stage {
  const matcher = createActorMatcher(lex);
  const backers = new Map(lex.actors.filter((a) => a.backers).map((a) => [a.id, a.backers!]));
  const stateWords = new Set(lex.demonyms.filter((d) => d.iso2).flatMap((d) => d.words));
  return {
    name: 'actors',
    version: '1',
    requires: ['sentences', 'tokens'],
    assigns: ['mentions:ACTOR'],
    run(doc: Document): Document {
      const raw = withPatrons(matcher.find(doc.text, doc.tokens), findPatronMentions(doc.text, doc.sentences, lex));
      const typed = withDefinedAcronyms(doc.text, doc.sentences, findTypedNames(doc.text, doc.tokens, lex, raw), stateWords);
      const communal = withCommunalMilitias(doc.text, doc.sentences, lex.demonyms, typed);
      const found = withNamedStateForces(resolveMentions(doc.id, doc.text, communal, backers), lex);
      const pronouns = resolvePronouns(doc.id, doc.text, doc.sentences, doc.tokens, found);
      const aircraft = resolveAircraft(doc.id, doc.text, doc.sentences, doc.tokens, found);
      const named = aircraft.length ? [...found, ...aircraft].sort((a, b) => a.start - b.start) : found;
      return { ...doc, mentions: [...doc.mentions, ...named, ...pronouns] };
    },
  };
}

export const actors: StageFactory = {
  name: 'actors',
  create(deps: Deps): Stage {
    return createActorsStage(loadActorLexicon(deps.lexicons.dir));
  },
};
