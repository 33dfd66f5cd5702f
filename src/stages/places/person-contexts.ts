import type { Gazetteer } from '../../geo/gazetteer.ts';
import type { PersonCues } from '../../geo/geo-lexicons.ts';
import type { RawPlace } from './detect.ts';
import { CAPITAL } from './capital.ts';

/** A capitalised word of a person's name: "Topuz", "Rankine-Galloway", "O’Neill". */
const NAME = String.raw`\p{Lu}[\p{Ll}'’-]+`;
/** Two or three such words: a given name and a surname, with at most one more between. */
const FULL_NAME = String.raw`(${NAME}(?: ${NAME}){1,2})`;
/** A region's or a kind of place's word inside a run makes it a place's name: "Kurdistan Region", "Saudi Press Agency" is no person. */
const PLACE_OR_BODY_WORD = /^(?:Region|Province|Governorate|District|City|Town|Village|County|State|Republic|Kingdom|Forces?|Army|Party|Front|Agency|Council|Ministry|Court|University|Airlines?|News|Press|Times|Post|Guard|Police|Group|Company|Bank|Airport|Street|Square|Mosque|Hospital)$/;

/**
 * What may follow a role set off after a name for the role to describe it: "Metin Topuz, the employee arrested last week",
 * "Khan, a member of". Anything else makes the role a new clause's subject ("Magumeri, a spokesman said", "Patullo Ridge, the
 * mayor pointed out") or the role word an adjective ("Shiraz, the official news agency").
 */
const APPOSITION_GOES_ON = 'of|at|for|in|with|from|who|whose|and|arrested|detained|held|killed|shot|wounded|accused|charged|kidnapped|abducted|jailed|sentenced';
/** "in downtown Vancouver, the doctors and nurses", "born … in Powderly, the son of": a name after a locative preposition is a place's. */
const LOCATIVE_BEFORE = /\b(?:in|at|near|outside|inside|around|across|into|towards?|downtown)\s+$/i;
/** "the town of", "the village of": a kind of place said before the name. */
const KIND_OF_BEFORE = /\b(?:town|city|village|district|province|region|governorate|state|county|area|capital|port|camp)\s+of\s+$/i;

/**
 * Where the words around say a name is a person's, whoever the first name is: the given-name list knows English names,
 * while wire stories name Metin Topuz, Anis Amri and Raza Mehmood Khan. Each pattern finds the full name:
 * - a role noun right before it: "French journalist Loup Bureau", "cleric Fethullah Gulen";
 * - an age set off after it: "Raza Mehmood Khan, 40, a member of", "Mateen, 29, was shot";
 * - a role set off after it: "Metin Topuz, the employee arrested", "Khan, an activist";
 * - a people's adjective right before it and a verb or comma after: "Tunisian Anis Amri escaped".
 */
export function personSpans(text: string, person: PersonCues, gazetteer: Gazetteer): { start: number; end: number; names: string[] }[] {
  const roles = person.roleNouns;
  if (!roles?.size) return [];
  const out: { start: number; end: number; names: string[] }[] = [];
  const add = (at: number, name: string) => {
    const words = name.split(' ');
    // "a Kurdistan Region official": a place's or a body's word makes the run no one's name
    if (words.some((w) => PLACE_OR_BODY_WORD.test(w))) return;
    // the run is itself a place's name ("Golan Heights"), or a word of it a country or a people ("Saudi", "Iraq")
    if (words.length > 1 && gazetteer.candidates(name).length) return;
    // (spelled as the country or region is: "La" is read as Louisiana's abbreviation, yet "Dinh La Thang" is a man)
    if (words.some((w) => gazetteer.demonymCountry?.(w) != null || gazetteer.candidates(w).some((c) => c.geonameid === null && c.name.toLowerCase() === w.toLowerCase()))) return;
    // the given name and the surname, not a middle name ("Kevin Scott Gentry" is no reason to doubt a Scott County)
    const ends = words.length > 2 ? [words[0], words.at(-1)!] : words;
    out.push({ start: at, end: at + name.length, names: ends.map((w) => w.replace(/['’]s$/, '')) });
  };
  const [roleBefore, apposed, demonymBefore] = patternsFor(roles);
  for (const m of text.matchAll(roleBefore)) add((m.index ?? 0) + m[0].length - m[1].length, m[1]);
  // ("the town of Magumeri, a spokesman said": a role that speaks is a new clause's subject, and a kind of place before names a place)
  for (const m of text.matchAll(apposed)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 30), m.index);
    if (!KIND_OF_BEFORE.test(before) && !LOCATIVE_BEFORE.test(before)) add(m.index ?? 0, m[1]);
  }
  for (const m of text.matchAll(demonymBefore)) {
    if (gazetteer.demonymCountry?.(m[1]) == null) continue;
    add((m.index ?? 0) + m[1].length + 1, m[2]);
  }
  return out;
}

/**
 * The three patterns of personSpans, built once per role-noun list rather than once per story. The second tests the capital
 * before the boundary behind it (as detect.ts's PERSON_RUN does): V8 tries it at every character, and a capital fails at once
 * on lower-case letters where a lookbehind must first read backwards; the second and third open with capital.ts's CAPITAL,
 * which fails a lower-case ASCII letter on two range checks instead of a search of \p{Lu}'s ranges.
 */
const patterns = new WeakMap<ReadonlySet<string>, [RegExp, RegExp, RegExp]>();
function patternsFor(roles: ReadonlySet<string>): [RegExp, RegExp, RegExp] {
  let made = patterns.get(roles);
  if (!made) {
    const lower = [...roles].join('|');
    made = [
      new RegExp(String.raw`\b(?:${lower})s? ${FULL_NAME}(?![\p{L}\p{N}]| \p{Lu})`, 'gu'),
      new RegExp(String.raw`(${CAPITAL}(?<![\p{L}\p{N}]\p{Lu})[\p{Ll}'’-]+(?: ${NAME}){0,2}), (?:\d{1,2}, |(?:the|an?) (?:[a-z-]+ )?(?:${lower}|employee|worker|member)s?(?=[,.;]| (?:${APPOSITION_GOES_ON})\b))`, 'gu'),
      new RegExp(String.raw`\b(${CAPITAL}\p{Ll}+) ${FULL_NAME}(?=,| [a-z])`, 'gu'),
    ];
    patterns.set(roles, made);
  }
  return made;
}

/**
 * Marks the candidates the person contexts speak for, as the detector marks "Paul Ryan" ('here') and a bare "Ryan"
 * elsewhere in the story ('elsewhere'); the entity gate then drops them unless the words around make them places
 * (a 'here' one only where a container is stated, as "Ryan, Oklahoma").
 */
export function markPersonContexts(text: string, raws: readonly RawPlace[], person: PersonCues, gazetteer: Gazetteer): RawPlace[] {
  const spans = personSpans(text, person, gazetteer);
  if (!spans.length) return [...raws];
  // "Raza was very critical": a story may call the person by any word of the full name, given name or surname
  const names = new Set(spans.flatMap((s) => s.names));
  return raws.map((r) => {
    if (r.personName) return r;
    if (spans.some((s) => r.start >= s.start && r.end <= s.end)) return { ...r, personName: 'here' as const };
    return names.has(r.text) ? { ...r, personName: 'elsewhere' as const } : r;
  });
}
