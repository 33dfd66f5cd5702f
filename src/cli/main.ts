import { CliError, errorMessage, isSitrepError } from '../errors.ts';

const USAGE = `sitrep — conflict events from news reports (docs: README.md)

usage:
  sitrep extract [FILE…|-] [--date YYYY-MM-DD] [--format jsonl|csv|geojson|acled-csv] [--out F] [--max-file-mb N] [--fetch-concurrency N] [--fetch-deadline S] [--gazetteer G]
  sitrep geoparse [FILE…|-] [--date YYYY-MM-DD] [--gazetteer G]
  sitrep eval notes GOLD.csv [--split test|dev|all] [--pred-out F] [--json] [--hold-out-region]
  sitrep eval case FILE.jsonl [--split test|dev|all] [--json]
  sitrep eval news GOLD.json ARTICLES… [--split all|test|dev] [--verbose] [--json] [--pred-out F]
  sitrep eval fakes ARTICLES.jsonl ANNOTATIONS.jsonl [--split test|dev|all] [--verbose] [--json] [--pred-out F] [--pred-in F]
  sitrep eval dedup UCDP.csv|REPORTS.jsonl [--split test|dev|all] [--threshold 0..1] [--json]
  sitrep ingest PATH|URL|FEED… [--db FILE | --pg URL [--queue]] [--date YYYY-MM-DD] [--max-file-mb N] [--gazetteer G]
  sitrep export --format jsonl|csv|geojson|acled-csv [--db FILE | --pg URL] [--out F] [--sort date|-date|fatalities|…]
      [filters: --from --to --country --actor --type --sub-type --text --bbox W,S,E,N --min-fatalities N --historical --reviewed --rejected]
  sitrep export-corrections [--db FILE | --pg URL] [--out F]   analysts' reviews as news-gold training data
  sitrep serve [--db FILE | --pg URL] [--port 8080] [--host 127.0.0.1] [--token T] [--read-token] [--gazetteer G]
      [--request-timeout 30] [--headers-timeout 10] [--max-exports 4]   seconds a request / its headers may take to arrive; exports at once
      [--read-workers 2]   threads that run SQLite read queries beside the server's own (0: none)
  sitrep demo [--port 8080] [--token T] [--db FILE] [--gazetteer G]
  sitrep worker --pg URL [--concurrency N] [--batch N] [--lease-seconds S] [--max-attempts N] [--exit-when-idle] [--requeue-dead] [--status] [--gazetteer G]
  sitrep eval geoparse GOLD.jsonl [--split test|dev|all] [--gold-spans] [--json] [--pred-out F] [--gazetteer G]
  sitrep train ner [--data DIR] [--out FILE] [--epochs N] [--bits N] [--seed N] [--no-eval]
  sitrep train events [--gold GOLD.json]… [--articles FILE]… [--out FILE]
  sitrep train subevent [--out FILE]
  sitrep gazetteer add CC…|URL|PATH… [--from BASE_URL] | list [--json] | remove CC…
  sitrep help

Common options: --debug (stack traces on errors)
Filter flags take the API's names too: --event-type = --type, --sub-event-type = --sub-type, and
--min_fatalities = --min-fatalities (the API likewise takes type and sub_type).

\`sitrep gazetteer add SY IQ\` installs GeoNames country dumps as packs, which every command then uses.
--gazetteer G merges full GeoNames dumps into the gazetteer, for villages: a path or http(s) URL of a
.txt or .zip dump (allCountries.zip, SY.zip…) or a folder of them, repeatable or comma-separated; SITREP_GEONAMES when
absent. Downloads and unzipped dumps are cached in ~/.cache/sitrep/geonames (under
$XDG_CACHE_HOME or $SITREP_CACHE_DIR instead of ~/.cache when set).`;

type Command = (args: string[]) => Promise<number>;

/** Commands load lazily so that `sitrep help` never pays for the gazetteer or NLP models. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  extract: async () => (await import('./commands/extract.ts')).extractCommand,
  geoparse: async () => (await import('./commands/geoparse.ts')).geoparseCommand,
  eval: async () => (await import('./commands/eval.ts')).evalCommand,
  ingest: async () => (await import('./commands/ingest.ts')).ingestCommand,
  export: async () => (await import('./commands/export.ts')).exportCommand,
  serve: async () => (await import('./commands/serve.ts')).serveCommand,
  demo: async () => (await import('./commands/demo.ts')).demoCommand,
  worker: async () => (await import('./commands/worker.ts')).workerCommand,
  train: async () => (await import('./commands/train.ts')).trainCommand,
  gazetteer: async () => (await import('./commands/gazetteer.ts')).gazetteerCommand,
  'export-corrections': async () => (await import('./commands/export-corrections.ts')).exportCorrectionsCommand,
};

export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  const [verb, ...rest] = args;
  if (!verb || verb === 'help' || verb === '--help' || verb === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return verb ? 0 : 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const load = COMMANDS[verb];
  if (!load) {
    process.stderr.write(`sitrep: unknown command "${verb}"\n\n${USAGE}\n`);
    return 2;
  }
  // A reader that stops early (`sitrep extract … | head`) closes the pipe: the output ends there, and that is no error
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(0);
  });
  try {
    return await (await load())(rest);
  } catch (e) {
    if ((e as NodeJS.ErrnoException | null)?.code === 'EPIPE') return 0;
    process.stderr.write(`sitrep ${verb}: ${errorMessage(e)}\n`);
    if (debug && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
    if (e instanceof CliError) return e.exitCode;
    return isSitrepError(e) ? 1 : 70;
  }
}
