import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const WEB_DIR = join(REPO_ROOT, 'web');

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
/** Only plain names are served from web/: no dots beyond the extension, no sub-paths, so no way out of the folder. */
const SERVABLE_NAME = /^[a-z0-9][a-z0-9_-]*\.(html|js|css|svg|png|ico)$/;

export interface Asset {
  readonly file: string;
  readonly type: string;
  /** Vendored library files never change for a given install; the UI's own files may. */
  readonly immutable: boolean;
}

/**
 * The complete table of files the server may send, keyed by URL path. Static requests are looked
 * up here and nowhere else, so a path that is not in the table (../, %2e%2e, absolute paths,
 * dot-files) cannot reach the file system at all.
 */
export function createAssetTable(webDir = WEB_DIR): ReadonlyMap<string, Asset> {
  const req = createRequire(join(REPO_ROOT, 'package.json'));
  const pkgDir = (name: string) => dirname(req.resolve(`${name}/package.json`));
  const table = new Map<string, Asset>();
  const add = (url: string, file: string, immutable: boolean) => {
    table.set(url, { file, type: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', immutable });
  };
  const leaflet = join(pkgDir('leaflet'), 'dist');
  add('/vendor/leaflet.js', join(leaflet, 'leaflet.js'), true);
  add('/vendor/leaflet.css', join(leaflet, 'leaflet.css'), true);
  for (const img of ['layers.png', 'layers-2x.png', 'marker-icon.png', 'marker-icon-2x.png', 'marker-shadow.png']) {
    add(`/vendor/images/${img}`, join(leaflet, 'images', img), true);
  }
  const cluster = join(pkgDir('leaflet.markercluster'), 'dist');
  add('/vendor/leaflet.markercluster.js', join(cluster, 'leaflet.markercluster.js'), true);
  add('/vendor/MarkerCluster.css', join(cluster, 'MarkerCluster.css'), true);
  add('/vendor/MarkerCluster.Default.css', join(cluster, 'MarkerCluster.Default.css'), true);
  add('/vendor/topojson-client.js', join(pkgDir('topojson-client'), 'dist', 'topojson-client.min.js'), true);
  const atlas = pkgDir('world-atlas');
  add('/geo/countries-110m.json', join(atlas, 'countries-110m.json'), true);
  add('/geo/countries-50m.json', join(atlas, 'countries-50m.json'), true);

  let names: string[] = [];
  try {
    names = readdirSync(webDir);
  } catch {
    // No web/ folder: the API still works, the UI routes simply 404.
  }
  for (const name of names) if (SERVABLE_NAME.test(name)) add(`/${name}`, join(webDir, name), false);
  if (table.has('/index.html')) table.set('/', table.get('/index.html') as Asset);
  return table;
}

/** Vendored files are read once; the UI's own files on every request, so edits show on reload. */
export function createAssetReader(): (asset: Asset) => Promise<Buffer> {
  const cache = new Map<string, Promise<Buffer>>();
  return (asset) => {
    if (!asset.immutable) return readFile(asset.file);
    let body = cache.get(asset.file);
    if (!body) {
      body = readFile(asset.file);
      body.catch(() => cache.delete(asset.file));
      cache.set(asset.file, body);
    }
    return body;
  };
}
