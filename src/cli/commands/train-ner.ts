import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError } from '../../errors.ts';
import { nerCorpusFiles, readTaggedJsonl, wikigoldSplit } from '../../models/ner/corpus.ts';
import { evaluateTagger, type TypeScore } from '../../models/ner/evaluate.ts';
import { createTagger, decodeWeights, DEFAULT_NER_MODEL, encodeWeights } from '../../models/ner/model.ts';
import { DEFAULT_TRAIN_OPTIONS, trainingSentences, trainPerceptron } from '../../models/ner/train.ts';
import { parse } from '../args.ts';

/** The shared data's NER folder, beside the repository. */
const DEFAULT_NER_DATA = resolve(dirname(DEFAULT_NER_MODEL), '..', '..', 'shared', 'data', 'ner');

const USAGE = 'usage: sitrep train ner [--data DIR] [--out FILE] [--epochs N] [--bits N] [--seed N] [--no-eval]';

/**
 * `sitrep train ner`: trains the entity tagger on the TRAIN splits, writes models/ner.bin, then
 * scores the written (quantised) weights on CoNLL-2003 valid and test and on wikigold TEST.
 */
export async function trainNerCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    data: { type: 'string' },
    out: { type: 'string' },
    epochs: { type: 'string' },
    bits: { type: 'string' },
    seed: { type: 'string' },
    'no-eval': { type: 'boolean', default: false },
  });
  if (positionals.length) throw new CliError(USAGE);
  const number = (s: string | undefined, fallback: number, flag: string) => {
    if (s === undefined) return fallback;
    const n = Number(s);
    if (!Number.isInteger(n) || n < 0) throw new CliError(`${flag} wants a whole number, got "${s}"`);
    return n;
  };
  const opts = {
    epochs: number(values.epochs, DEFAULT_TRAIN_OPTIONS.epochs, '--epochs'),
    bits: number(values.bits, DEFAULT_TRAIN_OPTIONS.bits, '--bits'),
    seed: number(values.seed, DEFAULT_TRAIN_OPTIONS.seed, '--seed'),
  };
  if (opts.bits < 10 || opts.bits > 22) throw new CliError(`--bits must lie between 10 and 22, got ${opts.bits}`);
  const dataDir = resolve(values.data ?? DEFAULT_NER_DATA);
  const out = resolve(values.out ?? DEFAULT_NER_MODEL);
  const t0 = performance.now();
  const sentences = trainingSentences(dataDir);
  const model = trainPerceptron(sentences, opts);
  const file = encodeWeights(model.bits, model.weights);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, file);
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  process.stderr.write(`sitrep train ner: ${sentences.length} sentences, ${opts.epochs} epochs, 2^${opts.bits} rows: ${out} (${(file.length / 2 ** 20).toFixed(2)} MB) in ${seconds} s\n`);
  if (values['no-eval']) return 0;
  // score what was written, Int16 rounding included, as the places stage will load it
  const tagger = createTagger(decodeWeights(file, out));
  const files = nerCorpusFiles(dataDir);
  const sets = {
    'CoNLL-2003 valid (eng.testa)': readTaggedJsonl(files.conllValid),
    'CoNLL-2003 test (eng.testb)': readTaggedJsonl(files.conllTest),
    'wikigold TEST': wikigoldSplit(files.wikigold, 'test'),
  };
  for (const [name, set] of Object.entries(sets)) process.stdout.write(`${formatScores(name, evaluateTagger(tagger, set))}\n`);
  return 0;
}

function formatScores(name: string, scores: Record<string, TypeScore>): string {
  const pct = (x: number) => (100 * x).toFixed(1);
  const rows = Object.entries(scores).map(([type, s]) => `  ${type.padEnd(8)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (gold ${s.gold})`);
  return [`${name}:`, ...rows].join('\n');
}
