/**
 * Rough actor1 accuracy of the actors stage on ACLED notes: the first party mention
 * (not a monitor or media outlet) of each note stands in for actor1, scored with the
 * notes scorer's rule (parentheses stripped, token Jaccard ≥ 0.5). Also reports how many
 * gold actor names the lexicon cannot produce.
 *
 *   node --import tsx bench/actors-notes.ts [--split dev|test|all]
 *
 * Reads ../shared/data (evaluation only; nothing from it is written into the repo).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { LEXICON_DIR } from '../src/lexicons/load.ts';
import type { Actor } from '../src/model/actor.ts';
import { mentionsOf, newDocument } from '../src/model/document.ts';
import { inSplit, type Split } from '../src/model/ids.ts';
import { silentLogger, type Deps } from '../src/pipeline/stage.ts';
import { actors, COUNTRY_PLACEHOLDER, loadActorLexicon, withCountry } from '../src/stages/actors/index.ts';
import { segment } from '../src/stages/segment/index.ts';
import { actorMatch, normName as norm } from '../src/eval/notes.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const csvPath = join(repoRoot, '..', 'shared', 'data', 'acled-sample-2022', 'acled_sample_2022_middle_east.csv');
const splitArg = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1] : 'test';
if (!['dev', 'test', 'all'].includes(splitArg)) throw new Error(`--split must be dev, test or all, not "${splitArg}"`);
const split = splitArg as Split;
if (!existsSync(csvPath)) {
  console.log(`skipping: ${csvPath} not found`);
  process.exit(0);
}


const rows = (parse(readFileSync(csvPath, 'utf8'), { columns: true }) as Record<string, string>[]).filter((r) => inSplit(r.event_id_cnty, split));
const deps: Deps = { lexicons: { dir: LEXICON_DIR }, gazetteer: () => { throw new Error('not used'); } };
const seg = segment.create(deps);
const stage = actors.create(deps);
const lex = loadActorLexicon();
const isoOf = new Map([...lex.countryName].map(([iso, name]) => [name, iso]));
const ctx = { log: silentLogger };

let hit = 0;
let none = 0;
let stageMs = 0;
const misses = new Map<string, number>();
for (const r of rows) {
  const article = { id: r.event_id_cnty, text: r.notes, title: null, published: null, publisher: null, url: null, dateline: null, origin: { file: csvPath } };
  const segmented = seg.run(newDocument(article), ctx);
  const t0 = performance.now();
  const doc = stage.run(segmented, ctx);
  stageMs += performance.now() - t0;
  const first = mentionsOf(doc, 'ACTOR').find((m) => m.actor && m.actor.kind !== 'monitor' && m.actor.kind !== 'media' && m.confidence >= 0.3);
  let actor: Actor | null = first?.actor ?? null;
  if (actor) actor = withCountry(actor, isoOf.get(r.country) ?? 'XX', r.country);
  if (!actor) none++;
  if (actor && actorMatch(r.actor1, actor.name)) hit++;
  else if (split === 'dev') {
    const key = `${r.actor1} ← ${actor?.name ?? '(none)'}`;
    misses.set(key, (misses.get(key) ?? 0) + 1);
  }
}

// Coverage: gold names the lexicon (names, or generic templates with the country filled) cannot produce.
const templates = ['Civilians', 'Protesters', 'Rioters', 'Unidentified Armed Group', 'Opposition Rebels', 'Militia'];
// Names equal under the scorer's normalisation ("Islamic State (Syria)" = "Islamic State") count as covered.
const lexNames = new Set(lex.actors.map((a) => norm(a.name)));
const producible = (name: string): boolean =>
  lexNames.has(norm(name)) || templates.some((t) => name.startsWith(`${t} (`)) || /^(Military|Police) Forces of [^()]+$/.test(name) || name.includes(COUNTRY_PLACEHOLDER);
const devRows = (parse(readFileSync(csvPath, 'utf8'), { columns: true }) as Record<string, string>[]).filter((r) => inSplit(r.event_id_cnty, 'dev'));
const goldNames = new Map<string, number>();
for (const r of devRows) for (const n of [r.actor1, r.actor2]) if (n) goldNames.set(n, (goldNames.get(n) ?? 0) + 1);
const missing = [...goldNames].filter(([n]) => !producible(n));
const missingUses = missing.reduce((s, [, c]) => s + c, 0);
const allUses = [...goldNames.values()].reduce((s, c) => s + c, 0);

const pct = (x: number, n: number): string => `${((100 * x) / (n || 1)).toFixed(1)}%`;
console.log(`split ${split}: ${rows.length} notes`);
console.log(`actor1 match (first party mention)  ${pct(hit, rows.length)}  (${hit}/${rows.length}); no actor found in ${none}`);
console.log(`actors stage time                   ${(stageMs / rows.length).toFixed(3)} ms/note`);
console.log(`dev gold actor1/actor2 names without a lexicon entry: ${missing.length}/${goldNames.size} distinct, ${pct(missingUses, allUses)} of uses`);
if (process.argv.includes('--verbose')) {
  for (const [k, v] of [...misses].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${v}\t${k}`);
  for (const [n, c] of missing.sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  missing ${c}\t${n}`);
}
