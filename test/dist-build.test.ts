import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { buildDist, currentDistEntry, sourceStamp } from '../scripts/dist.mjs';
import { REPO } from './helpers/shared.ts';

const BIN = join(REPO, 'bin', 'sitrep.js');
const EXAMPLES = join(REPO, 'examples');

test('dist/ counts as current only while src/ is as it was built: an edit, a touch, a new or a deleted file make it stale', () => {
  const root = mkdtempSync(join(tmpdir(), 'sitrep-dist-'));
  try {
    mkdirSync(join(root, 'src', 'geo'), { recursive: true });
    mkdirSync(join(root, 'dist'));
    const a = join(root, 'src', 'geo', 'a.ts');
    writeFileSync(a, 'export const a = 1;\n');
    const stampNow = () => writeFileSync(join(root, 'dist', 'build-stamp.txt'), sourceStamp(root));
    assert.equal(currentDistEntry(root), null, 'no stamp, no dist');
    stampNow();
    assert.equal(currentDistEntry(root), join(root, 'dist', 'cli', 'main.js'));

    writeFileSync(a, 'export const a = 2;\n');
    assert.equal(currentDistEntry(root), null, 'an edit of the same size');
    stampNow();
    utimesSync(a, new Date(2001, 0, 1), new Date(2001, 0, 1));
    assert.equal(currentDistEntry(root), null, 'an older time, as a copy that keeps times gives');
    stampNow();
    writeFileSync(join(root, 'src', 'b.ts'), '');
    assert.equal(currentDistEntry(root), null, 'a new file');
    stampNow();
    writeFileSync(join(root, 'src', 'geo', 'a.test.ts'), '');
    assert.ok(currentDistEntry(root), 'tests are not built, so they do not count');
    rmSync(join(root, 'src', 'b.ts'));
    assert.equal(currentDistEntry(root), null, 'a deleted file');
    stampNow();
    symlinkSync(join(root, 'nowhere'), join(root, 'src', '.#a.ts'));
    assert.equal(currentDistEntry(root), null, "an editor's dangling lock link is no crash, and no match");
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

function run(cmd: string[], env: NodeJS.ProcessEnv) {
  const r = spawnSync(process.execPath, cmd, { encoding: 'utf8', cwd: REPO, env: { ...process.env, ...env }, timeout: 300_000 });
  assert.equal(r.status, 0, r.stderr);
  return { out: r.stdout, err: r.stderr };
}

test('the compiled CLI prints exactly what the TypeScript sources print', async () => {
  // `npm ci` builds dist/; under CI it must have, and must be current
  const entry = currentDistEntry();
  if (process.env.CI === 'true') assert.ok(entry, 'npm ci should have built dist/ (the prepare script)');
  const privateDist = join(REPO, `dist.test-${process.pid}`);
  try {
    const compiled = (args: string[]) => entry
      ? run([BIN, ...args], { SITREP_RUN_FROM: 'dist' })
      // sources edited since the last build: compile them privately, leaving dist/ to the processes using it
      : run(['--input-type=module', '-e', `const { main } = await import(${JSON.stringify(pathToFileURL(join(privateDist, 'cli', 'main.js')).href)}); process.exitCode = await main(${JSON.stringify(args)});`], {});
    if (!entry) await buildDist(REPO, privateDist);
    for (const args of [['extract', EXAMPLES], ['geoparse', join(EXAMPLES, '03-hasaka-clashes.txt')]]) {
      const fromDist = compiled(args);
      const fromSrc = run([BIN, ...args], { SITREP_RUN_FROM: 'src' });
      assert.ok(fromSrc.out.split('\n').length > 5, `${args[0]} printed records`);
      assert.equal(fromDist.out, fromSrc.out, `${args[0]}: stdout`);
      assert.equal(fromDist.err, fromSrc.err, `${args[0]}: stderr`);
    }
  } finally {
    rmSync(privateDist, { recursive: true, force: true });
  }
});

test("dist/'s own bundle of zod (what the sources use of it, without the package's 60 locales) checks and words issues as the package does", async () => {
  const entry = currentDistEntry();
  const privateDist = join(REPO, `dist.zod-test-${process.pid}`);
  try {
    if (!entry) await buildDist(REPO, privateDist);
    const vendor = join(entry ? join(REPO, 'dist') : privateDist, 'vendor', 'zod.js');
    const bundled = (await import(pathToFileURL(vendor).href)) as typeof import('zod');
    const real = await import('zod');
    const schema = (z: typeof real.z) =>
      z.array(
        z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('a'), id: z.string().regex(/^[a-z]+$/), n: z.number().min(0).max(9).optional() }).strict(),
          z.object({ kind: z.literal('b'), tag: z.enum(['x', 'y']), words: z.array(z.string().min(2)).min(1), w: z.record(z.string(), z.number()) }).strict(),
        ]),
      );
    const inputs: unknown[] = [
      [{ kind: 'a', id: 'abc', n: 3 }, { kind: 'b', tag: 'x', words: ['ok'], w: { a: 1 } }],
      [{ kind: 'a', id: 'AB', n: 12, extra: 1 }],
      [{ kind: 'b', tag: 'z', words: [], w: { a: 'no' } }],
      [{ kind: 'c' }, 'text', null],
    ];
    for (const input of inputs) {
      const mine = schema(bundled.z).safeParse(input);
      const theirs = schema(real.z).safeParse(input);
      assert.deepEqual(mine.success ? mine.data : mine.error.issues, theirs.success ? theirs.data : theirs.error.issues, JSON.stringify(input));
    }
    assert.ok(schema(bundled.z).safeParse(inputs[1]).error instanceof bundled.ZodError);
    assert.equal(typeof bundled.z.NEVER, 'object');
  } finally {
    rmSync(privateDist, { recursive: true, force: true });
  }
});
