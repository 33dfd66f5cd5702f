import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readArticles } from '../input/index.ts';
import { loadTriggerLexicon } from '../stages/events/triggers.ts';
import { loadRealisLexicon } from '../stages/events/realis.ts';
import { haveShared, REPO, sharedPath } from '../../test/helpers/shared.ts';
import { lexiconRegExp, mayHoldNeed, mayOccur, needTable, startTable } from './pattern.ts';

const GUARDED = String.raw`(?<![\w-])(?:killed|shot dead|clash(?:es|ed)?|(?:\d+|several) (?:people|soldiers))(?![\w])`;

test('a guarded alternation of words has a start table; a pattern that may start anywhere has none', () => {
  assert.ok(startTable(GUARDED, 'gi'));
  assert.ok(startTable(String.raw`\b(?<x>(?:last|next)\s+(?:Monday|Tuesday))\b`, 'gi'));
  // no guard: "skilled" holds "killed"
  assert.equal(startTable('(?:killed|wounded)', 'i'), null);
  // may start with a space, a comma, any letter, or match nothing
  assert.equal(startTable(String.raw`(?:^|\s)rockets?$`, 'i'), null);
  assert.equal(startTable(String.raw`(?<![\w-])(?:,\s*a charge)`, 'i'), null);
  assert.equal(startTable(String.raw`(?<![\w-])\p{Lu}\p{Ll}+`, 'u'), null);
  assert.equal(startTable(String.raw`(?<![\w-])(?:killed)?`, 'i'), null);
  // a lookbehind that lets a letter before the match is no guard
  assert.equal(startTable(String.raw`(?<![\d])(?:killed)`, 'i'), null);
  assert.equal(startTable('(?<![\\w-])(?:a|b', 'i'), null, 'what it cannot read is left unfiltered');
});

test('the table rules out texts where no word starts as a match can', () => {
  const table = startTable(GUARDED, 'gi')!;
  assert.equal(mayOccur(table, 'Officials met in Geneva to discuss the talks.'), false);
  assert.equal(mayOccur(table, 'Two men were KILLED.'), true);
  assert.equal(mayOccur(table, '12 people'), true);
  // "skilled" is no word start of "killed", and "sev" starts "several"
  assert.equal(mayOccur(table, 'skilled workers'), false);
  assert.equal(mayOccur(table, 'seventy'), true);
});

test('the need of a pattern is the words one of which every match holds', () => {
  // any article may open it, but "siege" or "blockade" is in every match
  const need = needTable(String.raw`(?<![\w-])(?:the|a|an)\s+(?:siege|blockade)s?(?![\w])`, 'gi');
  assert.ok(need);
  assert.equal(mayOccur(need, 'The army lifted the siege.'), true);
  assert.equal(mayOccur(need, 'Blockades were set up.'), true, 'the need is read from a word start, case-folded');
  assert.equal(mayOccur(need, 'the army went to a village, an old one'), false, 'the words that open it are not needed');
  assert.equal(mayOccur(need, 'besieged towns'), false, 'a need is a word start: "besieged" holds no "siege" word');
});

test('a word behind an optional group or quantifier is not needed; the word after it is', () => {
  const need = needTable(String.raw`\b(?:(?<prep>in|since|of)\s+)?(?:(?:early|late)[\s-]+)?(?<m>January|February)\b`, 'gi');
  assert.ok(need);
  assert.equal(mayOccur(need, 'since early January'), true);
  assert.equal(mayOccur(need, 'late-February'), true, 'after a hyphen a word starts');
  assert.equal(mayOccur(need, 'since early in the year'), false, 'neither "since" nor "early" is needed');
  // "whose" may be absent, so only "forces" is needed
  const optional = needTable(String.raw`(?<![\w-])(?:whose\s+)?forces`, 'i');
  assert.equal(mayOccur(optional!, 'whose troops'), false);
  assert.equal(mayOccur(optional!, 'the forces'), true);
  // after a hyphen a word starts: "led" is needed, and "us" or "saudi" (optional in no way) would serve too
  const inside = needTable(String.raw`(?<![\w-])(?:us|saudi)-led(?![\w])`, 'i');
  assert.equal(mayOccur(inside!, 'Saudi-led coalition'), true);
  assert.equal(mayOccur(inside!, 'a US-backed force'), false);
  // inside a word no word start is needed: "fighters" holds "ters" at no word start, so the pattern's own start serves
  const within = needTable(String.raw`(?<![\w-])(?:figh|bat)ters?(?![\w])`, 'i');
  assert.equal(mayOccur(within!, 'batters'), true);
  assert.equal(mayOccur(within!, 'ters'), false);
});

