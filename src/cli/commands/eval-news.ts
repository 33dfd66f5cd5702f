import { writeFileSync } from 'node:fs';
import { CliError, errorMessage } from '../../errors.ts';
import type { Split } from '../../model/ids.ts';
import { formatNewsScore, readGoldNews, scoreNews } from '../../eval/news.ts';
import { readArticles } from '../../input/read-articles.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import { RULES_ORDER } from '../../pipeline/registry.ts';
import type { EventRecord } from '../../model/record.ts';
import { gazetteerDumps, GAZETTEER_OPTION, parse } from '../args.ts';

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
  const split = (values.split ?? 'all') as Split;
  if (split !== 'test' && split !== 'dev' && split !== 'all') throw new CliError(`--split must be all, test or dev, got "${values.split}"`);
  const [goldFile, ...inputs] = positionals;
  if (!goldFile || inputs.length === 0) throw new CliError(USAGE);
  const gold = readGoldNews(goldFile, split);
  const extractor = createExtractor({
    gazetteerFiles: await gazetteerDumps(values.gazetteer, 'eval news'),
    ...(values['no-model'] ? { stages: RULES_ORDER } : {}),
  });
  const records: EventRecord[] = [];
  const seen = new Set<string>();
  const failures: string[] = [];
  for await (const r of readArticles(inputs)) {
    if (!r.ok) {
      failures.push(errorMessage(r.error));
      continue;
    }
    if (!(r.article.id in gold)) continue;
    seen.add(r.article.id);
    try {
      records.push(...extractor.extract(r.article).records);
    } catch (e) {
      failures.push(`${r.article.id}: ${errorMessage(e)}`);
    }
  }
  const missing = Object.keys(gold).filter((id) => !seen.has(id));
  if (missing.length) process.stderr.write(`sitrep eval news: ${missing.length} gold article(s) not found in the inputs (first: ${missing[0]}); they count as articles with no predicted events\n`);
  if (values['pred-out']) writeFileSync(values['pred-out'], records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const score = scoreNews(gold, records);
  process.stdout.write(formatNewsScore(score, values.json));
  if (values.verbose) process.stderr.write(`${score.misses.join('\n')}\n`);
  if (failures.length) process.stderr.write(`sitrep eval news: ${failures.length} input(s) failed:\n  ${failures.join('\n  ')}\n`);
  return failures.length ? 1 : 0;
}
