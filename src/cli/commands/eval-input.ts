import { writeFileSync } from 'node:fs';
import { CliError, errorMessage } from '../../errors.ts';
import type { Split } from '../../model/ids.ts';
import type { EventRecord } from '../../model/record.ts';
import { readArticles } from '../../input/read-articles.ts';
import type { Extractor } from '../../pipeline/extractor.ts';

/**
 * What the `sitrep eval` commands share: the --split flag and the extraction of the articles a gold set codes, so
 * every yardstick reads its inputs, reports unreadable or failing articles and writes --pred-out the same way.
 */

/** The --split value, checked; `fallback` when the flag is absent. */
export function splitOption(value: string | undefined, fallback: Split): Split {
  const v = value ?? fallback;
  if (v !== 'test' && v !== 'dev' && v !== 'all') throw new CliError(`--split must be test, dev or all, got "${v}"`);
  return v;
}

export interface CodedExtraction {
  readonly records: EventRecord[];
  /** One line per input that could not be read or article that failed to extract: reported, never dropped silently. */
  readonly failures: string[];
}

/** How a command words coded articles that no input holds: "N {what} (first: ID); {counted}". */
export interface MissingWording {
  readonly what: string;
  readonly counted: string;
}

/**
 * Extracts the articles of `inputs` whose ids are in `wanted`, in input order. Coded articles missing from the
 * inputs are reported on stderr, worded by `missing`; records go to `predOut` when given.
 */
export async function extractCoded(
  extractor: Extractor,
  inputs: readonly string[],
  wanted: ReadonlySet<string>,
  label: string,
  missing: MissingWording,
  predOut?: string,
): Promise<CodedExtraction> {
  const records: EventRecord[] = [];
  const failures: string[] = [];
  const seen = new Set<string>();
  for await (const r of readArticles([...inputs])) {
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
  const absent = [...wanted].filter((id) => !seen.has(id));
  if (absent.length) process.stderr.write(`${label}: ${absent.length} ${missing.what} (first: ${absent[0]}); ${missing.counted}\n`);
  if (predOut) writeFileSync(predOut, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return { records, failures };
}

/** Reports the failed inputs on stderr; the command's exit status (1 when any failed). */
export function reportFailures(label: string, failures: readonly string[]): number {
  if (failures.length) process.stderr.write(`${label}: ${failures.length} input(s) failed:\n  ${failures.join('\n  ')}\n`);
  return failures.length ? 1 : 0;
}