test('a pattern that may match without a literal word has no need: it always runs', () => {
  assert.equal(needTable(String.raw`\s\w+`, 'g'), null, 'any word may follow the space');
  assert.ok(needTable(String.raw`\w+\s+\d+`, 'g'), 'a number after a space starts a word');
  assert.equal(needTable(String.raw`(?<![\w-])(?:killed|\d+)`, 'gi')?.length, 1024, 'a digit is a word start too');
  // one alternative with no word start in it leaves the whole pattern without one
  assert.equal(needTable(String.raw`(?<![\w-])(?:siege|[,;]\s*)`, 'gi'), null);
  assert.equal(needTable(String.raw`(?:killed|wounded)`, 'i'), null, 'no guard: "skilled" holds "killed"');
  assert.equal(needTable(String.raw`x(\w)\1\s+(?:abc)?`, 'i'), null, 'a backreference leaves what follows it unknown');
  // a lexiconRegExp whose start cannot be bounded answers as the plain pattern, the need checked first
  for (const flags of ['gi', 'i', 'g']) {
    assertSameAsPlain(String.raw`(?:^|[,;]\s*)(?:[\w-]+\s+){0,2}(?:siege|blockade)s?\b`, flags, [...TRICKY, 'the siege, two blockades; three sieges', 'lifted the siege']);
  }
});

test('a plain sticky pattern is checked by its need once warmed up', () => {
  const re = /\s+(?:[\w-]+\s+){0,3}?(?:were\s+)?(?:killed|died)(?![\w-])/iy;
  // a short run does not derive the need: every text may hold a match
  for (let k = 0; k < 200; k++) assert.equal(mayHoldNeed(re, 'no cue here'), true);
  assert.equal(mayHoldNeed(re, 'no cue here'), true, 'the need is derived on this call');
  assert.equal(mayHoldNeed(re, 'no cue here'), false);
  assert.equal(mayHoldNeed(re, 'two soldiers were killed'), true);
  assert.equal(mayHoldNeed(re, 'skilled men'), false, '"killed" at no word start');
  const none = /[,;]\s*\w+/y;
  for (let k = 0; k < 202; k++) assert.equal(mayHoldNeed(none, 'a, b'), true, 'no need: always tried');
});

/** Every match a global exec loop finds, test's answer, and matchAll's matches, with lastIndex after each. */
function readings(re: RegExp, text: string): unknown[] {
  const out: unknown[] = [];
  re.lastIndex = 0;
  if (re.global) {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push([m.index, [...m], m.groups, re.lastIndex]);
      if (m[0] === '') re.lastIndex++;
    }
    out.push(re.lastIndex, [...text.matchAll(re)].map((m) => [m.index, [...m]]));
  } else {
    const m = re.exec(text);
    out.push(m && [m.index, [...m], m.groups]);
  }
  re.lastIndex = 0;
  out.push(re.test(text), re.lastIndex);
  re.lastIndex = 0;
  return out;
}

const TRICKY = [
  '',
  'killed',
  'Killed 3 people. KILLED several soldiers',
  'unskilled anti-killed x_killed 3killed killed_ killed-',
  'several soldiers and 12 people were killed; clashes clashed',
  'ſeveral soldiers \u212aILLED', // long s and the Kelvin sign fold to s and k under /iu
  'The war has killed more than 10,000 since the start of the conflict, according to monitors.',
];

function assertSameAsPlain(source: string, flags: string, texts: readonly string[]): void {
  const plain = new RegExp(source, flags);
  const filtered = lexiconRegExp(source, flags, { warmUp: 0 });
  for (const text of texts) {
    // twice: a text is read for its starts the second time a pattern meets it
    for (let k = 0; k < 2; k++) assert.deepEqual(readings(filtered, text), readings(plain, text), `${source.slice(0, 60)} /${flags} on ${JSON.stringify(text.slice(0, 60))}`);
  }
}

