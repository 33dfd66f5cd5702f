import type { Document, Sentence } from '../../model/document.ts';

/** Sentences with election words ("candidate", "nomination", "voters") that make a story one of election coverage. */
const ELECTORAL_STORY_SENTENCES = 2;

/**
 * "at a Trump rally", "a Donald Trump rally": a rally named after a person (capitalised words between the article and
 * "rally", not at the sentence's start) is that person's own event. In a story of election coverage it is a campaign
 * rally, which ACLED does not code as a protest, though the sentence itself has no election word ("Sandford was arrested
 * after trying to grab a gun at a Trump rally in Las Vegas"). A rally named by a lower-case word ("an opposition rally",
 * "an anti-government rally") stays a protest.
 */
const NAMED_RALLY = /\b(?:a|an|the|his|her|their)\s+(?:[A-Z][\p{L}'’.-]*\s+){1,3}rall(?:y|ies)\b/u;

/** Whether a sentence's rally is a candidate's own rally in election coverage (the story has enough election words). */
export function campaignRally(doc: Document, s: Sentence, electoralSentences: number): boolean {
  if (electoralSentences < ELECTORAL_STORY_SENTENCES) return false;
  return NAMED_RALLY.test(doc.text.slice(s.start, s.end));
}
