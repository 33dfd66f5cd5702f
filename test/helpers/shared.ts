import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestContext } from 'node:test';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The shared evaluation data sits beside the repository. */
export const SHARED = resolve(REPO, '..', 'shared');

export function sharedPath(...parts: string[]): string {
  return join(SHARED, ...parts);
}

/**
 * True when the shared file exists. Otherwise the test is skipped with a printed notice —
 * except under CI=true, where missing shared data is a failure.
 */
export function haveShared(t: TestContext, file: string): boolean {
  if (existsSync(file)) return true;
  if (process.env.CI === 'true') throw new Error(`shared data missing in CI: ${file}`);
  console.log(`# skipped: ${file} not found (shared data absent)`);
  t.skip(`${file} not found`);
  return false;
}
