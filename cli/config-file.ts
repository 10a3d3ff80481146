/**
 * Options from files: a repository's `.kinject.yaml` (found upward from the working directory,
 * or named with `--config`) and a `Kinject` resource (a KRM function config or a kustomize
 * transformer config). Both hold the long flags' names as keys, so every option in the table
 * of `args.ts` is a config key without further code; they become command-line arguments that
 * go before the user's own, which therefore override them.
 */
import path from 'node:path';
import { LineCounter, isMap, isScalar, parseDocument, type Node } from 'yaml';
import { KinjectError, type Position } from '../lib/errors.js';
import { isJsonMap, type JsonMap } from '../lib/go/json-map.js';
import { PARSE_OPTIONS, anchorsOf, decodedValue } from '../lib/yaml/index.js';
import { plainValue } from '../lib/config/parse-data.js';
import { OPTIONS, type OptionRow } from './args.js';
import type { CliIO } from './io.js';

/** The file name searched for. */
export const CONFIG_FILE_NAME = '.kinject.yaml';

/** The resource type of a function or transformer config that holds kinject's options in `spec`. */
export const KINJECT_API_VERSION = 'kinject.dev/v1alpha1';
export const KINJECT_KIND = 'Kinject';

/** Options that name this one run, not how a repository injects: never taken from a file. */
const COMMAND_LINE_ONLY: ReadonlySet<string> = new Set([
  'help',
  'version',
  'config',
  'filename',
  'output',
]);

/** One option as a file wrote it. */
export interface Setting {
  key: string;
  value: unknown;
  /** Where the key is (for an unknown key) and where the value is (for a bad value). */
  keyPos?: Position;
  valuePos?: Position;
}

/** How the settings of one source become arguments. */
export interface SettingsSource {
  /** The file named in errors. */
  file: string;
  /** Relative paths in FILE-valued options are resolved against this folder (relative to cwd). */
  baseDir: string;
  /** A ConfigMap's `data`: every value is a string ("true", one list entry per line). */
  stringsOnly?: boolean;
}

/** The placeholder of an option whose values are files: those resolve against the config's folder. */
const isPathOption = (row: OptionRow): boolean => /\b(FILE|DIR)\b/.test(row.arg ?? '');
/** K=V options also take a mapping. */
const isPairOption = (row: OptionRow): boolean => row.arg === 'K=V';

/** The command-line arguments that `settings` stand for; a bad key or value is a CONFIG error at its line. */
export function settingsToArgs(settings: readonly Setting[], source: SettingsSource): string[] {
  return settings.flatMap((s) => {
    const row = OPTIONS[s.key];
    if (row === undefined || COMMAND_LINE_ONLY.has(s.key)) {
      const known = Object.keys(OPTIONS).filter(
        (k) => !COMMAND_LINE_ONLY.has(k) && !k.startsWith('no-'),
      );
      throw new KinjectError(
        'CONFIG',
        `unknown option ${JSON.stringify(s.key)} (keys are kinject's long flags: ${known.join(', ')})`,
        { file: source.file, pos: s.keyPos },
      );
    }
    const bad = (expected: string): KinjectError =>
      new KinjectError('CONFIG', `${s.key}: expected ${expected}`, {
        file: source.file,
        pos: s.valuePos ?? s.keyPos,
      });
    if (row.type === 'boolean') {
      const on = source.stringsOnly ? parseBooleanText(s.value) : s.value;
      if (typeof on !== 'boolean') throw bad('true or false');
      if (on) return [`--${s.key}`];
      return OPTIONS[`no-${s.key}`] ? [`--no-${s.key}`] : [];
    }
    const values = settingValues(s.value, row, source.stringsOnly === true);
    if (values === undefined)
      throw bad(
        row.multiple
          ? `a value or a list of values${isPairOption(row) ? ' or a mapping' : ''}`
          : 'a value',
      );
    return values.map(
      (v) => `--${s.key}=${isPathOption(row) ? resolvePath(v, source.baseDir) : v}`,
    );
  });
}

/** "true"/"false" as booleans; anything else is returned unchanged (and then rejected). */
function parseBooleanText(v: unknown): unknown {
  return v === 'true' ? true : v === 'false' ? false : v;
}

/** The option's values as texts; undefined when the value has the wrong shape. */
function settingValues(value: unknown, row: OptionRow, stringsOnly: boolean): string[] | undefined {
  const scalar = (v: unknown): string | undefined =>
    typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
      ? String(v)
      : undefined;
  if (!row.multiple) {
    const one = scalar(value);
    return one === undefined ? undefined : [one];
  }
  if (stringsOnly && typeof value === 'string')
    return value
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
  if (Array.isArray(value)) {
    const all = value.map(scalar);
    return all.every((v) => v !== undefined) ? all : undefined;
  }
  if (isPairOption(row) && isJsonMap(value)) {
    const pairs = Object.entries(value).map(([k, v]) => [k, scalar(v)] as const);
    return pairs.every(([, v]) => v !== undefined) ? pairs.map(([k, v]) => `${k}=${v}`) : undefined;
  }
  const one = scalar(value);
  return one === undefined ? undefined : [one];
}

