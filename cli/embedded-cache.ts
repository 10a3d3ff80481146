/**
 * The embedded defaults, pre-parsed: `npm run build` writes what `loadEmbeddedDefaults` makes
 * of `templates/` beside the CLI, with the parse trees of its injection templates and the
 * bytes of the files it all came from. Reading it costs a fraction of parsing the YAML and the
 * templates on every start; a cache whose bytes are not exactly the files' (an edited
 * template, no rebuild) is ignored, so it can never be stale. (The bytes themselves, not a
 * digest of them: comparing bytes is cheaper than loading node:crypto and hashing them on
 * every start, and than decoding the files to compare texts, as an earlier form did.)
 *
 * The file is the JSON of an {@link EmbeddedCache} (ASCII only, so one line), a newline, the
 * files' bytes one after another in the order `files` lists them, the injection templates'
 * texts (UTF-8) in the order `templates` lists them, then each template's trees as JSON (ASCII
 * too) in the order `trees` lists them.
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
  /** The defaults, their injection templates' texts left out (`injector.templates` is `{}`). */
  defaults: EmbeddedDefaults;
  /**
   * The length in bytes of each injection template's text, after the files' bytes: decoded
   * from UTF-8 at a fraction of the cost of parsing them as JSON strings (~60 KB, a line
   * break or a quote escaped every few characters).
   */
  templates: Record<string, number>;
  /**
   * The length of each template's trees, as JSON after the templates' texts. They are decoded and
   * parsed only when the template is used: most runs use only `sidecar`, and parsing the
   * others' (~35 KB of JSON, ~180 KB of young objects) on every start helped fill the young
   * generation that start-up scavenges. (Held as JSON strings inside the JSON, as an earlier
   * form did, they were decoded and parsed twice, escaped quotes and all.)
   */
  trees: Record<string, number>;
}

/** The bytes that end the JSON: JSON.stringify writes no raw line break. */
const NEWLINE = 0x0a;

/**
 * The cache's content for `embedded`, made from `files` (name → bytes). Its JSON is ASCII
 * only (other characters as JSON escapes), so that a run reads it as Latin-1, the cheapest
 * decoding, and finds its end at the first newline.
 */
export function cacheOf(files: ReadonlyMap<string, Uint8Array>, embedded: Embedded): Buffer {
  const { defaults } = embedded;
  const texts = Object.entries(defaults.injector.templates).map(([name, text]) => {
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.toString('utf8') !== text) throw new Error(`template ${name}: not valid Unicode`);
    return [name, bytes] as const;
  });
  const trees = Object.entries(embedded.trees).map(
    ([name, t]) => [name, Buffer.from(asciiJson(t), 'latin1')] as const,
  );
  const lengths = (parts: readonly (readonly [string, Uint8Array])[]) =>
    Object.fromEntries(parts.map(([name, bytes]) => [name, bytes.length]));
  const json = asciiJson({
    files: [...files].map(([name, bytes]): [string, number] => [name, bytes.length]),
    defaults: { ...defaults, injector: { ...defaults.injector, templates: {} } },
    templates: lengths(texts),
    trees: lengths(trees),
  } satisfies EmbeddedCache);
  return Buffer.concat([
    Buffer.from(`${json}\n`, 'latin1'),
    ...files.values(),
    ...texts.map(([, bytes]) => bytes),
    ...trees.map(([, bytes]) => bytes),
  ]);
}

/** JSON with every character beyond ASCII as a JSON escape. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[^\x00-\x7f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
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
      templates,
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
    if (defaults === undefined || templates === undefined || trees === undefined) return undefined;
    const texts = pieces(templates, at);
    if (texts === undefined) return undefined;
    const stored = pieces(trees, texts.end);
    if (stored?.end !== bytes.length) return undefined;
    const decoded: Record<string, string> = {};
    for (const [name, from, to] of texts.pieces) decoded[name] = bytes.toString('utf8', from, to);
    return {
      defaults: { ...defaults, injector: { ...defaults.injector, templates: decoded } },
      trees: lazyTrees(bytes, stored.pieces),
    };
  } catch {
    return undefined;
  }
}

/**
 * Where the pieces of the lengths `lengths` lists are, one after another from `start`:
 * name, start and end of each, and where the last ends; undefined if a length is not one.
 */
function pieces(
  lengths: Record<string, number>,
  start: number,
): { pieces: [name: string, from: number, to: number][]; end: number } | undefined {
  const found: [string, number, number][] = [];
  let at = start;
  for (const [name, length] of Object.entries(lengths)) {
    if (!Number.isSafeInteger(length) || length < 0) return undefined;
    found.push([name, at, at + length]);
    at += length;
  }
  return { pieces: found, end: at };
}

/**
 * The trees in `bytes` at `pieces` (JSON), each parsed on first use. Trees that are not JSON
 * read as no trees, which the renderer treats as damaged ones: the template is parsed from
 * its text.
 */
function lazyTrees(bytes: Buffer, pieces: readonly [string, number, number][]): Embedded['trees'] {
  const trees: Embedded['trees'] = {};
  for (const [name, from, to] of pieces) {
    let parsed: StoredTrees | undefined;
    Object.defineProperty(trees, name, {
      enumerable: true,
      get: () => (parsed ??= parseOrUndefined(bytes.toString('latin1', from, to))),
    });
  }
  return trees;
}

function parseOrUndefined(text: string): StoredTrees | undefined {
  try {
    return JSON.parse(text) as StoredTrees;
  } catch {
    return undefined;
  }
}
