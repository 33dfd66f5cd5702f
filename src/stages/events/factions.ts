import type { Actor } from '../../model/actor.ts';

// Why: ACLED names some units of a state's forces after the state ("Military Forces of Iraq (2020-) Peshmerga", "Military
// Forces of Yemen (2016-) Supreme Political Council" for the Houthis), yet in wire copy such a unit is often the other
// side of the state's own troops ("troops clashed with Peshmerga near Kirkuk", "Houthi fighters attacked government
// troops"). Read by its name's prefix, the unit would be "troops of the event's country" and the second side dropped.

/** A name with a period and a unit after it: "<Military Forces of X> (<period>) <unit>". */
const UNIT_AFTER_PERIOD = /^.*? \(\d{4}-(?:\d{4})?\)\s*(\S.*)$/;

/** A named unit of a state's forces, with a name of its own after the state's ("… (2020-) Peshmerga"). */
export function isStateUnit(a: Actor): boolean {
  return UNIT_AFTER_PERIOD.test(a.name);
}

/** Two actors that are a state's named unit and another force (its plain troops among them): never one side. */
export function unitApart(a: Actor, b: Actor): boolean {
  return a.id !== b.id && isStateUnit(a) !== isStateUnit(b);
}
