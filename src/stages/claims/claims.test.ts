import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim } from '../../model/claim.ts';
import { newDocument } from '../../model/document.ts';
import type { Deps } from '../../pipeline/stage.ts';
import { silentLogger } from '../../pipeline/stage.ts';
import { claims, createClaimExtractor, eventFatalities, extractClaims, loadClaimLexicon } from './index.ts';

const extract = createClaimExtractor(loadClaimLexicon());

/** Sentences split at ". " — enough for one- and two-sentence table rows. */
function sentencesOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^.!?]+(?:[.!?]+|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    if (m[0].trim()) out.push({ start: m.index + lead, end: m.index + m[0].trimEnd().length });
  }
  return out;
}

const run = (text: string): Claim[] => extract(text, sentencesOf(text));
type Expect = Partial<Pick<Claim, 'what' | 'low' | 'high' | 'qualifier' | 'claimant' | 'victims'>> & { text?: string };

const cases: [string, Expect[], string][] = [
  ['Al-Naba, the group\'s weekly, earlier said the militants had killed 25 army soldiers and captured 9 more near the dam.',
    [{ what: 'killed', low: 25, high: 25, qualifier: 'exact', claimant: 'Al-Naba', victims: 'army soldiers' },
     { what: 'captured', low: 9, claimant: 'Al-Naba', victims: 'army soldiers' }], 'claimant with apposition; "more" inherits victims'],
  ['Haddad said at least 64 of his men had been killed since spring.',
    [{ what: 'killed', low: 64, high: null, qualifier: 'at_least', claimant: 'Haddad', victims: 'his men' }], 'at least N of his fighters'],
  ['An officer said 120 square km (46 square miles) had been retaken.', [{ what: 'area_km2', low: 120, high: 120 }], 'area in km², conversion in parentheses ignored'],
  ['Rebels said 10 square miles had been retaken.', [{ what: 'area_km2', low: 25.9 }], 'square miles converted'],
  ['The ministry said 300 hectares had been burned.', [{ what: 'area_km2', low: 3 }], 'hectares converted'],
  ['The unit had suffered heavy casualties, the commander said.', [{ what: 'killed', low: null, high: null, qualifier: 'vague', claimant: 'commander' }], 'heavy casualties'],
  ['Our men suffered many casualties.', [{ what: 'killed', qualifier: 'vague', low: null }], 'many casualties'],
  ['Several fighters were captured near the border.', [{ what: 'captured', qualifier: 'vague', low: null, high: null }], 'several fighters were captured'],
  ['Troops opened fire, killing 4 farmers.', [{ what: 'killed', low: 4, high: 4, victims: 'farmers' }], 'killing N'],
  ['At least 2 policemen were killed (coded to the capital) and 5 others injured.',
    [{ what: 'killed', low: 2, qualifier: 'at_least' }, { what: 'wounded', low: 5, high: 5 }], 'at least N killed and N others injured'],
  ['6 people were killed, including a child.', [{ what: 'killed', low: 6 }], 'including a child is part of the toll'],
  ['A shell hit the market, killing a child.', [{ what: 'killed', low: 1, high: 1, victims: 'child' }], 'killing a child = 1'],
  ['Three Hezbollah members were killed in the strike.', [{ what: 'killed', low: 3, victims: 'Hezbollah members' }], 'number word subject'],
  ['There were no fatalities.', [{ what: 'killed', low: 0, high: 0, qualifier: 'exact' }], 'no fatalities'],
  ['Fatalities unknown.', [{ what: 'killed', low: null, qualifier: 'vague' }], 'fatalities unknown'],
  ['Gunmen killed 7 and wounded 11 in the raid.', [{ what: 'killed', low: 7 }, { what: 'wounded', low: 11 }], 'killed N and wounded M'],
  ['Dozens killed in overnight shelling.', [{ what: 'killed', qualifier: 'vague', low: null, high: null }], 'dozens killed'],
  ['Between 20 and 30 were killed.', [{ what: 'killed', low: 20, high: 30, qualifier: 'range' }], 'between N and M'],
  ['Almost 40 people died.', [{ what: 'killed', low: null, high: 40, qualifier: 'at_most' }], 'almost N'],
  ['Nearly 15 soldiers were wounded.', [{ what: 'wounded', high: 15, qualifier: 'at_most' }], 'nearly N'],
  ['Around 50 civilians were killed.', [{ what: 'killed', low: 50, high: 50, qualifier: 'about' }], 'around N'],
  ['Some 70 fighters were captured.', [{ what: 'captured', low: 70, qualifier: 'about' }], 'some N'],
  ['Forty-three people were killed.', [{ what: 'killed', low: 43 }], 'hyphenated number word'],
  ['Ninety-nine civilians were wounded.', [{ what: 'wounded', low: 99 }], 'ninety-nine'],
  ['A dozen soldiers were captured.', [{ what: 'captured', low: 12 }], 'a dozen'],
  ['Hundreds of people were displaced.', [{ what: 'displaced', qualifier: 'vague', low: null }], 'hundreds of'],
  ['The floods and fighting displaced 12,500 people.', [{ what: 'displaced', low: 12500 }], 'digits with commas'],
  ['The village lies 40 km (25 miles) north of the city.', [], 'distance is no claim'],
  ['The group was founded 14 months ago.', [], 'duration is no claim'],
  ['It seized the town in 2015.', [], 'year is no claim'],
  ['The group, working with three others, advanced.', [], '"three others" as factions is no claim'],
  ['The coalition carried out six heavy air strikes overnight.', [], 'air strikes are no victims'],
  ['According to the Iraqi Observatory for Human Rights, 8 fighters were killed.', [{ what: 'killed', low: 8, claimant: 'Iraqi Observatory for Human Rights' }], 'according to X'],
  ['Rebel sources said 3 tanks were destroyed and 12 soldiers were killed.', [{ what: 'killed', low: 12, claimant: 'Rebel sources' }], 'rebel sources said'],
  ['A medical source said 9 people were wounded.', [{ what: 'wounded', low: 9, claimant: 'A medical source' }], 'a medical source'],
  ['State media reported that 5 soldiers were killed.', [{ what: 'killed', low: 5, claimant: 'State media' }], 'state media reported'],
  ['11 people were killed, the health ministry said in a statement.', [{ what: 'killed', low: 11, claimant: 'health ministry' }], 'X said in a statement, after the figure'],
  ['SANA reported 4 people were killed.', [{ what: 'killed', low: 4, claimant: 'SANA' }], 'SANA reported'],
  ['Mortar fire killed 2 people, police said.', [{ what: 'killed', low: 2, claimant: 'police' }], 'police said'],
  ['The clash left 2 dead.', [{ what: 'killed', low: 2 }], 'N dead'],
  ['A soldier was shot and killed at the checkpoint.', [{ what: 'killed', low: 1 }], 'a soldier was shot and killed'],
  ['Protesters marched against the killing of 2 students last month.', [], 'a recalled killing is not this event'],
  ['Militia fighters killed or injured 6 villagers.', [{ what: 'killed', low: 0, high: 6, qualifier: 'at_most' }], 'killed or injured N → up to N killed'],
];

