import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type winkNLP from 'wink-nlp';

export type WinkModel = Parameters<typeof winkNLP>[0];

const require = createRequire(import.meta.url);
const PACKAGE = 'wink-eng-lite-web-model';
/** The release whose core-model format readCoreModel follows; any other loads through the package itself. */
const KNOWN_VERSION = '1.8.1';

/** A state machine that recognises nothing, in the form wink's automaton imports. */
const EMPTY_MACHINE = JSON.stringify([0, 0, { 0: {} }, {}, {}, {}]);

/**
 * wink-eng-lite-web-model for a pipe of sentences and part-of-speech tags only (`['sbd', 'pos']`), with
 * its core model read in half the time. The package's own reader parses the 3 MB JSON when its module loads, copies the whole of it again (JSON.parse of JSON.stringify,
 * to keep the cached module pristine) and decodes its base64 tables a byte at a time through atob:
 * a quarter of `sitrep extract`'s start. We parse the file once, into an object no one else holds,
 * and decode with Buffer; the model built is the same, as segment.test.ts checks against the package's.
 */
export function segmentWinkModel(): WinkModel {
  const dir = dirname(require.resolve(`${PACKAGE}/package.json`));
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  if (version !== KNOWN_VERSION) return require(PACKAGE) as WinkModel;
  const dist = join(dir, 'dist');
  const part = (name: string) => require(join(dist, name)) as unknown;
  // what the package's dist/model.js assembles, but its core loader
  const model = Object.create(null) as Record<string, unknown>;
  model.core = () => readCoreModel(join(dist, 'languages', 'cur', 'models', 'eng-core-web-model.json'));
  model.sbd = part('load-sbd-model.js');
  model.pos = part('load-pos-model.js');
  // wink builds every pass's machines whatever its pipe; the segmenter's pipe has no entities, negation or
  // sentiment, so theirs are left empty rather than parsed (600 KB of JSON, twice) for nothing
  const unused = () => ({ machines: [EMPTY_MACHINE], transformers: [], setter: () => {} });
  model.ner = () => ({ machines: [], transformers: [] });
  model.negation = unused;
  model.sa = unused;
  model.metaCER = part('load-cer-meta-model.js');
  model.featureFn = part('feature.js');
  // the addons serve its.stem, its.lemma and its.readabilityStats, which the segmenter never asks for: each is read
  // on its first call (the lemmatizer's WordNet exception tables alone are 220 KB of source to compile at every start)
  const addons = Object.create(null) as Record<string, unknown>;
  addons.stem = onFirstCall(() => part('porter-stemmer.js'));
  addons.lemmatize = onFirstCall(() => part('lemmatize.js'));
  addons.readabilityStats = onFirstCall(() => part('readability-stats.js'));
  addons.wordVectors = undefined;
  model.addons = addons;
  return model as unknown as WinkModel;
}

/** A function that loads the real one when first called and passes every call on to it. */
function onFirstCall(load: () => unknown): (...args: unknown[]) => unknown {
  let fn: ((...args: unknown[]) => unknown) | undefined;
  return (...args) => (fn ??= load() as (...args: unknown[]) => unknown)(...args);
}

type Layout = Record<string, number[]>;
interface Feature {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}
interface CoreModel {
  packing: { layout: Layout; efList?: string[] };
  features: Record<string, Feature> & { posClusters: { list: (string | Set<number>)[] } };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/** The package's read-core-model.js and load-core-model.js (release 1.8.1) in one, over a file we parse ourselves. */
export function readCoreModel(file: string): unknown {
  const model = JSON.parse(readFileSync(file, 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = uint32FromBase64(model.lexicon as string);
  model.xpansions = uint32FromBase64(model.xpansions as string);
  for (const f in packing.layout) if (packing.layout[f][3] === 0) features[f].hash = indexOf(features[f].list);
  features.lexeme.hash = indexOf(features.lexeme.list);
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const l = packing.layout[f];
    if (l[3] === 0) {
      features[f].intrinsicSize = features[f].list.length;
      features[f].index = features[f].list.length;
      features[f].maxIndex = l[1] >>> l[2];
    }
    if (l[4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

function indexOf(list: readonly string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) hash[list[k]] = k;
  return hash;
}

/** A table of its own (not a view into Buffer's shared pool), as atob's copy was. */
function uint32FromBase64(data: string): Uint32Array {
  const bytes = Buffer.from(data, 'base64');
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  return new Uint32Array(out.buffer);
}
