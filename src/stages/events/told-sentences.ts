import type { Document, Sentence } from '../../model/document.ts';

/** The headline repeats the lead in other words; events come from the body (when there is one). */
export function isTitle(doc: Document, s: Sentence): boolean {
  const title = doc.article.title?.trim();
  if (!title || s.index >= 4 || doc.text.slice(s.start, s.end).trim() !== title) return false;
  return doc.sentences.some((o) => o.index > s.index && doc.text.slice(o.start, o.end).trim() !== title);
}

/** "(Additional reporting by …; Editing by …)": a wire story's credits name people, never events. */
const CREDITS = /^\W*(?:additional )?(?:reporting|writing|editing|compiled|compiling|graphics|research) by\b/i;

/**
 * "* COMMENTARY: Why Assad used chemical weapons reut.rs/2o5FMEV": a wire story's link to a related story names it by its
 * headline, it tells no event (and the splitter may leave the link's tail at the head of the next teaser).
 */
const TEASER = /^\W*(?:rs\/\w+\s*)?\*\s*(?:COMMENTARY|FACTBOX|GRAPHICS?|ANALYSIS|PICTURES|VIDEO|TIMELINE|EXPLAINER|INSIGHT|BREAKINGVIEWS|RELATED(?: COVERAGE)?|READ MORE)\b/;

/** A wire story's credits or a teaser for a related story, told by the sentence's opening words: no event. */
export function isCreditsOrTeaser(doc: Document, s: Sentence): boolean {
  const opening = doc.text.slice(s.start, Math.min(s.end, s.start + 40));
  return CREDITS.test(opening) || TEASER.test(opening);
}