for (const [text, expected, label] of cases) {
  test(`extract: ${label}`, () => {
    const got = run(text);
    const relevant = expected.length === 0 ? got.filter((c) => c.what === 'killed' || c.what === 'wounded' || c.what === 'captured') : got;
    if (expected.length === 0) {
      assert.deepEqual(relevant, [], `no casualty claims expected in ${JSON.stringify(text)}`);
      return;
    }
    for (const e of expected) {
      const hit = got.find((c) => Object.entries(e).every(([k, v]) => (c as unknown as Record<string, unknown>)[k] === v));
      assert.ok(hit, `expected ${JSON.stringify(e)} in ${JSON.stringify(got)}`);
      assert.ok(hit.start >= 0 && hit.end > hit.start && hit.end <= text.length, 'span inside text');
    }
  });
}

test('extract: a quoted figure goes to the nearest named speaker', () => {
  const text = 'Omar Kaddour, a commander, said the unit was cut off. "We were surrounded and 30 of our fighters were captured," he said.';
  const got = run(text);
  const c = got.find((x) => x.what === 'captured');
  assert.ok(c, JSON.stringify(got));
  assert.equal(c.low, 30);
  assert.equal(c.claimant, 'Omar Kaddour');
});

test('extract: span covers the figure words', () => {
  const text = 'Officials said at least 12 people were killed.';
  const [c] = run(text);
  assert.equal(text.slice(c.start, c.end), 'at least 12');
});

