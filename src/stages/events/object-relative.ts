// Why: "another missile attack at Riyadh by the Houthis which Saudi forces also intercepted", "the convoy that the
// militants ambushed": a relative clause whose own subject follows "which"/"that" has that subject as the trigger's
// agent. Word order alone took the main clause's first actor ("the coalition confirmed it would keep the port open
// despite …"), and the firer the event then looked for was the interceptor's own side (review rev11, conflict-13).

/** "which", "that" or "whom" opening a relative clause, up to the actor that is its subject. */
const RELATIVE_PRONOUN_BEFORE = /\b(?:which|that|whom)\s+(?:the\s+)?$/i;
/** Between that subject and the trigger: only adverbs and auxiliaries ("Saudi forces also intercepted", "had later seized"). */
const VERB_LEAD = /^\s*(?:(?:also|later|then|reportedly|allegedly|eventually|quickly|swiftly|had|has|have|did|subsequently)\s+){0,3}$/i;

/**
 * The mention that is the subject of the relative clause the trigger opens its verb in ("… which Saudi forces also
 * intercepted"), or null. A mention after "that" that reports ("said that the army attacked") is the same: the
 * clause's subject. An auxiliary of the passive ("which was intercepted") leaves no subject between, so none is found.
 */
export function relativeClauseSubject<M extends { start: number; end: number }>(text: string, sentenceStart: number, triggerStart: number, before: readonly M[]): M | null {
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i];
    if (m.end > triggerStart || !VERB_LEAD.test(text.slice(m.end, triggerStart))) continue;
    return RELATIVE_PRONOUN_BEFORE.test(text.slice(Math.max(sentenceStart, m.start - 12), m.start)) ? m : null;
  }
  return null;
}
