#!/usr/bin/env node
// Runs the compiled dist/ when it was built from src/ as it is now (`npm install` builds it), which starts
// in a fraction of the time; otherwise src/ through tsx, so an edit is never shadowed by stale output.
// SITREP_RUN_FROM=src or =dist forces one (dist fails when it is missing or stale).
import { setFlagsFromString } from 'node:v8';
import { pathToFileURL } from 'node:url';
import { currentDistEntry } from '../scripts/dist.mjs';

// V8 first runs a regular expression through its bytecode interpreter and compiles it to machine code when it runs
// again ("tier-up"). For the lexicons' large alternations (the realis "descriptive" pattern is 17,456 characters, 'gi')
// the bytecode compilation alone took 130-150 ms of `sitrep extract`'s start, against about 25 ms to compile to
// machine code directly. Matching is the same either way (only how a pattern is run changes); set before
// Sitrep's modules load (scripts/dist.mjs, imported above, only checks stamps), so every pattern is compiled so. A 100-article extract was no slower (CPU 4.5 -> 4.4 s).
setFlagsFromString('--no-regexp-tier-up');

const runFrom = process.env.SITREP_RUN_FROM;
const dist = runFrom === 'src' ? null : currentDistEntry();
if (runFrom === 'dist' && !dist) {
  process.stderr.write('sitrep: SITREP_RUN_FROM=dist but dist/ is missing or older than src/; run npm run build\n');
  process.exit(70);
}
let main;
if (dist) {
  ({ main } = await import(pathToFileURL(dist).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
