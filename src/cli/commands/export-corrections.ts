import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { CliError } from '../../errors.ts';
import { correctionsAsGold } from '../../store/corrections.ts';
import { openStore } from '../../store/open-store.ts';
import { parse } from '../args.ts';

/** sitrep export-corrections [--db FILE | --pg URL] [--out F]: the analysts' reviews as news-gold training data. */
export async function exportCorrectionsCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { db: { type: 'string' }, pg: { type: 'string' }, out: { type: 'string' } });
  if (positionals.length) throw new CliError(`sitrep export-corrections takes no positional arguments, got "${positionals[0]}"`);
  const store = await openStore({ db: values.db, pg: values.pg, create: false });
  let gold;
  try {
    gold = await correctionsAsGold(store);
  } finally {
    await store.close();
  }
  const out = values.out ? createWriteStream(values.out) : process.stdout;
  out.write(`${JSON.stringify(gold.docs, null, 1)}\n`);
  if (out !== process.stdout) {
    (out as NodeJS.WritableStream).end();
    await once(out, 'finish');
  }
  process.stderr.write(`sitrep export-corrections: ${gold.articles} article(s), ${gold.events} reviewed event(s) (${gold.edited} edited), ${gold.rejected} rejected\n`);
  return 0;
}
