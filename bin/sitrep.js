#!/usr/bin/env node
// Runs the compiled dist/ when it was built from src/ as it is now (`npm install` builds it), which starts
// in a fraction of the time; otherwise src/ through tsx, so an edit is never shadowed by stale output.
// SITREP_RUN_FROM=src or =dist forces one (dist fails when it is missing or stale).
import { pathToFileURL } from 'node:url';
import { currentDistEntry } from '../scripts/dist.mjs';

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
