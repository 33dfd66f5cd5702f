import { CliError } from '../../errors.ts';
import { loadDefaultGazetteer } from '../../geo/default-gazetteer.ts';
import { addPacks, defaultPacksDir, listPacks, removePacks } from '../../geo/packs.ts';
import { parse } from '../args.ts';

const USAGE = 'usage: sitrep gazetteer add CC…|URL|PATH… [--from BASE_URL] | list | remove CC…';

/** `sitrep gazetteer add|list|remove`: the installed GeoNames packs, and the index over them. */
export async function gazetteerCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { from: { type: 'string' }, json: { type: 'boolean' } });
  const [verb, ...rest] = positionals;
  const log = (m: string) => process.stderr.write(`sitrep gazetteer: ${m}\n`);
  switch (verb) {
    case 'add': {
      if (!rest.length) throw new CliError(USAGE);
      const added = await addPacks(rest, { log, ...(values.from ? { mirror: values.from } : {}) });
      for (const p of added) log(`installed ${p.cc}: ${p.rows.toLocaleString()} rows${p.hierarchy ? ', with districts' : ''}`);
      // the index for the new pack set is built now, once, rather than by the next command
      const gaz = loadDefaultGazetteer({ dumpFiles: [] });
      log(`gazetteer index: ${gaz.stats.rows.toLocaleString()} rows (${gaz.stats.indexFile})`);
      return 0;
    }
    case 'list': {
      const packs = listPacks();
      if (values.json) {
        process.stdout.write(`${JSON.stringify(packs)}\n`);
        return 0;
      }
      if (!packs.length) {
        process.stdout.write(`no packs installed (in ${defaultPacksDir()}); add some with: sitrep gazetteer add SY IQ YE\n`);
        return 0;
      }
      process.stdout.write('pack  rows        added                 districts  source\n');
      for (const p of packs) {
        process.stdout.write(`${p.cc.padEnd(4)}  ${p.rows.toLocaleString('en-US').padStart(10)}  ${p.added.slice(0, 19).replace('T', ' ')}Z  ${(p.hierarchy ? 'yes' : 'no').padEnd(9)}  ${p.sources.join(', ')}\n`);
      }
      const total = packs.reduce((n, p) => n + p.rows, 0);
      process.stdout.write(`${packs.length} pack(s), ${total.toLocaleString('en-US')} rows, in ${defaultPacksDir()}\n`);
      return 0;
    }
    case 'remove': {
      if (!rest.length) throw new CliError(USAGE);
      const removed = removePacks(rest);
      const missing = rest.map((c) => c.toUpperCase()).filter((c) => !removed.includes(c));
      if (removed.length) log(`removed ${removed.join(', ')}`);
      if (missing.length) log(`not installed: ${missing.join(', ')}`);
      return missing.length ? 1 : 0;
    }
    default:
      throw new CliError(USAGE);
  }
}