function resolvePath(file: string, baseDir: string): string {
  return file === '-' || path.isAbsolute(file) || baseDir === '.' ? file : path.join(baseDir, file);
}

/** Whether a value is a `Kinject` resource (apiVersion kinject.dev/v1alpha1, kind Kinject). */
export function isKinjectResource(value: unknown): value is JsonMap {
  return (
    isJsonMap(value) &&
    value['apiVersion'] === KINJECT_API_VERSION &&
    value['kind'] === KINJECT_KIND
  );
}

/** A parsed config file: its settings, and whether it is a `Kinject` resource. */
export interface ConfigFile {
  settings: Setting[];
  /** A `Kinject` resource's options are a function config: they layer over `.kinject.yaml`. */
  isResource: boolean;
}

/**
 * Read a config file's text: a mapping of options, or a `Kinject` resource holding them in
 * `spec` (which may be absent). Anything else is a CONFIG error at its line.
 */
export function parseConfigFile(text: string, file: string): ConfigFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...PARSE_OPTIONS, lineCounter });
  const posOf = (node: Node | null | undefined): Position | undefined =>
    node?.range ? lineCounter.linePos(node.range[0]) : undefined;
  const firstError = doc.errors[0];
  if (firstError)
    throw new KinjectError('CONFIG', firstError.message.split('\n')[0] ?? 'invalid YAML', {
      file,
      pos: firstError.linePos?.[0],
    });
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null))
    return { settings: [], isResource: false };
  if (!isMap(root))
    throw new KinjectError('CONFIG', 'expected a mapping of options (the long flags’ names)', {
      file,
      pos: posOf(root),
    });
  // As every configuration text: no alias past go-yaml's bound, none to its own anchor.
  const value = plainValue(doc, lineCounter, file);
  const isResource = isKinjectResource(value);
  let options: unknown = root;
  if (isResource) {
    options = root.get('spec', true) ?? null;
    if (options === null || (isScalar(options) && options.value === null))
      return { settings: [], isResource };
    if (!isMap(options))
      throw new KinjectError('CONFIG', 'spec: expected a mapping of options', {
        file,
        pos: posOf(options as Node),
      });
  }
  // Each option's value as the whole document's is read (merge keys as go-yaml applies them).
  const anchors = anchorsOf(root);
  const settings = (options as { items: { key: unknown; value: unknown }[] }).items.map((pair) => {
    const key = pair.key as Node | null;
    const valueNode = pair.value as Node | null;
    return {
      key: isScalar(key) ? String(key.value) : String(key),
      value: valueNode === null ? null : (decodedValue(valueNode, anchors) ?? null),
      keyPos: posOf(key),
      valuePos: posOf(valueNode),
    };
  });
  return { settings, isResource };
}

/**
 * The `.kinject.yaml` that applies in `cwd`: the nearest one in it or a folder above it, not
 * looking past the repository's root (a folder holding `.git`), whose settings are its own.
 */
export async function findConfigFile(io: CliIO): Promise<string | undefined> {
  for (let dir = path.resolve(io.cwd); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if ((await io.kindOf(candidate)) === 'file') return candidate;
    if ((await io.kindOf(path.join(dir, '.git'))) !== undefined || path.dirname(dir) === dir)
      return undefined;
  }
}

/**
 * The arguments the config files contribute, before the user's: `.kinject.yaml` (found, or the
 * plain options file `--config` names), then a `Kinject` resource given with `--config` on top.
 */
export async function configFileArgs(config: string | undefined, io: CliIO): Promise<string[]> {
  const given = config === undefined ? undefined : await readConfig(config, io);
  if (given && !given.parsed.isResource) return given.args;
  const found = await findConfigFile(io);
  const repo = found === undefined ? [] : (await readConfig(displayPath(found, io), io)).args;
  return [...repo, ...(given?.args ?? [])];
}

/** A path as short as it can be said from cwd (reports and errors name it). */
function displayPath(file: string, io: CliIO): string {
  const relative = path.relative(io.cwd, file);
  return relative.startsWith('..') || relative === '' ? file : relative;
}

async function readConfig(
  file: string,
  io: CliIO,
): Promise<{ parsed: ConfigFile; args: string[] }> {
  let text: string;
  try {
    text = await io.readFile(path.resolve(io.cwd, file));
  } catch (e) {
    throw new KinjectError(
      'INPUT_READ',
      `cannot read: ${(e as Error).message}`,
      { file },
      { cause: e },
    );
  }
  const parsed = parseConfigFile(text, file);
  // A Kinject resource travels: kustomize and kpt hand it over as a copy, from the folder
  // they run in. A .kinject.yaml stays put: its paths are its own folder's.
  const baseDir = parsed.isResource ? '.' : path.dirname(file);
  return { parsed, args: settingsToArgs(parsed.settings, { file, baseDir }) };
}
