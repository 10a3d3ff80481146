/**
 * The embedded defaults, pre-parsed: `npm run build` writes what `loadEmbeddedDefaults` makes
 * of `templates/` as JSON beside the CLI, with the parse trees of its injection templates and
 * the texts it all came from. Reading that JSON costs a fraction of parsing the YAML and the
 * templates on every start; a cache whose texts are not exactly the files' (an edited
 * template, no rebuild) is ignored, so it can never be stale. (The
 * texts themselves, not a digest of them: comparing strings is cheaper than loading
 * node:crypto and hashing them on every start.)
 */
import { fileURLToPath } from 'node:url';
import type { EmbeddedDefaults } from '../lib/config/index.js';
import type { StoredTrees } from '../lib/template/parse/stored.js';

/** Where the build puts the cache: beside this module (dist/cli/, the bundle's folder too). */
export const EMBEDDED_CACHE_FILE = fileURLToPath(
  new URL('./embedded-defaults.json', import.meta.url),
);

/** What the cache holds for a run. */
export interface Embedded {
  defaults: EmbeddedDefaults;
  /** The parse trees of `defaults.injector.templates` (lib/inject/render.ts's storeTemplate), by name. */
  trees: Record<string, StoredTrees>;
}

/** The cache file's content. */
export interface EmbeddedCache {
  /** The templates folder's files (name → text) the defaults were made from. */
  files: Record<string, string>;
  defaults: EmbeddedDefaults;
  /**
   * Each template's trees as JSON text, parsed only when the template is used: most runs use
   * only `sidecar`, and parsing the others' (~35 KB of JSON, ~180 KB of young objects) on every
   * start helped fill the young generation that start-up scavenges.
   */
  trees: Record<string, string>;
}

/**
 * The cache's content for `embedded`, made from `files`: ASCII only (other characters as
 * JSON escapes), so that reading it makes a one-byte string (one non-ASCII character, in
 * templates/README.md, made all ~180 KB of it a two-byte string).
 */
export function cacheOf(files: ReadonlyMap<string, string>, embedded: Embedded): string {
  const trees = Object.entries(embedded.trees).map(([name, t]): [string, string] => [
    name,
    JSON.stringify(t),
  ]);
  const json = JSON.stringify({
    files: Object.fromEntries(files),
    defaults: embedded.defaults,
    trees: Object.fromEntries(trees),
  } satisfies EmbeddedCache);
  return json.replace(
    /[^\x00-\x7f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The cached defaults and trees if `cacheText` is a cache of exactly `files`, else undefined. */
export function cachedEmbedded(
  cacheText: string | undefined,
  files: ReadonlyMap<string, string>,
): Embedded | undefined {
  if (cacheText === undefined) return undefined;
  try {
    const { files: cached = {}, defaults, trees } = JSON.parse(cacheText) as Partial<EmbeddedCache>;
    const same =
      Object.keys(cached).length === files.size &&
      [...files].every(([name, text]) => Object.hasOwn(cached, name) && cached[name] === text);
    return same && defaults !== undefined && trees !== undefined
      ? { defaults, trees: lazyTrees(trees) }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The trees of `texts` (JSON, by name), each parsed on first use. A text that is not JSON reads
 * as no trees, which the renderer treats as damaged ones: the template is parsed from its text.
 */
function lazyTrees(texts: Record<string, string>): Embedded['trees'] {
  const trees: Embedded['trees'] = {};
  for (const [name, text] of Object.entries(texts)) {
    let parsed: StoredTrees | undefined;
    Object.defineProperty(trees, name, {
      enumerable: true,
      get: () => (parsed ??= parseOrUndefined(text)),
    });
  }
  return trees;
}

function parseOrUndefined(text: unknown): StoredTrees | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text) as StoredTrees;
  } catch {
    return undefined;
  }
}
