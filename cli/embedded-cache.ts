/**
 * The embedded defaults, pre-parsed: `npm run build` writes what `loadEmbeddedDefaults` makes
 * of `templates/` as JSON beside the CLI, with the texts it came from. Reading that JSON
 * costs a fraction of parsing the YAML on every start; a cache whose texts are not exactly
 * the files' (an edited template, no rebuild) is ignored, so it can never be stale. (The
 * texts themselves, not a digest of them: comparing strings is cheaper than loading
 * node:crypto and hashing them on every start.)
 */
import { fileURLToPath } from 'node:url';
import type { EmbeddedDefaults } from '../lib/config/index.js';

/** Where the build puts the cache: beside this module (dist/cli/, the bundle's folder too). */
export const EMBEDDED_CACHE_FILE = fileURLToPath(
  new URL('./embedded-defaults.json', import.meta.url),
);

/** The cache file's content. */
export interface EmbeddedCache {
  /** The templates folder's files (name → text) the defaults were made from. */
  files: Record<string, string>;
  defaults: EmbeddedDefaults;
}

/** The cache's content for `defaults` made from `files`. */
export function cacheOf(files: ReadonlyMap<string, string>, defaults: EmbeddedDefaults): string {
  return JSON.stringify({ files: Object.fromEntries(files), defaults } satisfies EmbeddedCache);
}

/** The cached defaults if `cacheText` is a cache of exactly `files`, else undefined. */
export function cachedDefaults(
  cacheText: string | undefined,
  files: ReadonlyMap<string, string>,
): EmbeddedDefaults | undefined {
  if (cacheText === undefined) return undefined;
  try {
    const cache = JSON.parse(cacheText) as Partial<EmbeddedCache>;
    const cached = cache.files ?? {};
    const same =
      Object.keys(cached).length === files.size &&
      [...files].every(([name, text]) => Object.hasOwn(cached, name) && cached[name] === text);
    return same ? cache.defaults : undefined;
  } catch {
    return undefined;
  }
}
