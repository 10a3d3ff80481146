/**
 * The embedded defaults, pre-parsed: `npm run build` writes what `loadEmbeddedDefaults` makes
 * of `templates/` as JSON beside the CLI, with a digest of the texts it came from. Reading
 * that JSON costs a fraction of parsing the YAML on every start; a cache whose digest does
 * not match the files (an edited template, no rebuild) is ignored, so it can never be stale.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { EmbeddedDefaults } from '../lib/config/index.js';

/** Where the build puts the cache: beside this module (dist/cli/, the bundle's folder too). */
export const EMBEDDED_CACHE_FILE = fileURLToPath(
  new URL('./embedded-defaults.json', import.meta.url),
);

/** The cache file's content. */
export interface EmbeddedCache {
  digest: string;
  defaults: EmbeddedDefaults;
}

/** A digest of the templates folder's files (name → text), independent of their order. */
export function digestOf(files: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256');
  for (const name of [...files.keys()].sort()) {
    const text = files.get(name) ?? '';
    hash.update(`${name}\0${text.length}\0${text}\0`);
  }
  return hash.digest('hex');
}

/** The cached defaults if `cacheText` is a cache of exactly `files`, else undefined. */
export function cachedDefaults(
  cacheText: string | undefined,
  files: ReadonlyMap<string, string>,
): EmbeddedDefaults | undefined {
  if (cacheText === undefined) return undefined;
  try {
    const cache = JSON.parse(cacheText) as Partial<EmbeddedCache>;
    return cache.digest === digestOf(files) ? cache.defaults : undefined;
  } catch {
    return undefined;
  }
}
