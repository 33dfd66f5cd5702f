/** The ACLED taxonomy: 6 event types, 25 sub-event types, exact ACLED spelling. */
export const EVENT_TYPES = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': [
    'Chemical weapon',
    'Air/drone strike',
    'Suicide bomb',
    'Shelling/artillery/missile attack',
    'Remote explosive/landmine/IED',
    'Grenade',
  ],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement',
    'Arrests',
    'Change to group/activity',
    'Disrupted weapons use',
    'Headquarters or base established',
    'Looting/property destruction',
    'Non-violent transfer of territory',
    'Other',
  ],
} as const;

export type EventType = keyof typeof EVENT_TYPES;
export type SubEventType = (typeof EVENT_TYPES)[EventType][number];
export type DisorderType = 'Political violence' | 'Demonstrations' | 'Strategic developments' | 'Political violence; Demonstrations';

export const SUB_EVENT_TYPES: readonly SubEventType[] = Object.values(EVENT_TYPES).flat();

const PARENT = new Map<SubEventType, EventType>(
  (Object.entries(EVENT_TYPES) as [EventType, readonly SubEventType[]][]).flatMap(([t, subs]) => subs.map((s) => [s, t] as const)),
);

export function eventTypeOf(sub: SubEventType): EventType {
  const t = PARENT.get(sub);
  if (!t) throw new Error(`unknown sub-event type ${sub}`);
  return t;
}

export function isSubEventType(s: string): s is SubEventType {
  return PARENT.has(s as SubEventType);
}

/** ACLED's disorder_type for an event type (Mob violence and Excessive force fall in both). */
export function disorderTypeOf(sub: SubEventType): DisorderType {
  const t = eventTypeOf(sub);
  if (t === 'Strategic developments') return 'Strategic developments';
  if (t === 'Protests') return sub === 'Excessive force against protesters' ? 'Political violence; Demonstrations' : 'Demonstrations';
  if (t === 'Riots') return sub === 'Mob violence' ? 'Political violence; Demonstrations' : 'Demonstrations';
  return 'Political violence';
}
