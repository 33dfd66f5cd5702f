import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { CliError, errorMessage } from '../../errors.ts';
import { dateWarning, readArticles } from '../../input/index.ts';
import type { EventRecord } from '../../model/record.ts';
import { formatRecords, jsonlLine } from '../../output/formats.ts';
import { createExtractor } from '../../pipeline/extractor.ts';
import { checkDate, gazetteerDumps, GAZETTEER_OPTION, parse } from '../args.ts';

const FORMATS = ['jsonl', 'csv', 'geojson', 'acled-csv'] as const;
type Format = (typeof FORMATS)[number];

/** `sitrep extract [FILE…|DIR…|-] [--date YYYY-MM-DD] [--format …] [--out F] [--max-file-mb N] [--gazetteer PATH|URL[,…]]…` */
export async function extractCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    date: { type: 'string' },
    format: { type: 'string', default: 'jsonl' },
    out: { type: 'string' },
    'max-file-mb': { type: 'string' },
    ...GAZETTEER_OPTION,
  });
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new CliError(`--format must be one of ${FORMATS.join(', ')}, got "${values.format}"`);
  const date = checkDate(values.date, '--date');
  const maxMb = values['max-file-mb'] === undefined ? undefined : Number(values['max-file-mb']);
  if (maxMb !== undefined && !(maxMb > 0)) throw new CliError(`--max-file-mb wants a positive number, got "${values['max-file-mb']}"`);
  const inputs = positionals.length ? positionals : ['-'];
  const gazetteerFiles = await gazetteerDumps(values.gazetteer, 'extract');
  const extractor = createExtractor({ gazetteerFiles });
  const out = values.out ? createWriteStream(values.out) : process.stdout;
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };

  let failed = 0;
  let articles = 0;
  let events = 0;
  const collected: EventRecord[] = [];
  for await (const item of readArticles(inputs, { date, ...(maxMb ? { maxBytes: Math.round(maxMb * 2 ** 20) } : {}) })) {
    if (!item.ok) {
      failed++;
      process.stderr.write(`sitrep extract: ${errorMessage(item.error)}\n`);
      continue;
    }
    articles++;
    const warning = dateWarning(item.article);
    if (warning) process.stderr.write(`sitrep extract: ${warning}\n`);
    let records: EventRecord[];
    try {
      records = extractor.extract(item.article).records;
    } catch (e) {
      failed++;
      process.stderr.write(`sitrep extract: ${item.article.origin.file}${item.article.origin.line ? `:${item.article.origin.line}` : ''}: ${errorMessage(e)}\n`);
      continue;
    }
    events += records.length;
    if (format === 'jsonl') for (const r of records) await write(jsonlLine(r));
    else collected.push(...records);
  }
  if (format !== 'jsonl') await write(formatRecords(collected, format));
  if (out !== process.stdout) {
    (out as NodeJS.WritableStream).end();
    await once(out, 'finish');
  }
  process.stderr.write(`sitrep extract: ${articles} article(s), ${events} event(s)${failed ? `, ${failed} failed (see above)` : ''}\n`);
  return failed ? 1 : 0;
}
