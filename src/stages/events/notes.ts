import { actorName } from '../../output/records.ts';
import type { Document, EventMention } from '../../model/document.ts';

const VERB: Record<string, string> = {
  'Armed clash': 'clashed with',
  'Government regains territory': 'regained territory from',
  'Non-state actor overtakes territory': 'took territory from',
  'Chemical weapon': 'used chemical weapons against',
  'Air/drone strike': 'carried out air/drone strikes on',
  'Suicide bomb': 'carried out a suicide bombing against',
  'Shelling/artillery/missile attack': 'shelled',
  'Remote explosive/landmine/IED': 'detonated an explosive device against',
  Grenade: 'threw a grenade at',
  'Sexual violence': 'committed sexual violence against',
  Attack: 'attacked',
  'Abduction/forced disappearance': 'abducted',
  'Peaceful protest': 'protested',
  'Protest with intervention': 'protested; the protest was dispersed by',
  'Excessive force against protesters': 'protested and were met with lethal force by',
  'Violent demonstration': 'held a violent demonstration against',
  'Mob violence': 'engaged in mob violence against',
  Agreement: 'reached an agreement with',
  Arrests: 'arrested members of',
  'Change to group/activity': 'changed posture or activity (involving',
  'Disrupted weapons use': 'disrupted weapons use by',
  'Headquarters or base established': 'established a base',
  'Looting/property destruction': 'destroyed or looted property of',
  'Non-violent transfer of territory': 'took over territory without fighting from',
  Other: 'was involved in a strategic development with',
};

function fmtDate(e: Pick<EventMention, 'date'>): string {
  const d = e.date;
  if (!d) return 'On an unknown date';
  if (d.precision === 1) return `On ${d.earliest}`;
  if (d.earliest === d.latest) return `Around ${d.earliest}`;
  return `Between ${d.earliest} and ${d.latest}`;
}

/** One-sentence summary in ACLED's note style, built only from the event's own fields. */
export function composeNote(_doc: Document, e: Omit<EventMention, 'notes' | 'id'>): string {
  // an actor the text does not name is written as the record names it ("Police Forces of Iraq"), never "{country}"
  const country = e.place?.place?.country ?? null;
  const a1 = e.actor1?.mention?.text ?? (e.actor1 ? actorName(e.actor1.actor, country) : 'unidentified actors');
  const a2 = e.actor2?.mention?.text ?? (e.actor2 ? actorName(e.actor2.actor, country) : '');
  let verb = VERB[e.subEventType] ?? 'acted against';
  if (!a2) verb = verb.replace(/\s+(?:with|from|on|against|at|of|by|\(involving)$/, '');
  const place = e.place?.place ? ` in ${e.place.place.name}${e.place.place.country ? ` (${e.place.place.country})` : ''}` : '';
  const closer = verb.endsWith('(involving') ? ')' : '';
  let s = `${fmtDate(e)}, ${a1} ${verb}${a2 ? ` ${a2}` : ''}${closer}${place}`.replace(/\s+/g, ' ');
  if (e.fatalities !== null) s += `; ${e.fatalities} reported killed`;
  if (e.historical) s += ' (background history in the report)';
  return `${s}.`;
}
