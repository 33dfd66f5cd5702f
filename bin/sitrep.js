#!/usr/bin/env node
// Sitrep is written in TypeScript and run through tsx, so `npx sitrep` works straight after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
