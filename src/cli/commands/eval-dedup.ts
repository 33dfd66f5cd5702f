import { CliError } from '../../errors.ts';
import { evalDedupFixtures, evalDedupUcdp } from '../../eval/dedup.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import { parse } from '../args.ts';
import { splitOption } from './eval-input.ts';

/**
 * sitrep eval dedup FILE [--split test|dev|all] [--threshold X] [--json]
 * FILE is a UCDP GED CSV (pairwise over source headlines, split by UCDP event id) or a JSONL of
 * reports with an `event` label (test/fixtures/dedup/reports.jsonl).
 */
export async function evalDedupCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    split: { type: 'string' },
    threshold: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  const file = positionals[0];
  if (!file) throw new CliError('usage: sitrep eval dedup UCDP.csv|REPORTS.jsonl [--split test|dev|all] [--threshold 0..1] [--json]');
  const split = splitOption(values.split, 'test');
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold);
  if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) throw new CliError(`--threshold wants a number from 0 to 1, got "${values.threshold}"`);
  const extractor = createExtractor();
  const t0 = performance.now();
  const score = /\.jsonl?$/i.test(file) ? await evalDedupFixtures(extractor, file, { threshold }) : await evalDedupUcdp(extractor, file, split, { threshold });
  const secs = (performance.now() - t0) / 1000;
  if (values.json) process.stdout.write(`${JSON.stringify(score)}\n`);
  else {
    for (const [k, v] of Object.entries(score)) process.stdout.write(`${k.padEnd(24)} ${v}\n`);
    process.stdout.write(`\n${secs.toFixed(1)} s\n`);
  }
  return 0;
}
