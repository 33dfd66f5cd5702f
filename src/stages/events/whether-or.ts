// Why: "did not say whether troops would move into the northern districts … or launch air strikes": "whether" opens a
// question whose every alternative is open, however long the first one runs. The irrealis cue reaches only a few words
// past "whether" (its modal scope), so the alternative after "or" was read as told. The question's "or" carries the
// mode over to the words right after it.

/** How far before the trigger "whether" may stand (characters; the question is one clause of one sentence). */
const REACH = 240;

/** "whether … or [up to three words]" ending right before the trigger; "whether or not" opens no alternative of its own. */
const WHETHER_OR = /(?<![\w-])whether\s+(?!or\b)[^.;:!?“”"]*?\s(?:or|nor)\s+(?:[\w'’-]+\s+){0,3}$/i;

/** Whether the trigger at `at` is the alternative after "or" of a question opened by "whether" in its sentence. */
export function alternativeOfWhether(text: string, sentenceStart: number, at: number): boolean {
  return WHETHER_OR.test(text.slice(Math.max(sentenceStart, at - REACH), at));
}
