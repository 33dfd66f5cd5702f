// Compiled JavaScript for fast start-up: `src/**/*.ts` → `dist/**/*.js`, one file per source file at the
// same depth, so every path a module builds from its own location (lexicons/, models/, web/, ../shared)
// resolves alike from both layouts. `bin/sitrep.js` runs dist/ only while its stamp matches src/ as it
// is now; otherwise it runs src/ through tsx, so an edited source is never shadowed by stale output.
//   node scripts/dist.mjs          build (npm's `prepare` runs this on `npm install` and `npm ci`)
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = 'build-stamp.txt';
const THIS_FILE = fileURLToPath(import.meta.url);

/** The sources that go into dist/: every .ts file under src/ but the tests. */
function sources(root) {
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) out.push(p);
    }
  };
  walk(join(root, 'src'));
  return out.sort();
}

/**
 * A name for src/ as it is now: every source's path, size and modification time, and this script's own.
 * Any edit, added or deleted file changes it; stat calls only, so checking it costs milliseconds.
 */
export function sourceStamp(root = ROOT) {
  const h = createHash('sha256');
  for (const f of [...sources(root), THIS_FILE]) {
    const name = relative(root, f).split(sep).join('/');
    try {
      const st = statSync(f);
      h.update(`${name}\0${st.size}\0${st.mtimeMs}\n`);
    } catch {
      // deleted meanwhile, or a dangling link (an editor's lock file): a state no build matches
      h.update(`${name}\0unreadable ${Math.random()}\n`);
    }
  }
  return h.digest('hex');
}

/** dist/'s entry point when dist/ was built from src/ as it is now, else null. */
export function currentDistEntry(root = ROOT) {
  let stamp;
  try {
    stamp = readFileSync(join(root, 'dist', STAMP), 'utf8');
  } catch {
    return null;
  }
  try {
    return stamp === sourceStamp(root) ? join(root, 'dist', 'cli', 'main.js') : null;
  } catch {
    // src/ unreadable: let tsx say what is wrong
    return null;
  }
}

/** esbuild is tsx's own dependency, so it is present wherever tsx is. */
function loadEsbuild(root) {
  const req = createRequire(join(root, 'package.json'));
  try {
    return req('esbuild');
  } catch {
    return createRequire(req.resolve('tsx/package.json'))('esbuild');
  }
}

/** Where dist/ keeps its one bundled package (see buildVendorZod), relative to dist/. */
const VENDOR_ZOD = join('vendor', 'zod.js');

/**
 * zod in one file, with only what the sources can reach: the schema builders (`z.string()`, `z.object()`, …, each
 * class with its methods and the English messages), NEVER and ZodError. The package's ES entry loads 95 modules and
 * 854 KB of source (every locale of its messages, the JSON-Schema converters), whose loading took 190-215 ms of CPU at
 * each start; this file loads in about 50 ms. It is the package's own code, so parses and messages are alike. When a
 * source calls a `z.` member the bundle lacks, the whole package is bundled instead.
 */
async function buildVendorZod(esbuild, root, outfile) {
  const req = createRequire(join(root, 'package.json'));
  const dir = dirname(req.resolve('zod'));
  const at = (f) => JSON.stringify(join(dir, f));
  const lean = [
    `import * as schemas from ${at('v4/classic/schemas.js')};`,
    `import { ZodError } from ${at('v4/classic/errors.js')};`,
    `import { NEVER } from ${at('v4/core/core.js')};`,
    'export const z = { ...schemas, NEVER, ZodError };',
    'export { ZodError };',
  ].join('\n');
  const whole = `import * as z from ${at('v4/classic/external.js')};\nexport { z };\nexport { ZodError } from ${at('v4/classic/external.js')};`;
  const build = (contents) => esbuild.build({ stdin: { contents, resolveDir: root, loader: 'js' }, outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' });
  await build(lean);
  const { z } = await import(`${pathToFileURL(outfile).href}?${Date.now()}`);
  const used = new Set();
  for (const f of sources(root)) for (const m of readFileSync(f, 'utf8').matchAll(/\bz\.([A-Za-z_$][\w$]*)\s*\(/g)) used.add(m[1]);
  if ([...used].some((name) => typeof z[name] !== 'function')) await build(whole);
}

/**
 * models/ner.bin gunzipped, after the SHA-256 of the gzipped bytes, as dist/ner.unzipped: src/models/ner/model.ts reads
 * it instead of gunzipping (about 40 ms a start) while the committed file's digest matches, so a retrained model is never
 * shadowed. The repository keeps only the gzipped file. No model, no file.
 */
export function writeUnzippedNer(root, outDir) {
  let gz;
  try {
    gz = readFileSync(join(root, 'models', 'ner.bin'));
  } catch {
    return;
  }
  let body;
  try {
    body = gunzipSync(gz);
  } catch {
    // not gzip: the loader says so with its own message
    return;
  }
  writeFileSync(join(outDir, 'ner.unzipped'), Buffer.concat([createHash('sha256').update(gz).digest(), body]));
}

/**
 * Builds dist/ (or `outDir`, a folder directly under the root) into a fresh folder and swaps it in, so a
 * process starting meanwhile sees old or new, never half. Returns the number of source files.
 */
export async function buildDist(root = ROOT, outDir = join(root, 'dist')) {
  const stamp = sourceStamp(root);
  const esbuild = loadEsbuild(root);
  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: sources(root),
    outdir: tmp,
    outbase: join(root, 'src'),
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // each file stays its own module: imports are left to Node, relative ones renamed .ts → .js
    bundle: true,
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [{
      name: 'keep-modules-apart',
      setup(build) {
        build.onResolve({ filter: /^\.\.?\// }, (args) => ({ path: args.path.replace(/\.ts$/, '.js'), external: true }));
        // zod from dist/vendor/zod.js, at the importer's depth
        build.onResolve({ filter: /^zod$/ }, (args) => {
          const rel = relative(dirname(relative(join(root, 'src'), args.importer)), VENDOR_ZOD).split(sep).join('/');
          return { path: rel.startsWith('.') ? rel : `./${rel}`, external: true };
        });
      },
    }],
  });
  await buildVendorZod(esbuild, root, join(tmp, VENDOR_ZOD));
  writeUnzippedNer(root, tmp);
  writeFileSync(join(tmp, STAMP), stamp);
  const old = `${outDir}.old-${process.pid}`;
  try {
    renameSync(outDir, old);
  } catch {
    // no dist/ yet
  }
  renameSync(tmp, outDir);
  rmSync(old, { recursive: true, force: true });
  return sources(root).length;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const started = Date.now();
  try {
    const n = await buildDist();
    process.stderr.write(`sitrep: built dist/ from ${n} source files in ${Date.now() - started} ms\n`);
  } catch (e) {
    // never fail an install over it: bin/sitrep.js runs src/ through tsx when dist/ is missing
    process.stderr.write(`sitrep: could not build dist/ (${e instanceof Error ? e.message : e}); the CLI will run src/ through tsx\n`);
  }
}
