/**
 * The embedded defaults, pre-parsed: `npm run build` writes what `loadEmbeddedDefaults` makes
 * of `templates/` beside the CLI, with the parse trees of its injection templates and the
 * bytes of the files it all came from. Reading it costs a fraction of parsing the YAML and the
 * templates on every start; a cache whose bytes are not exactly the files' (an edited
 * template, no rebuild) is ignored, so it can never be stale. (The bytes themselves, not a
 * digest of them: comparing bytes is cheaper than loading node:crypto and hashing them on
 * every start, and than decoding the files to compare texts, as an earlier form did.)
 *
 * The file is the JSON of an {@link EmbeddedCache} (ASCII only, so one line), a newline, then
 * the files' bytes one after another, in the order `files` lists them.
 */
import { Buffer } from 'node:buffer';
import { fileURLToPath } from 'node:url';
import type { EmbeddedDefaults } from '../lib/config/index.js';
import type { StoredTrees } from '../lib/template/parse/stored.js';

/** Where the build puts the cache: beside this module (dist/cli/, the bundle's folder too). */
export const EMBEDDED_CACHE_FILE = fileURLToPath(
  new URL('./embedded-defaults.cache', import.meta.url),
);

/** What the cache holds for a run. */
export interface Embedded {
  defaults: EmbeddedDefaults;
  /** The parse trees of `defaults.injector.templates` (lib/inject/render.ts's storeTemplate), by name. */
  trees: Record<string, StoredTrees>;
}

/** The cache file's JSON. */
export interface EmbeddedCache {
  /**
   * The templates folder's files the defaults were made from: name and length in bytes, in
   * the order their bytes follow the JSON.
   */
  files: [name: string, bytes: number][];
  defaults: EmbeddedDefaults;
  /**
   * Each template's trees as JSON text, parsed only when the template is used: most runs use
   * only `sidecar`, and parsing the others' (~35 KB of JSON, ~180 KB of young objects) on every
   * start helped fill the young generation that start-up scavenges.
   */
  trees: Record<string, string>;
}

/** The bytes that end the JSON: JSON.stringify writes no raw line break. */
const NEWLINE = 0x0a;

/**
 * The cache's content for `embedded`, made from `files` (name → bytes). Its JSON is ASCII
 * only (other characters as JSON escapes), so that a run reads it as Latin-1, the cheapest
 * decoding, and finds its end at the first newline.
 */
export function cacheOf(files: ReadonlyMap<string, Uint8Array>, embedded: Embedded): Buffer {
  const trees = Object.entries(embedded.trees).map(([name, t]): [string, string] => [
    name,
    JSON.stringify(t),
  ]);
  const json = JSON.stringify({
    files: [...files].map(([name, bytes]): [string, number] => [name, bytes.length]),
    defaults: embedded.defaults,
    trees: Object.fromEntries(trees),
  } satisfies EmbeddedCache).replace(
    /[^\x00-\x7f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return Buffer.concat([Buffer.from(`${json}\n`, 'latin1'), ...files.values()]);
}

/**
 * The cached defaults and trees if `cache` is a cache of exactly `files` (name → bytes: the
 * same names, each with the same bytes), else undefined.
 */
export function cachedEmbedded(
  cache: Uint8Array | undefined,
  files: ReadonlyMap<string, Uint8Array>,
): Embedded | undefined {
  if (cache === undefined) return undefined;
  const bytes = Buffer.from(cache.buffer, cache.byteOffset, cache.byteLength);
  const end = bytes.indexOf(NEWLINE);
  if (end < 0) return undefined;
  try {
    const {
      files: listed,
      defaults,
      trees,
    } = JSON.parse(bytes.toString('latin1', 0, end)) as Partial<EmbeddedCache>;
    if (!Array.isArray(listed) || new Set(listed.map(([name]) => name)).size !== files.size)
      return undefined;
    let at = end + 1;
    for (const [name, length] of listed) {
      const file = files.get(name);
      if (file?.length !== length || Buffer.compare(file, bytes.subarray(at, at + length)) !== 0)
        return undefined;
      at += length;
    }
    return at === bytes.length && defaults !== undefined && trees !== undefined
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
