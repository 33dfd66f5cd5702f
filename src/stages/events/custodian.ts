// Why: "were arrested on Monday and are now in the custody of the Egyptian army" names the arrester after the verb
// without "by": the passive arrest took the conventional police, and the army that holds them was lost. Whoever holds
// people ("in the custody of", "in the hands of") is the agent of their arrest or abduction.

/** "in the custody of the", "into the hands of", "under the detention of": what follows holds the people. */
const CUSTODY_BEFORE = /\b(?:in|into|under)\s+(?:the\s+)?(?:custody|hands|detention)\s+of\s+(?:the\s+|an?\s+)?$/i;

/** Whether the mention starting at `start` is named as the one holding people, no earlier than `from`. */
export function custodian(text: string, from: number, start: number): boolean {
  return CUSTODY_BEFORE.test(text.slice(Math.max(from, start - 40), start));
}
