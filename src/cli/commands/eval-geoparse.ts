import { writeFileSync } from 'node:fs';
import { CliError } from '../../errors.ts';
import { predictEndToEnd, readGeoGold, scoreGeoparse, scoreGoldSpans } from '../../eval/geoparse.ts';
import { createDeps } from '../../pipeline/deps.ts';
import { gazetteerDumps, GAZETTEER_OPTION, parse } from '../args.ts';
import { splitOption } from './eval-input.ts';

/** `sitrep eval geoparse GOLD.jsonl [--split test|dev|all] [--gold-spans] [--json] [--pred-out FILE] [--gazetteer PATH|URL[,…]]…` */
export async function evalGeoparseCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    split: { type: 'string' },
    'gold-spans': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    'pred-out': { type: 'string' },
    ...GAZETTEER_OPTION,
  });
  const split = splitOption(values.split, 'test');
  const file = positionals[0];
  if (!file) throw new CliError('usage: sitrep eval geoparse GOLD.jsonl [--split test|dev|all] [--gold-spans] [--json] [--pred-out FILE] [--gazetteer PATH|URL[,…]]');
  const gold = readGeoGold(file, split);
  const deps = createDeps({ gazetteerFiles: await gazetteerDumps(values.gazetteer, 'eval geoparse') });
  const t0 = performance.now();
  let score;
  if (values['gold-spans']) score = { mode: 'gold-spans', ...scoreGoldSpans(deps, gold, split) };
  else {
    const preds = predictEndToEnd(deps, gold);
    if (values['pred-out']) writeFileSync(values['pred-out'], preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
    score = { mode: 'end-to-end', ...scoreGeoparse(gold, preds, split) };
  }
  const secs = (performance.now() - t0) / 1000;
  if (values.json) process.stdout.write(`${JSON.stringify(score)}\n`);
  else {
    for (const [k, v] of Object.entries(score)) process.stdout.write(`${k.padEnd(20)} ${v}\n`);
    process.stdout.write(`\n${gold.length} documents in ${secs.toFixed(1)} s\n`);
  }
  return 0;
}
