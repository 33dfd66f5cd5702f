/**
 * Fatality figures from ACLED notes: eventFatalities(extractClaims(note)) ?? 0 against ACLED's
 * coded fatalities. Usage:
 *   node --import tsx bench/claims-notes.ts [--split dev|test|all] [--file NAME.csv] [--errors N]
 * Reads /work/shared/data/acled-sample-2022 (sibling of the repo); nothing is written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { inSplit, type Split } from '../src/model/ids.ts';
import { newDocument } from '../src/model/document.ts';
import { segment } from '../src/stages/segment/index.ts';
import { createClaimExtractor, eventFatalities, loadClaimLexicon } from '../src/stages/claims/index.ts';
import type { Deps } from '../src/pipeline/stage.ts';
import { silentLogger } from '../src/pipeline/stage.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(repoRoot, '..', 'shared', 'data', 'acled-sample-2022');

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'test' },
    file: { type: 'string', multiple: true },
    errors: { type: 'string', default: '0' },
  },
});
const split = values.split as Split;
if (!['dev', 'test', 'all'].includes(split)) throw new Error(`--split must be dev, test or all, not ${split}`);
const files = values.file ?? ['acled_sample_2022_middle_east.csv', 'acled_old_deletion_dummy_9000.csv'];
const showErrors = Number(values.errors);

const deps = { lexicons: { dir: '' }, gazetteer: () => { throw new Error('not used'); } } as unknown as Deps;
const segmenter = segment.create(deps);
const extract = createClaimExtractor(loadClaimLexicon());

for (const name of files) {
  const path = resolve(dataDir, name);
  if (!existsSync(path)) {
    console.log(`skip ${name}: ${path} not found`);
    continue;
  }
  const rows = parse(readFileSync(path), { columns: true }) as Record<string, string>[];
  let n = 0;
  let exact = 0;
  let nPos = 0;
  let exactPos = 0;
  let ms = 0;
  const errors: string[] = [];
  for (const row of rows) {
    if (!inSplit(row.event_id_cnty, split)) continue;
    const gold = Number(row.fatalities || 0);
    const doc = segmenter.run(newDocument({ id: row.event_id_cnty, text: row.notes } as never), { log: silentLogger });
    const t0 = performance.now();
    const claims = extract(doc.text, doc.sentences);
    const predicted = eventFatalities(claims) ?? 0;
    ms += performance.now() - t0;
    n++;
    const ok = predicted === gold;
    if (ok) exact++;
    if (gold > 0) {
      nPos++;
      if (ok) exactPos++;
    }
    if (!ok && errors.length < showErrors) {
      const shown = claims.filter((c) => c.what === 'killed').map((c) => `${c.low}/${c.high}/${c.qualifier}/${c.claimant ?? '-'}:${row.notes.slice(c.start, c.end)}`);
      errors.push(`${row.event_id_cnty} gold=${gold} pred=${predicted} [${shown.join('; ')}]\n    ${row.notes.replace(/^On \d+ \w+ \d{4},? /, '').slice(0, 500)}`);
    }
  }
  const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : '-');
  console.log(`${name} split=${split}: n=${n} exact=${pct(exact, n)}% (${exact}/${n}); gold>0: n=${nPos} exact=${pct(exactPos, nPos)}% (${exactPos}/${nPos}); extract ${(ms / Math.max(n, 1)).toFixed(3)} ms/note`);
  for (const e of errors) console.log(e);
}