test('lexiconRegExp finds exactly what the plain pattern finds', () => {
  for (const flags of ['gi', 'i', 'giu', 'g', 'gid']) {
    assertSameAsPlain(GUARDED, flags, TRICKY);
    assertSameAsPlain(String.raw`\b(?<x>(?:(?<mod>last|next)\s+)?(?<wd>Monday|Tuesday|sunday))\b`, flags, [...TRICKY, 'last Monday and next tuesday, Sunday']);
    assertSameAsPlain(String.raw`(?<![\w-])(?:ſo|\u212a)`, flags, TRICKY);
  }
  // a global lastIndex is honoured, and left for the caller as a plain pattern leaves it
  const re = lexiconRegExp(GUARDED, 'gi', { warmUp: 0 });
  re.lastIndex = 5;
  assert.equal(re.exec('killed killed')?.index, 7);
  assert.equal(re.lastIndex, 13);
});

/** The repository's example reports, and the shared Reuters sample's first articles when present. */
async function sampleTexts(withShared: boolean): Promise<string[]> {
  const dir = join(REPO, 'examples');
  const texts = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
  if (withShared) for await (const o of readArticles([sharedPath('data', 'news-isot-reuters-sample', 'conflict.jsonl')])) if (o.ok && texts.length < 30) texts.push(o.article.text);
  // the stages run patterns on sentences and on short windows, not only on whole texts
  return [...TRICKY, ...texts.flatMap((t) => [t, ...t.split(/(?<=[.!?])\s+/), ...t.split(/[,;]/)])];
}

test('every trigger and realis pattern matches as its plain RegExp does on example reports', async (t) => {
  const texts = await sampleTexts(haveShared(t, sharedPath('data', 'news-isot-reuters-sample', 'conflict.jsonl')));
  const triggers = loadTriggerLexicon();
  const realis = loadRealisLexicon();
  const patterns = [...triggers.triggers, ...triggers.cues].map((r) => r.re).concat(Object.values(realis) as RegExp[]);
  let filtered = 0;
  for (const re of patterns) {
    if (startTable(re.source, re.flags)) filtered++;
    assertSameAsPlain(re.source, re.flags, texts);
  }
  // the mechanism is in force: most lexicon patterns are bounded
  assert.ok(filtered > patterns.length * 0.7, `${filtered} of ${patterns.length} patterns have a start table`);
});

test('the first run of a pattern (after its run on a long blank subject, for machine code) answers as a fresh RegExp', () => {
  // patterns that match the blank subject themselves: neither its match nor its lastIndex may leak into the text's answer
  for (const [source, flags] of [['[^a]+', 'g'], ['[^a]+', ''], ['\\0*', 'g'], ['(?<![\\w-])(?:x|\\0)', 'gi']] as const) {
    for (const start of [0, 2, 7]) {
      const text = 'abcabc\0';
      const answers = (re: RegExp) => {
        re.lastIndex = start;
        const m = re.exec(text);
        return [m && [m.index, m[0]], re.lastIndex];
      };
      assert.deepEqual(answers(lexiconRegExp(source, flags)), answers(new RegExp(source, flags)), `/${source}/${flags} from ${start}`);
    }
  }
});

test('a pattern neither global nor sticky, asked again about one text, answers as before; about another text, anew', () => {
  const re = lexiconRegExp('(?<![\\w-])(?:ambush(?:ed)?|raid)(?![\\w])', 'i');
  const texts = ['Rebels ambushed a convoy.', 'Rebels ambushed a convoy.'.slice(0), 'Nothing at all happened.', 'Rebels raided a village.', 'A raid on a village.'];
  for (let round = 0; round < 300; round++)
    for (const t of texts) {
      const want = new RegExp(re.source, 'i').test(t);
      assert.equal(re.test(t), want, t);
      assert.equal(re.test(`${t}`), want, t);
    }
  const g = lexiconRegExp('(?<![\\w-])(?:raid)(?![\\w])', 'gi');
  assert.equal(g.test('a raid, a raid'), true);
  assert.equal(g.test('a raid, a raid'), true, 'second raid, from lastIndex');
  assert.equal(g.test('a raid, a raid'), false, 'a global pattern still moves on');
});
