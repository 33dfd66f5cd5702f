// Why: "police arrested 11 people … the failed coup in which more than 240 people were killed", "supporters rallied …
// after five days of combat that killed 230": an arrest or a peaceful rally took the toll of another event its story
// tells, because the fatality count is gathered before the sub-event type is final. ACLED codes these types with no
// fatalities by definition (a death turns an abduction into an Attack, a protest into Excessive force or a Violent
// demonstration): ACLED Middle East 2022 has 0 of 6,027 such events with a toll, the news gold 0 of 111.

/** Sub-event types that never carry fatalities in ACLED's coding. */
export const NO_FATALITY_TYPES: ReadonlySet<string> = new Set([
  'Abduction/forced disappearance',
  'Agreement',
  'Arrests',
  'Change to group/activity',
  'Looting/property destruction',
  'Non-violent transfer of territory',
  'Peaceful protest',
  'Protest with intervention',
]);

/** The fatalities a record of this type carries: none for the types above when a count was found, else the count. */
export function fatalitiesFor(subEventType: string, fatalities: number | null): number | null {
  return fatalities !== null && NO_FATALITY_TYPES.has(subEventType) ? 0 : fatalities;
}
