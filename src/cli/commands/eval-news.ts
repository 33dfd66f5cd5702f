import { CliError } from '../../errors.ts';
import { formatNewsScore, readGoldNews, scoreNews } from '../../eval/news.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import { gazetteerDumps, GAZETTEER_OPTION, parse } from '../args.ts';
import { extractCoded, reportFailures, splitOption } from './eval-input.ts';

const USAGE = 'usage: sitrep eval news GOLD.json ARTICLES… [--split all|test|dev] [--verbose] [--json] [--pred-out FILE] [--no-model] [--gazetteer PATH|URL[,…]]';

/**
 * `sitrep eval news`: extracts events from the articles the gold names and prints exactly what
 * ../shared/tools/score-news.mjs prints for them (with --verbose, every missed and false event on stderr).
 * ARTICLES are the files that hold the gold's doc_ids (e.g. the Reuters sample's conflict.jsonl and general.jsonl).
 */
export async function evalNewsCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    split: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    'pred-out': { type: 'string' },
    'no-model': { type: 'boolean', default: false },
    ...GAZETTEER_OPTION,
  });
  const split = splitOption(values.split, 'all');
  const [goldFile, ...inputs] = positionals;
  if (!goldFile || inputs.length === 0) throw new CliError(USAGE);
  const gold = readGoldNews(goldFile, split);
  const extractor = createExtractor({
    gazetteerFiles: await gazetteerDumps(values.gazetteer, 'eval news'),
    ...(values['no-model'] ? { stages: RULES_ORDER } : {}),
  });
  const { records, failures } = await extractCoded(extractor, inputs, new Set(Object.keys(gold)), 'sitrep eval news',
    { what: 'gold article(s) not found in the inputs', counted: 'they count as articles with no predicted events' }, values['pred-out']);
  const score = scoreNews(gold, records);
  process.stdout.write(formatNewsScore(score, values.json));
  if (values.verbose) process.stderr.write(`${score.misses.join('\n')}\n`);
  return reportFailures('sitrep eval news', failures);
}
