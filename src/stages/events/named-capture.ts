import type { PlaceMention, Sentence } from '../../model/document.ts';
import type { TriggerHit, TriggerLexicon } from './triggers.ts';

// Why: "U.S.-backed Iraqi forces captured Mosul … in a grueling battle", "the army captured al-Hamidiya, Sheikh Yassin …
// districts in recent attacks", "the SDF retook Tabqa": the territory words of the trigger lexicon need a kind of place
// after the verb ("captured the town", "seized three villages"), so a capture told with the place's own name found no
// territory word, and the battle or attack words beside it made the event an armed clash. ACLED codes a change of
// control by who took the place (Government regains territory / Non-state actor overtakes territory), and the battle
// fought for it is the same event. A capture verb whose object is a place mention the places stage found is the
// lexicon's territory rule, read with the place's name as its object (its weight, so the scoring is unchanged).

/** The lexicon rule a named capture counts as: its sub-event type and weight. */
const TERRITORY_RULE = 'territory-taken';

/**
 * A capture verb, then at most a description of the place ("the northern city of", "their stronghold", "the strategic
 * border town of"), ending where the place's name begins. Bare "took"/"taken" are left out: "took Washington by
 * surprise", "taken Damascus at its word" are idioms; "took control of" stays. Only finite forms and participles: the
 * base form and the gerund are a purpose or a plan ("the objective of capturing Raqqa", "a bid to seize Aleppo"), and
 * no preposition stands in the description ("a photo captured from the town of Nusaybin" took nothing).
 */
const CAPTURE_BEFORE =
  /(?:^|[^\w-])(?<verb>captured|captures|recaptured|recaptures|seized|seizes|retook|retaken|retakes|overran|overruns|liberated|liberates|(?:took|taken|seized|wrested|regained|retook|gained|won|assumed) (?:full |complete |back )?control (?:of|over))\s+(?:(?:the|their|its|his|her|a|an)\s+)?(?:(?:(?!(?:from|in|at|on|by|near|to|into|with|for|after|before|during|over|of)\s)[\w-]+\s+){0,3}?(?:town|city|village|district|stronghold|bastion|capital|province|region|enclave|area|neighbou?rhood|suburb|hub|port|base)s?\s+(?:of\s+)?)?$/di;

/** A possessive after the name: "seized Syria's chemical stockpile" takes something of the place, not the place. */
const POSSESSED_AFTER = /^(?:'s|’s|\s+s\s)/;

/** Territory trigger hits for capture verbs whose object is a named place of the sentence. */
export function namedCaptures(lex: TriggerLexicon, text: string, s: Sentence, places: readonly PlaceMention[]): TriggerHit[] {
  const rule = lex.triggers.find((r) => r.id === TERRITORY_RULE);
  if (!rule) return [];
  const hits: TriggerHit[] = [];
  for (const p of places) {
    if (p.demonym || p.start < s.start || p.end > s.end) continue;
    const before = text.slice(Math.max(s.start, p.start - 80), p.start);
    const m = CAPTURE_BEFORE.exec(before);
    if (!m || POSSESSED_AFTER.test(text.slice(p.end, p.end + 3))) continue;
    const start = p.start - before.length + m.indices!.groups!.verb[0];
    hits.push({ rule, start, end: p.end });
  }
  return hits;
}
