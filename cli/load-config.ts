/** Reading the configuration files a run needs and building its {@link InjectionConfig}. */
import path from 'node:path';
import {
  buildInjectionConfig,
  loadEmbeddedDefaults,
  type ConfigText,
  type EmbeddedDefaults,
} from '../lib/config/index.js';
import type { InjectionConfig } from '../lib/config/types.js';
import {
  decideNativeSidecars,
  emptyControlPlane,
  missingPiecesError,
  pieceNames,
  readControlPlane,
  revisionPieces,
  type ControlPlane,
  type NativeSidecarDecision,
} from '../lib/control-plane/index.js';
import { KinjectError } from '../lib/errors.js';
import type { CliOptions } from './args.js';
import { cachedEmbedded, type Embedded } from './embedded-cache.js';
import type { CliIO } from './io.js';

/** One revision's configuration, and what the run should say about how it was made. */
export interface RevisionConfig {
  config: InjectionConfig;
  native: NativeSidecarDecision;
  /** Where the control plane had no injector ConfigMap and the embedded defaults stood in. */
  warnings: string[];
}

/** Everything configuration-related a run reads, once. */
export interface LoadedSources {
  controlPlane: ControlPlane;
  embedded: EmbeddedDefaults;
  /** The build's parse trees of the embedded injection templates, by name (none without its cache). */
  embeddedTrees: Embedded['trees'];
  /** The user's files, read. */
  injector?: ConfigText;
  values: ConfigText[];
  mesh?: ConfigText;
}

/** Read the embedded defaults, the control-plane files and the config files the options name. */
export async function loadSources(opts: CliOptions, io: CliIO): Promise<LoadedSources> {
  const readUserFile = (file: string): Promise<ConfigText> => readConfigText(io, file);
  const controlPlane = emptyControlPlane();
  for (const file of opts.controlPlane) {
    const { text } = await readUserFile(file);
    readControlPlane(controlPlane, text, file);
  }
  const { defaults, trees } = await readEmbeddedDefaults(io);
  return {
    controlPlane,
    embedded: defaults,
    embeddedTrees: trees,
    injector:
      opts.injectorConfig === undefined ? undefined : await readUserFile(opts.injectorConfig),
    values: await Promise.all(opts.values.map(readUserFile)),
    mesh: opts.meshConfig === undefined ? undefined : await readUserFile(opts.meshConfig),
  };
}

/**
 * A revision's configuration: the user's files first, then the control plane's pieces for the
 * revision, then the embedded defaults. With `--control-plane`, a missing injector or mesh
 * ConfigMap is an error unless `lenient` (explain), where the embedded defaults stand in and
 * the result warns.
 */
export function revisionConfig(
  sources: LoadedSources,
  opts: CliOptions,
  io: CliIO,
  revision: string,
  lenient = false,
): RevisionConfig {
  const pieces = revisionPieces(sources.controlPlane, revision);
  const names = pieceNames(revision);
  const usesControlPlane = opts.controlPlane.length > 0;
  const injector = sources.injector ?? pieces.injector;
  const mesh = sources.mesh ?? pieces.mesh;
  const missing = [
    ...(usesControlPlane && injector === undefined ? [names.injector] : []),
    ...(usesControlPlane && mesh === undefined ? [names.mesh] : []),
  ];
  if (missing.length > 0 && !lenient)
    throw missingPiecesError(sources.controlPlane, opts.controlPlane, revision, missing);
  const env = { ...pieces.env, ...opts.env };
  const native = decideNativeSidecars({
    flag: opts.nativeSidecars,
    env,
    kubeVersion: opts.kubeVersion ?? nonEmpty(io.env?.KUBE_VERSION),
  });
  const config = buildInjectionConfig(
    {
      injector,
      values: sources.values,
      mesh,
      set: opts.set,
      revision: revision === 'default' ? '' : revision,
      nativeSidecars: native.native,
      env,
    },
    sources.embedded,
  );
  const warnings = missing.map(
    (name) =>
      `the control plane has no ConfigMap ${name}: kinject's embedded defaults stand in for it`,
  );
  return { config, native, warnings };
}

/** The configuration the options ask for, over kinject's embedded defaults. */
export async function loadConfig(opts: CliOptions, io: CliIO): Promise<InjectionConfig> {
  return revisionConfig(await loadSources(opts, io), opts, io, opts.revision ?? '').config;
}

function nonEmpty(v: string | undefined): string | undefined {
  return v === undefined || v.trim() === '' ? undefined : v;
}

/**
 * The embedded defaults from the templates folder (with the build's parse trees of its
 * templates when its cache is of these files). Every file there is read up front (they are
 * few and small), because injector.yaml names the template files to use.
 */
async function readEmbeddedDefaults(io: CliIO): Promise<Embedded> {
  const names = await io.readDir(io.templatesDir).catch((e: unknown) => {
    throw new KinjectError(
      'CONFIG',
      `cannot read kinject's embedded defaults: ${(e as Error).message}`,
      { file: io.templatesDir },
    );
  });
  const paths = new Map<string, string>();
  for (const name of names) {
    const file = path.join(io.templatesDir, name);
    if ((await io.kindOf(file)) === 'file') paths.set(name, file);
  }
  const cached = await readEmbeddedCache(io, paths);
  if (cached) return cached;
  const files = new Map<string, ConfigText>();
  for (const [name, file] of paths) files.set(name, await readConfigText(io, file));
  return { defaults: loadEmbeddedFiles(files, io), trees: {} };
}

/**
 * The build's cache of the embedded defaults, if it is one of exactly these files (by name →
 * path); undefined if there is none or it is stale. The files are compared as bytes: decoding
 * them (and the copies in the cache) cost a few milliseconds of every start.
 */
async function readEmbeddedCache(
  io: CliIO,
  paths: ReadonlyMap<string, string>,
): Promise<Embedded | undefined> {
  const cacheFile = io.embeddedCacheFile;
  if (cacheFile === undefined) return undefined;
  const cache = await io.readBytes(cacheFile).catch(() => undefined);
  if (cache === undefined) return undefined;
  const files = new Map<string, Uint8Array>();
  for (const [name, file] of paths) {
    const bytes = await io.readBytes(file).catch(() => undefined);
    if (bytes === undefined) return undefined; // Then reading it as text says why.
    files.set(name, bytes);
  }
  return cachedEmbedded(cache, files);
}

/** The embedded defaults parsed from their files (no usable cache). */
function loadEmbeddedFiles(files: ReadonlyMap<string, ConfigText>, io: CliIO): EmbeddedDefaults {
  return loadEmbeddedDefaults((name) => {
    const found = files.get(name);
    if (!found)
      throw new KinjectError('CONFIG', `embedded defaults: missing file ${name}`, {
        file: io.templatesDir,
      });
    return found;
  });
}

/** A file's text, named as the user gave it. */
async function readConfigText(io: CliIO, file: string): Promise<ConfigText> {
  try {
    return { text: await io.readFile(path.resolve(io.cwd, file)), file };
  } catch (e) {
    if (e instanceof KinjectError) throw e.at({ file });
    throw new KinjectError(
      'INPUT_READ',
      `cannot read: ${(e as Error).message}`,
      { file },
      { cause: e },
    );
  }
}
