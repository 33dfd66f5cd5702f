import type { Document, Mention } from '../../model/document.ts';
import type { Span } from '../../model/span.ts';

/** The nouns of an attack whose target or scene a place may be named as. */
const ATTACK = String.raw`(?:attacks?|assaults?|raids?|bombings?|blasts?|explosions?|strikes?|air\s?strikes?|shootings?|massacres?|ambush(?:es)?|offensives?|sieges?|shelling|rampage|hostage-taking|truck\s+attack|suicide\s+attack)`;
/**
 * What marks it as an earlier event than the one told: "an earlier", "a previous", "last month's", "two years ago", "the
 * 2015". Not "another" or "a separate", which as often tell the news itself ("despite another missile attack at Riyadh on
 * Tuesday"), nor a weekday's, which may be the event's own day.
 */
const OTHER = String.raw`(?:an\s+earlier|earlier|a\s+previous|the\s+previous|previous|prior|past|(?:last|the\s+previous)\s+(?:week|month|year|weekend)['’]s|(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago|the\s+(?:19|20)\d\d|(?:19|20)\d\d)`;
/**
 * "an earlier attack on a church in Cairo", "last month's bombing in Kabul", "the 2016 truck attack in Nice": the place is
 * the target or scene of another attack the story recalls, and no event it tells now may borrow it.
 */
const OTHER_ATTACK_BEFORE = new RegExp(String.raw`\b${OTHER}\s+(?:[\w-]+\s+){0,2}?${ATTACK}\s+(?:on|against|in|at|of|near|outside)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,4}?(?:(?:in|at|near|outside|of)\s+(?:the\s+)?)?$`, 'i');

/**
 * Whether a place is named only as another attack's target or scene (OTHER_ATTACK_BEFORE), where the event's own trigger
 * does not stand inside that phrase ("a separate bombing in Kandahar killed three" tells the event itself).
 */
export function otherAttackTarget(doc: Document, m: Mention, trigger: Span): boolean {
  if (m.kind !== 'PLACE') return false;
  const from = Math.max(0, m.start - 100);
  const before = doc.text.slice(from, m.start);
  const hit = OTHER_ATTACK_BEFORE.exec(before);
  if (!hit || /[.;]/.test(hit[0])) return false;
  const phraseStart = from + hit.index;
  return !(trigger.start >= phraseStart && trigger.start < m.start);
}
