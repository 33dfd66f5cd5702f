import { readFileSync } from 'node:fs';
import { CliError } from '../../errors.ts';
import { formatFakesScore, formatFakesVerbose, readFakesAnnotations, scoreFakes, type FakesPrediction } from '../../eval/fakes.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import { parse } from '../args.ts';
import { extractCoded, reportFailures, splitOption } from './eval-input.ts';

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
  const split = splitOption(values.split, 'test');
  const [articlesFile, annotationsFile] = positionals;
  if (!articlesFile || !annotationsFile || positionals.length > 2) throw new CliError(USAGE);
  const codings = readFakesAnnotations(annotationsFile, split);
  const wanted = new Set(codings.map((c) => c.id));
  const failures: string[] = [];
  let predictions: FakesPrediction[];
  if (values['pred-in']) {
    predictions = readFileSync(values['pred-in'], 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as FakesPrediction);
  } else {
    const extracted = await extractCoded(createExtractor(), [articlesFile], wanted, 'sitrep eval fakes',
      { what: `coded article(s) not found in ${articlesFile}`, counted: 'they count as articles with no events' }, values['pred-out']);
    failures.push(...extracted.failures);
    predictions = extracted.records;
  }
  const { score, results } = scoreFakes(codings, predictions);
  process.stdout.write(values.json ? `${JSON.stringify({ split, ...score })}\n` : `split ${split}\n${formatFakesScore(score)}`);
  if (values.verbose) process.stderr.write(formatFakesVerbose(results));
  return reportFailures('sitrep eval fakes', failures);
}
