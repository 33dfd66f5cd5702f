/**
 * How FA-KES's crowd codings (../shared/data/news-fakes-syria, SOURCE.md) are compared with Sitrep's ACLED-style
 * fields: its places, actor categories and causes of death against admin1/location, actor1 and sub_event_type.
 * src/eval/fakes-tables.test.ts checks each table.
 */

/**
 * Spelling of a Syrian place as a comparable key: lower case, no diacritics, apostrophes, hyphens or leading Arabic
 * article ("Ar-Raqqah", "Al-Hasakah"), no "governorate"/"province"/"city", then the variants below.
 */
export function placeKey(s: string | null | undefined): string {
  const k = String(s ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`ʿʾ]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(governorate|province|city|muhafazat)\b/g, ' ')
    .replace(/^(al|ar|as|ad|ash|el|an|az|at) /, '')
    .replace(/\s+/g, ' ')
    .trim();
  return PLACE_ALIASES.get(k) ?? k;
}

/**
 * FA-KES codes 12 values, all governorates or their seats (aleppo 308, damascus 114, idlib 97, deir ezzor 68, raqqa 57,
 * homs 51, hasakeh 43, hama 26, daraa 19, lattakia 13, quneitra 7, tartous 1); there is no "rural damascus": the
 * coders put Douma, Eastern Ghouta, Darayya and the other suburbs of Damascus under "damascus", so Rif Dimashq
 * counts as damascus (decided from the data's own conventions). Keys are after placeKey's cleaning.
 */
const PLACE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['idleb', 'idlib'], ['edlib', 'idlib'],
  ['deir ez zor', 'deir ezzor'], ['deir ezzor', 'deir ezzor'], ['deir ez zour', 'deir ezzor'], ['deir el zor', 'deir ezzor'],
  ['deir el zour', 'deir ezzor'], ['deir al zor', 'deir ezzor'], ['deir al zour', 'deir ezzor'], ['dayr az zawr', 'deir ezzor'],
  ['deir ezzour', 'deir ezzor'], ['deirezzor', 'deir ezzor'], ['deir zor', 'deir ezzor'],
  ['latakia', 'lattakia'], ['lattakia', 'lattakia'], ['ladhiqiyah', 'lattakia'], ['lathqiyah', 'lattakia'], ['latakiya', 'lattakia'],
  ['hasakah', 'hasakeh'], ['hasaka', 'hasakeh'], ['hassakeh', 'hasakeh'], ['hassaka', 'hasakeh'], ['hasakeh', 'hasakeh'], ['hasake', 'hasakeh'], ['hassakah', 'hasakeh'],
  ['raqqah', 'raqqa'], ['raqa', 'raqqa'], ['rakka', 'raqqa'], ['riqqa', 'raqqa'],
  ['daraa', 'daraa'], ['deraa', 'daraa'], ['dara', 'daraa'], ['dara a', 'daraa'], ['dar a', 'daraa'], ['daraa', 'daraa'], ['dera', 'daraa'],
  ['tartus', 'tartous'], ['tartous', 'tartous'], ['tartos', 'tartous'],
  ['quneitra', 'quneitra'], ['qunaytirah', 'quneitra'], ['qunaitra', 'quneitra'], ['kuneitra', 'quneitra'],
  ['rif dimashq', 'damascus'], ['rif damascus', 'damascus'], ['rural damascus', 'damascus'], ['damascus countryside', 'damascus'],
  ['reef dimashq', 'damascus'], ['damascus suburbs', 'damascus'], ['dimashq', 'damascus'],
  ['halab', 'aleppo'], ['hims', 'homs'], ['hamah', 'hama'], ['hamat', 'hama'],
]);

/** FA-KES's actor categories, as the 'actor' field spells them (lower case). */
export type FakesActor = 'government' | 'isis' | 'coalition' | 'opposition' | 'sdf' | 'nusra' | 'unknown';

export function fakesActorOf(coded: string): FakesActor | null {
  const s = coded.toLowerCase();
  if (/syrian government|russian/.test(s)) return 'government';
  if (/\bisis\b|islamic state/.test(s)) return 'isis';
  if (/coalition/.test(s)) return 'coalition';
  if (/opposition/.test(s)) return 'opposition';
  if (/self.?administration|\bsdf\b|\bypg\b/.test(s)) return 'sdf';
  if (/nusra/.test(s)) return 'nusra';
  if (/^unknown$/.test(s.trim())) return 'unknown';
  return null;
}

/**
 * Sitrep's actor1 (an ACLED actor name) in FA-KES's categories; first match wins. Syrian and Russian state forces
 * (and pro-government militias, which ACLED names "NDF" or "Pro-Government Militia") are one category in FA-KES;
 * the coalition is the US-led one (its members' air forces); armed opposition is the non-jihadist rebels;
 * self-administration is the Kurdish-led forces. No actor and ACLED's "Unidentified …" are "unknown". Other
 * actors (Turkey, Israel, Iran, Hezbollah, civilians…) have no category and never agree.
 */
const ACTOR_RULES: ReadonlyArray<readonly [FakesActor, RegExp]> = [
  ['unknown', /^unidentified\b/i],
  // before ISIS: ACLED's name of the coalition is "Global Coalition Against Daesh"
  ['coalition', /\bcoalition\b|military forces of (the united states|(the )?united kingdom|france|australia|canada|(the )?netherlands|belgium|jordan|denmark)\b/i],
  ['isis', /\bislamic state\b|\bisis\b|\bisil\b|\bdaesh\b/i],
  ['nusra', /\bnusra\b|hayat tahrir al.?sham|\bhts\b|fat[e]?h al.?sham/i],
  ['sdf', /\bsdf\b|\bqsd\b|syrian democratic forces|\bypg\b|\bypj\b|\basayish\b|people.?s protection units|self.?administration/i],
  // Hezbollah and Iran's forces fight for the government in these reports; FA-KES has no category of their own
  ['government', /\b(military|police) forces of (syria|russia|iran)\b|\bndf\b|national defen[cs]e forces|militia \(pro-government\)|pro-government militia|syrian arab army|government of syria|\bhezbollah\b/i],
  ['opposition', /\bfree syrian army\b|\bfsa\b|opposition|rebels? \(syria\)|jaish al.?islam|ahrar al.?sham|faylaq al.?rahman|al sham corps|faylaq al.?sham|nour al.?din al.?zenki|syrian national army|national front for liberation|jaish al.?izza|southern front|islamic front|ja[iy]sh al.?fateh/i],
];

export function actorCategory(actor1: string | null | undefined): FakesActor | null {
  if (!actor1 || !actor1.trim()) return 'unknown';
  for (const [cat, re] of ACTOR_RULES) if (re.test(actor1)) return cat;
  return null;
}

/** FA-KES's causes of death (the 'cause_of_death' field). */
export type FakesCause = 'shelling' | 'explosion' | 'chemical' | 'shooting' | 'execution' | 'unknown';

export function fakesCauseOf(coded: string): FakesCause | null {
  const s = coded.toLowerCase();
  if (s.startsWith('shelling')) return 'shelling';
  if (s.startsWith('explosion')) return 'explosion';
  if (s.startsWith('chemical')) return 'chemical';
  if (s.startsWith('shooting')) return 'shooting';
  if (s.startsWith('execution')) return 'execution';
  if (s.startsWith('unknown')) return 'unknown';
  return null;
}

/**
 * The ACLED sub-event types each cause accepts. Shelling is anything fired from afar (air/drone strikes, shelling,
 * artillery, missiles); an explosion is a bomb set or carried (IEDs, car and suicide bombs, mines, grenades); a chemical attack is ACLED's "Chemical weapon";
 * shooting is small-arms fire (armed clashes, attacks on civilians, an attack in a battle's sense); an execution is a
 * deliberate killing of a captive, which ACLED codes as an Attack on civilians (or a Mob violence lynching). "unknown"
 * accepts every violent type (the coders could not tell), and so is left out of the cause figure.
 */
export const CAUSE_SUB_EVENTS: Readonly<Record<Exclude<FakesCause, 'unknown'>, readonly string[]>> = {
  shelling: ['Air/drone strike', 'Shelling/artillery/missile attack'],
  explosion: ['Remote explosive/landmine/IED', 'Suicide bomb', 'Grenade'],
  chemical: ['Chemical weapon'],
  shooting: ['Armed clash', 'Attack', 'Government regains territory', 'Non-state actor overtakes territory'],
  execution: ['Attack', 'Abduction/forced disappearance', 'Mob violence'],
};

export function causeAgrees(cause: FakesCause, subEventType: string): boolean {
  if (cause === 'unknown') return true;
  return CAUSE_SUB_EVENTS[cause].includes(subEventType);
}
