import type { Actor, InterCode } from '../../model/actor.ts';
import type { ActorKind, ActorLexicon, GenericRole } from './lexicon.ts';
import { toActor } from './lexicon.ts';

/** The literal the events stage replaces with the event's country. */
export const COUNTRY_PLACEHOLDER = '{country}';

interface Template {
  readonly id: string;
  readonly name: string;
  readonly inter: InterCode;
  readonly kind: ActorKind;
}

const TEMPLATES: Record<Exclude<GenericRole, 'social'>, Template> = {
  military: { id: 'military', name: 'Military Forces of {country}', inter: 1, kind: 'state' },
  police: { id: 'police', name: 'Police Forces of {country}', inter: 1, kind: 'state' },
  civilians: { id: 'civilians', name: 'Civilians ({country})', inter: 7, kind: 'civilians' },
  protesters: { id: 'protesters', name: 'Protesters ({country})', inter: 6, kind: 'protesters' },
  rioters: { id: 'rioters', name: 'Rioters ({country})', inter: 5, kind: 'rioters' },
  unidentified: { id: 'unidentified-armed-group', name: 'Unidentified Armed Group ({country})', inter: 3, kind: 'unknown' },
  rebels: { id: 'opposition-rebels', name: 'Opposition Rebels ({country})', inter: 2, kind: 'rebel' },
  militia: { id: 'unidentified-armed-group', name: 'Unidentified Armed Group ({country})', inter: 3, kind: 'unknown' },
};

/** ACLED writes "Military Forces of the United States", "… of the United Kingdom". */
export function withArticle(country: string): string {
  return /^(United|Democratic Republic|Philippines|Netherlands|Central African)/.test(country) ? `the ${country}` : country;
}

/**
 * The actor a generic noun denotes. With a country it is bound ("Iraqi police" → Police Forces
 * of Iraq (2020-)); without, the name keeps "{country}" for the events stage to fill.
 * A militia with a backer becomes ACLED's "Militia (Pro-Iran)".
 */
export function genericActor(lex: ActorLexicon, role: Exclude<GenericRole, 'social'>, iso2: string | null, backerName: string | null = null): Actor {
  if (role === 'militia' && backerName) {
    return { id: `militia-pro-${slugOf(backerName)}`, name: `Militia (Pro-${backerName})`, inter: 3, country: null, kind: 'militia' };
  }
  if (iso2 && (role === 'military' || role === 'police')) {
    const known = lex.stateFor.get(`${iso2}:${role}`);
    if (known) return toActor(known);
  }
  const t = TEMPLATES[role];
  if (!iso2) return { id: t.id, name: t.name, inter: t.inter, country: null, kind: t.kind };
  const country = lex.countryName.get(iso2) ?? iso2;
  const name = role === 'military' || role === 'police' ? t.name.replace(COUNTRY_PLACEHOLDER, withArticle(country)) : t.name.replace(COUNTRY_PLACEHOLDER, country);
  return { id: `${t.id}-${iso2.toLowerCase()}`, name, inter: t.inter, country: iso2, kind: t.kind };
}

/**
 * Fills the "{country}" placeholder once the event's country is known (for the events stage).
 * Actors without the placeholder are returned unchanged.
 */
export function withCountry(actor: Actor, iso2: string, countryName: string): Actor {
  if (!actor.name.includes(COUNTRY_PLACEHOLDER)) return actor;
  const isState = actor.name.startsWith('Military Forces of') || actor.name.startsWith('Police Forces of');
  return {
    ...actor,
    id: `${actor.id}-${iso2.toLowerCase()}`,
    name: actor.name.replace(COUNTRY_PLACEHOLDER, isState ? withArticle(countryName) : countryName),
    country: iso2,
  };
}

/**
 * ACLED codes state forces acting outside their own country as external forces (inter 8),
 * e.g. Military Forces of Russia in Syria.
 */
export function interInContext(actor: Actor, eventCountry: string | null): InterCode {
  if (actor.inter === 1 && actor.country && eventCountry && actor.country !== eventCountry) return 8;
  return actor.inter;
}

export function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['\u2019]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
