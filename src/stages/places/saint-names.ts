import type { Gazetteer } from '../../geo/gazetteer.ts';
import { normalizeName } from '../../geo/normalize-name.ts';

/**
 * "Saint Paul", "Saint Croix County", "Sainte Genevieve": a place whose name opens with "Saint" spelled out. "Saint"
 * is also a title (a saint's name follows it), so a capitalised run opening with it was read as a person's and the
 * place was lost, while "St. Paul" was found (issue 12). The run is a place's where the gazetteer holds a place whose
 * own name is the run's first two words or more (St/Saint and Ste/Sainte folded alike), and only after a place's cue
 * ("in", "near", "from" …) or with a county's word in the run: "Saint Peter said" stays a person's, though a parish of
 * Barbados bears the name.
 */
const SAINT = /^(?:Saint|Sainte|St|Ste)$/;

export function opensSaintPlace(words: readonly string[], gazetteer: Gazetteer, placeCueBefore: boolean): boolean {
  if (words.length < 2 || !SAINT.test(words[0])) return false;
  if (!placeCueBefore && !words.some((w) => w === 'County' || w === 'Parish')) return false;
  for (let j = words.length; j >= 2; j--) {
    const name = words.slice(0, j).join(' ');
    const key = normalizeName(name);
    if (gazetteer.candidates(name).some((c) => normalizeName(c.name) === key)) return true;
  }
  return false;
}
