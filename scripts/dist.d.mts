// Types of scripts/dist.mjs, which stays plain JavaScript because `npm install` runs it before anything is built.
export declare const ROOT: string;
export declare function sourceStamp(root?: string): string;
export declare function currentDistEntry(root?: string): string | null;
export declare function buildDist(root?: string, outDir?: string): Promise<number>;
/** Writes models/ner.bin gunzipped, after the SHA-256 of the gzipped bytes, as OUTDIR/ner.unzipped (nothing when there is no model). */
export declare function writeUnzippedNer(root: string, outDir: string): void;
