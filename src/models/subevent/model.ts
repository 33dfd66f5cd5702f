import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SitrepError } from '../../errors.ts';
import { isSubEventType, type SubEventType } from '../../model/taxonomy.ts';
import { DIM, type Features } from './features.ts';

/** The committed weights (see MODEL.md beside this file). */
export const SUBEVENT_MODEL_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'models', 'subevent.bin');

const MAGIC = 'SITREP-SUBEVENT-1\n';

/**
 * Multinomial logistic regression over hashed features; weights kept only for the buckets training saw. Beside the
 * sub-event types it has one more output, "no ACLED event" (the abstain class, index `classes.length`), learned
 * from texts coders gave none of the types: whether a brief holds an event is the model's decision, not a cut-off.
 */
export interface SubEventModel {
  readonly classes: readonly SubEventType[];
  /**
   * Calibrated probabilities, in the order of `classes`, then that of no event (length `classes.length + 1`). A
   * type's probability is that the text reports an event of that type.
   */
  probabilities(f: Features): Float64Array;
  /** The rules' class stands while the model gives it at least this probability (see choose in train.ts). */
  readonly trustRules: number;
}

export interface DenseWeights {
  readonly classes: readonly SubEventType[];
  /** DIM × outputs (the classes and no event), row-major by bucket. */
  readonly w: Float32Array;
  readonly bias: Float32Array;
  /** Logits are divided by it before the softmax: fitted on held-out TRAIN rows, it makes the probabilities honest. */
  readonly temperature: number;
  readonly trustRules: number;
}

export function softmaxInto(z: Float64Array, temperature = 1): Float64Array {
  let max = -Infinity;
  for (let c = 0; c < z.length; c++) max = Math.max(max, z[c] / temperature);
  let sum = 0;
  for (let c = 0; c < z.length; c++) sum += z[c] = Math.exp(z[c] / temperature - max);
  for (let c = 0; c < z.length; c++) z[c] /= sum;
  return z;
}

/** The model's outputs: each sub-event type, then no event. */
export const outputsOf = (classes: readonly unknown[]): number => classes.length + 1;

/** Logits of a dense weight table (training and cross-validation use this form). */
export function logits(m: { w: Float32Array; bias: Float32Array }, C: number, f: Features, z = new Float64Array(C)): Float64Array {
  for (let c = 0; c < C; c++) z[c] = m.bias[c];
  for (let k = 0; k < f.idx.length; k++) {
    const base = f.idx[k] * C;
    const v = f.val[k];
    for (let c = 0; c < C; c++) z[c] += m.w[base + c] * v;
  }
  return z;
}

export function denseModel(d: DenseWeights): SubEventModel {
  const C = outputsOf(d.classes);
  return { classes: d.classes, trustRules: d.trustRules, probabilities: (f) => softmaxInto(logits(d, C, f), d.temperature) };
}

/**
 * The file: a magic line, a JSON header line, then for each kept bucket its index (uint32, ascending) and its
 * weights as int8 (one scale for the whole table). Quantising and dropping buckets whose weights all round to 0
 * keeps the file small; the same training gives the same bytes.
 */
export function serialise(d: DenseWeights): Buffer {
  const C = outputsOf(d.classes);
  let max = 0;
  for (const x of d.w) max = Math.max(max, Math.abs(x));
  const scale = max / 127 || 1;
  const rows: number[] = [];
  const q: number[] = [];
  for (let b = 0; b < DIM; b++) {
    let any = false;
    const row: number[] = [];
    for (let c = 0; c < C; c++) {
      const v = Math.round(d.w[b * C + c] / scale);
      row.push(v);
      if (v) any = true;
    }
    if (!any) continue;
    rows.push(b);
    q.push(...row);
  }
  const header = { model: 'subevent', version: 2, dim: DIM, classes: d.classes, scale: +scale.toPrecision(8), temperature: +d.temperature.toFixed(4), trustRules: d.trustRules, bias: [...d.bias].map((x) => +x.toFixed(4)), rows: rows.length };
  const idx = Buffer.alloc(rows.length * 4);
  rows.forEach((r, i) => idx.writeUInt32LE(r, i * 4));
  return Buffer.concat([Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`), idx, Buffer.from(Int8Array.from(q).buffer)]);
}

/** Reads a serialised model into a form as fast as the dense one: a bucket → row table and the int8 weights. */
export function deserialise(buf: Buffer, file = '(buffer)'): SubEventModel {
  const bad = (why: string) => new SitrepError('E_MODEL', `the sub-event model ${why}; rebuild it with "npx sitrep train subevent"`, { file });
  if (buf.subarray(0, MAGIC.length).toString() !== MAGIC) throw bad('is not a Sitrep sub-event model');
  const nl = buf.indexOf(10, MAGIC.length);
  let h: { version: number; dim: number; classes: string[]; scale: number; temperature: number; trustRules: number; bias: number[]; rows: number };
  try {
    h = JSON.parse(buf.subarray(MAGIC.length, nl).toString());
  } catch {
    throw bad('header is not JSON');
  }
  // version 2 added the no-event output
  if (h.version !== 2 || h.dim !== DIM || !h.classes.every(isSubEventType) || h.bias.length !== outputsOf(h.classes)) throw bad('header does not fit this version');
  const C = outputsOf(h.classes);
  const start = nl + 1;
  if (buf.length !== start + h.rows * 4 + h.rows * C) throw bad('is truncated');
  const rowOf = new Int32Array(DIM).fill(-1);
  for (let i = 0; i < h.rows; i++) rowOf[buf.readUInt32LE(start + i * 4)] = i;
  const q = new Int8Array(buf.buffer, buf.byteOffset + start + h.rows * 4, h.rows * C);
  const bias = Float64Array.from(h.bias);
  const classes = h.classes as SubEventType[];
  return {
    classes,
    trustRules: h.trustRules ?? 1,
    probabilities(f) {
      const z = Float64Array.from(bias);
      for (let k = 0; k < f.idx.length; k++) {
        const r = rowOf[f.idx[k]];
        if (r < 0) continue;
        const v = f.val[k] * h.scale;
        const base = r * C;
        for (let c = 0; c < C; c++) z[c] += q[base + c] * v;
      }
      return softmaxInto(z, h.temperature);
    },
  };
}

/** SITREP_SUBEVENT_MODEL names another weights file (a retrain under /tmp, to score it without overwriting the committed one). */
export function loadSubEventModel(file = process.env.SITREP_SUBEVENT_MODEL || SUBEVENT_MODEL_FILE): SubEventModel {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    throw new SitrepError('E_MODEL', `cannot read the sub-event model: ${(e as Error).message}; rebuild it with "npx sitrep train subevent"`, { file });
  }
  return deserialise(buf, file);
}
