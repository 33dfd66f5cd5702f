import { readFileSync, writeFileSync } from 'node:fs';
import { CliError, errorMessage } from '../../errors.ts';
import type { Split } from '../../model/ids.ts';
import { formatFakesScore, formatFakesVerbose, readFakesAnnotations, scoreFakes, type FakesPrediction } from '../../eval/fakes.ts';
import { readArticles } from '../../input/read-articles.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import type { EventRecord } from '../../model/record.ts';
import { parse } from '../args.ts';

const USAGE = 'usage: sitrep eval fakes ARTICLES.jsonl ANNOTATIONS.jsonl [--split test|dev|all] [--verbose] [--json] [--pred-out FILE] [--pred-in FILE]';

/**
 * `sitrep eval fakes`: a held-out whole-article yardstick from 15 other outlets (FA-KES, Syrian war; see
 * src/eval/fakes.ts). Extracts events from the articles of the split (or reads them from --pred-in, a JSONL of event
 * records as `sitrep extract` or --pred-out writes them) and prints one row of figures; with --verbose, one line per
 * article with its mismatching fields (ids and fields only) on stderr.
 */
export async function evalFakesCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    split: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    'pred-out': { type: 'string' },
    'pred-in': { type: 'string' },
  });
  const split = (values.split ?? 'test') as Split;
  if (split !== 'test' && split !== 'dev' && split !== 'all') throw new CliError(`--split must be test, dev or all, got "${values.split}"`);
  const [articlesFile, annotationsFile] = positionals;
  if (!articlesFile || !annotationsFile || positionals.length > 2) throw new CliError(USAGE);
  const codings = readFakesAnnotations(annotationsFile, split);
  const wanted = new Set(codings.map((c) => c.id));
  const failures: string[] = [];
  let predictions: FakesPrediction[];
  if (values['pred-in']) {
    predictions = readFileSync(values['pred-in'], 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as FakesPrediction);
  } else {
    const extractor = createExtractor();
    const records: EventRecord[] = [];
    const seen = new Set<string>();
    for await (const r of readArticles([articlesFile])) {
      if (!r.ok) {
        failures.push(errorMessage(r.error));
        continue;
      }
      if (!wanted.has(r.article.id)) continue;
      seen.add(r.article.id);
      try {
        records.push(...extractor.extract(r.article).records);
      } catch (e) {
        failures.push(`${r.article.id}: ${errorMessage(e)}`);
      }
    }
    const missing = [...wanted].filter((id) => !seen.has(id));
    if (missing.length) process.stderr.write(`sitrep eval fakes: ${missing.length} coded article(s) not found in ${articlesFile} (first: ${missing[0]}); they count as articles with no events\n`);
    if (values['pred-out']) writeFileSync(values['pred-out'], records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    predictions = records;
  }
  const { score, results } = scoreFakes(codings, predictions);
  process.stdout.write(values.json ? `${JSON.stringify({ split, ...score })}\n` : `split ${split}\n${formatFakesScore(score)}`);
  if (values.verbose) process.stderr.write(formatFakesVerbose(results));
  if (failures.length) process.stderr.write(`sitrep eval fakes: ${failures.length} input(s) failed:\n  ${failures.join('\n  ')}\n`);
  return failures.length ? 1 : 0;
}
