import type { Claim } from '../../model/claim.ts';

// Why: "the drones fired missiles on Taliban hideouts, killing at least 31 people over two days", "after five days of
// combat that the Red Cross said killed more than 230 people": a figure the text spans over several days is a total of
// several events (or of a fight that lasted those days), not the toll of an event dated to one day. Merged into one
// day's strike it overstates it (31 for the 11 killed that day), and carried to a rally told beside it, it gives a
// peaceful protest 230 dead (news dev, issue 10). An event the story itself spans over days keeps such a total.

const SPAN = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|few|\d+)\s+(?:days|nights|weeks|months)`;
/** "… 31 people over two days", "… killed in the past three days", "… during four days of fighting". */
const SPAN_AFTER = new RegExp(String.raw`^[^,.;]{0,30}?\b(?:over|in|during|across|within|throughout)\s+(?:the\s+|a\s+)?(?:past\s+|last\s+|previous\s+|preceding\s+)?${SPAN}\b`, 'i');
/** "after five days of combat that … killed 230", "three weeks of clashes have killed 40". */
const SPAN_BEFORE = new RegExp(String.raw`\b${SPAN}\s+of\s+(?:\w+\s+){0,2}?(?:fighting|combat|clashes|battles?|strikes|air\s+strikes|raids|bombing|bombardment|shelling|violence|unrest|protests?)\b[^.;]{0,80}$`, 'i');

/** Whether the text spans the figure of this claim over several days. */
export function multiDayTotal(text: string, sentence: { start: number; end: number }, claim: Claim): boolean {
  return SPAN_AFTER.test(text.slice(claim.end, Math.min(sentence.end, claim.end + 60))) || SPAN_BEFORE.test(text.slice(Math.max(sentence.start, claim.start - 140), claim.start));
}
