import type { Claim } from '../../model/claim.ts';
import type { CountMention, Document } from '../../model/document.ts';
import { stableId } from '../../model/ids.ts';
import type { Span } from '../../model/span.ts';
import type { Deps, Stage, StageFactory } from '../../pipeline/stage.ts';
import { createClaimExtractor, type ClaimExtractor } from './extract.ts';
import { parseDateline } from '../../input/dateline.ts';
import { loadClaimLexicon, type ClaimLexicon } from './lexicon.ts';

export { eventFatalities } from './fatalities.ts';
export { createClaimExtractor, type ClaimExtractor } from './extract.ts';
export { loadClaimLexicon, type ClaimLexicon } from './lexicon.ts';

/**
 * Every casualty/quantity figure in the text, with who claims it. Loads the lexicons on each
 * call; hot paths should build an extractor once with createClaimExtractor(loadClaimLexicon()).
 */
export function extractClaims(text: string, sentences: readonly Span[], lexicon?: ClaimLexicon): Claim[] {
  return createClaimExtractor(lexicon ?? loadClaimLexicon())(text, sentences);
}

const CONFIDENCE: Record<Claim['qualifier'], number> = { exact: 0.85, at_least: 0.85, at_most: 0.75, about: 0.75, range: 0.8, vague: 0.5 };

export function claimMentions(doc: Document, extract: ClaimExtractor): CountMention[] {
  // "MAIDUGURI, Nigeria, Nov 9 (Reuters) - Suicide bombers killed …": a number of the wire dateline is its date (the day, the
  // year), never a figure of what the story tells, however near a casualty verb it stands
  const dateline = parseDateline(doc.text)?.span;
  const claims = extract(doc.text, doc.sentences).filter((c) => !dateline || c.start >= dateline.end || c.end <= dateline.start);
  const out: CountMention[] = [];
  let sentence = 0;
  for (const claim of claims) {
    while (sentence < doc.sentences.length - 1 && doc.sentences[sentence].end <= claim.start) sentence++;
    out.push({
      kind: 'COUNT',
      id: stableId('cnt-', doc.id, claim.start, claim.end, claim.what),
      start: claim.start,
      end: claim.end,
      sentence,
      text: doc.text.slice(claim.start, claim.end),
      confidence: claim.claimant === null ? CONFIDENCE[claim.qualifier] : CONFIDENCE[claim.qualifier] - 0.05,
      by: 'claims',
      claim,
    });
  }
  return out;
}

export const claims: StageFactory = {
  name: 'claims',
  create(_deps: Deps): Stage {
    const extract = createClaimExtractor(loadClaimLexicon());
    return {
      name: 'claims',
      version: '1',
      requires: ['sentences', 'tokens'],
      assigns: ['mentions:COUNT'],
      run(doc: Document): Document {
        const counts = claimMentions(doc, extract);
        if (counts.length === 0) return doc;
        return { ...doc, mentions: [...doc.mentions, ...counts] };
      },
    };
  },
};
