import { readShippedOnce } from '../../lexicons/load.ts';
import { lexiconRegExp } from '../../lexicons/pattern.ts';
import { mentionsOf, sentenceAt, type Document, type EventMention } from '../../model/document.ts';
import { phraseAlternation } from './phrase-rows.ts';

/**
 * Issue 10 (type25): "the battle for the city is drawing to an end", "the offensive, launched in the spring, is in its
 * final stages": a battle or campaign noun whose predicate tells where the campaign stands
 * (lexicons/campaign-states.jsonl) describes a state, not an event with a day. As with a fight told in the present
 * progressive (progressive-state.ts), a subject that names its town ("the battle for the city of Raqqa … is drawing
 * to an end", which the news gold codes as that day's fighting there) or a sentence that names a current day tells the
 * fighting there, and stays.
 */
export const loadCampaignStates = readShippedOnce((dir: string): RegExp => lexiconRegExp(`^\\s*(?:${phraseAlternation('campaign-states.jsonl', dir)})(?![\\w])`, 'i'));

/** Nouns that name a campaign or a battle as a whole. */
const CAMPAIGN_NOUN = /^(?:the\s+)?(?:battles?|fight|fighting|offensives?|war|campaign|siege|assault|operations?)$/i;
/** A parenthetical between commas ("…, which the militants had used as their capital, …"). */
const PARENTHETICAL = /,[^,;:.!?]*,/y;
/** How far the subject's modifiers ("for the city of Raqqa", "against the Taliban") may run after the noun. */
const SUBJECT_REACH = 80;

export function campaignState(doc: Document, ev: EventMention, states: RegExp = loadCampaignStates()): boolean {
  if (ev.eventType !== 'Battles' || !CAMPAIGN_NOUN.test(doc.text.slice(ev.trigger.start, ev.trigger.end).trim())) return false;
  const si = sentenceAt(doc.sentences, ev.trigger.start);
  if (si < 0) return false;
  const s = doc.sentences[si];
  // the predicate: the first stretch of the subject (up to a parenthetical or a verb's clause) that a state predicate follows
  let at = -1;
  for (let k = ev.trigger.end; k < Math.min(s.end, ev.trigger.end + SUBJECT_REACH); k++) {
    const c = doc.text[k];
    if (c === ',') {
      PARENTHETICAL.lastIndex = k;
      if (!PARENTHETICAL.test(doc.text) || PARENTHETICAL.lastIndex > s.end) return false;
      k = PARENTHETICAL.lastIndex - 1;
      if (states.test(doc.text.slice(k + 1, s.end))) {
        at = k + 1;
        break;
      }
      continue;
    }
    if (c === ';' || c === ':' || c === '.') return false;
    if ((k === ev.trigger.end || /\s/.test(doc.text[k - 1] ?? '')) && /\s/.test(c) && states.test(doc.text.slice(k, s.end))) {
      at = k;
      break;
    }
  }
  if (at < 0) return false;
  // the subject names its town (outside a parenthetical's country), or the sentence names a current day: the day's fighting
  const subject = { start: ev.trigger.start, end: at };
  const placed = mentionsOf(doc, 'PLACE').some((m) => m.start >= subject.start && m.end <= subject.end && !m.demonym && !!m.place && !m.place.featureCode.startsWith('PCL'));
  const dated = mentionsOf(doc, 'DATE').some((m) => m.sentence === si && !m.past && !m.dateline);
  return !placed && !dated;
}