const fatalityCases: [string, number | null, string][] = [
  ['2 soldiers and 3 militants were killed.', 5, 'distinct groups add up'],
  ['The strike killed 6 people, including 2 children.', 6, 'subset is not added'],
  ['The army said 4 soldiers were killed. Rebels said 9 soldiers were killed.', 4, 'lowest of several claimants'],
  ['At least 8 people were killed.', 8, 'at least N → N'],
  ['Between 10 and 15 people were killed.', 10, 'range → low'],
  ['Dozens of fighters were killed.', null, 'only vague → null'],
  ['There were no casualties.', 0, 'no casualties → 0'],
  ['Gunmen killed 5 and wounded 12.', 5, 'wounded are not fatalities'],
  ['Three civilians were killed by a landmine. 3 fatalities.', 3, 'a summary repeating the toll is not added'],
  ['Jets struck the camp, killing a woman and three children.', 4, 'a list adds up'],
  ['Two people were wounded.', null, 'no killed claim → null'],
  ['A blast killed at least 25 fighters, a monitor said. The blast also killed a senior commander, the agency said.', 25, 'one victim singled out is not a toll'],
];
for (const [text, expected, label] of fatalityCases) {
  test(`eventFatalities: ${label}`, () => {
    assert.equal(eventFatalities(run(text)), expected, JSON.stringify(run(text)));
  });
}

test('eventFatalities works on hand-built claims', () => {
  const base = { claimant: null, victims: null } as const;
  const a: Claim = { ...base, start: 0, end: 1, what: 'killed', low: 3, high: 3, qualifier: 'exact', claimant: 'army' };
  const b: Claim = { ...base, start: 200, end: 201, what: 'killed', low: 7, high: null, qualifier: 'at_least', claimant: 'rebels' };
  assert.equal(eventFatalities([a, b]), 3);
  assert.equal(eventFatalities([]), null);
  // one victim singled out by another claimant ("the blast also killed a commander") does not undercut the toll
  const one: Claim = { ...base, start: 300, end: 301, what: 'killed', low: 1, high: 1, qualifier: 'exact', claimant: 'monitor', victims: 'commander' };
  assert.equal(eventFatalities([b, one]), 7);
  assert.equal(eventFatalities([a, one]), 3);
  assert.equal(eventFatalities([one]), 1);
  assert.equal(eventFatalities([{ ...one, low: 2, high: 2 }, b]), 2, 'two is a toll');
});

test('extractClaims (lexicons loaded per call) matches the extractor', () => {
  const text = 'Officials said 3 people were killed.';
  assert.deepEqual(extractClaims(text, sentencesOf(text)), run(text));
});

test('stage: appends COUNT mentions and keeps the input untouched', () => {
  const stage = claims.create({ lexicons: { dir: '' }, gazetteer: () => { throw new Error('unused'); } } as unknown as Deps);
  assert.deepEqual(stage.requires, ['sentences', 'tokens']);
  assert.deepEqual(stage.assigns, ['mentions:COUNT']);
  const text = 'Police said 2 people were killed. Nobody else was hurt.';
  const doc = { ...newDocument({ id: 'd1', text } as never), sentences: sentencesOf(text).map((s, index) => ({ ...s, index, firstToken: 0, endToken: 0 })) };
  const out = stage.run(doc, { log: silentLogger });
  assert.equal(doc.mentions.length, 0);
  const m = out.mentions.filter((x) => x.kind === 'COUNT');
  assert.ok(m.length >= 1);
  const first = m[0];
  assert.equal(first.kind, 'COUNT');
  if (first.kind === 'COUNT') {
    assert.equal(first.claim.low, 2);
    assert.equal(first.text, '2');
    assert.equal(first.sentence, 0);
    assert.equal(first.by, 'claims');
  }
});

test('bodies recovered so far bound the toll from below and do not undercut a stated toll', () => {
  const text = 'Government shelling killed five civilians, a monitor said. Rescuers said they pulled three bodies from the rubble.';
  const cs = run(text);
  const bodies = cs.find((c) => c.low === 3);
  assert.equal(bodies?.qualifier, 'at_least');
  assert.equal(eventFatalities(cs), 5);
});

// A sentence with no cue before a figure, no passive cue and no area unit is read no further than its figures: these
// check that the sentence-wide look for cues and units loses none of the readings made in the slices around a figure.
test('extract: a figure with no cue or unit in its sentence is no claim; an area unit alone still makes one', () => {
  assert.deepEqual(run('He waited 3 hours at the gate.'), []);
  const area = run('The army said the camp covers 40 hectares near the river.');
  assert.deepEqual(area.map((c) => [c.what, c.low]), [['area_km2', 0.4]]);
});

test('extract: a cue read in a 90-character slice that cuts a word still governs the figure after it', () => {
  // the slice before the figure opens inside "overkilled": read alone it starts with "killed", as it always has
  const text = `Witnesses said the overkilled${' '.repeat(84)}3 people in town.`;
  assert.deepEqual(run(text).map((c) => [c.what, c.low, text.slice(c.start, c.end)]), [['killed', 3, '3']]);
});
