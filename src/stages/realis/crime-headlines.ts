import { readShippedOnce } from '../../lexicons/load.ts';
import { phraseAlternation } from './phrase-rows.ts';
import { lexiconRegExp } from '../../lexicons/pattern.ts';

/**
 * Crimes a headline names in words the realis lexicon's crime cue leaves to headlines (lexicons/crime-headlines.jsonl):
 * "Police seize 7 tons of cocaine" tells a drug case, whose arrests the story then tells without naming it again.
 * Read only in the headline of a whole article (article-scope.ts), never in a sentence, so an ACLED note that tells a
 * seizure beside the events it codes keeps them.
 */
export const loadCrimeHeadlines = readShippedOnce((dir: string): RegExp => {
  return lexiconRegExp(`(?<![\\w-])(?:${phraseAlternation('crime-headlines.jsonl', dir)})(?![\\w-])`, 'i');
});
