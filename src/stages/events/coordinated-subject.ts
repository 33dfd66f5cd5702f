// Why: "with Syrian government forces capturing its last major city on one side of the border and Iraqi forces taking
// its last substantial town on the other" tells two takeovers. The actor after "and" heads a clause of its own (its verb
// follows it), so it is neither the object nor the loser of the first verb; taken as actor2 it codes Syria's army
// retaking a city from Iraq's (review rev11, conflict-40). Any actor named after such a coordinated subject belongs to
// its clause too.

/** A conjunction before the actor: "… and Iraqi forces taking", "… while rebels seized". */
const CONJUNCTION_BEFORE = /(?:\band|\bwhile|\bwhereas|\bbut)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,2}?$/i;
/**
 * A takeover verb of its own right after the actor ("Iraqi forces also took"). Only taking territory: it tells a second,
 * parallel takeover. A verb of response ("… and troops fired back", "… and soldiers retreated") has the first event's
 * target or loser as its subject, so that actor stays the first event's actor2.
 */
const OWN_VERB_AFTER =
  /^\s*(?:(?:government\s+)?(?:forces|troops|fighters|militants|soldiers|army|police|rebels|militiamen|units)\s+)?(?:(?:also|later|then|now|meanwhile|separately|themselves|had|have|has)\s+){0,2}(?:tak(?:ing|es)|took|taken|captur(?:ing|ed|es)|seiz(?:ing|ed|es)|retak(?:ing|es|en)|retook|recaptur(?:ing|ed|es)|overr(?:an|unning|un|uns))\b/i;

/** "and France will", "but the Kurdish authorities said": a capitalised subject and a finite verb or auxiliary. */
const FINITE_CLAUSE = /\s(?:and|but)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}(?:will|would|has|have|had|is|are|was|were|said|says|can|could|must|may|might|should|did|does)\b/;

/**
 * Where the trigger's clause ends at the subject of a coordinated clause: the start of the first mention after the
 * trigger that follows a conjunction and is followed by a takeover verb of its own; `end` when none does.
 * "clashes between the army and rebels fighting …" is no coordinated clause: "between X and Y" names both sides.
 */
export function coordinatedSubjectStart(text: string, triggerEnd: number, end: number, mentions: readonly { start: number; end: number }[]): number {
  // "… did not end with the fall of Raqqa and France will maintain its military effort": a named subject and a finite
  // verb after "and" open a clause of their own, whatever actor it then names ("its military" is France's, not the loser)
  const finite = FINITE_CLAUSE.exec(text.slice(triggerEnd, end));
  if (finite && !/\bbetween\b/i.test(text.slice(triggerEnd, triggerEnd + finite.index))) end = triggerEnd + finite.index;
  for (const m of mentions) {
    if (m.start < triggerEnd || m.start >= end) continue;
    const lead = text.slice(Math.max(triggerEnd, m.start - 40), m.start);
    if (!CONJUNCTION_BEFORE.test(lead) || /\bbetween\b/i.test(text.slice(triggerEnd, m.start))) continue;
    if (OWN_VERB_AFTER.test(text.slice(m.end, Math.min(end, m.end + 40)))) return m.start;
  }
  return end;
}

/** Whether a mention heads a coordinated takeover clause of its own ("… and Iraqi forces taking the town"): no side of the sentence's other takeover. */
export function headsCoordinatedTakeover(text: string, sentenceStart: number, m: { start: number; end: number }): boolean {
  return coordinatedSubjectStart(text, sentenceStart, m.end + 40, [m]) === m.start;
}
