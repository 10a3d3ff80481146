/**
 * Building the {@link InjectionConfig} one run uses, from kinject's embedded defaults and
 * whatever the user passed (`--injector-config`, `--values`, `--mesh-config`, `--set`, …).
 * Pure: files are read by the caller and handed over as texts.
 *
 * Layering:
 * - Templates: the user's injector config if given, else the embedded one.
 * - Values: with the user's injector config, its ConfigMap `data.values` (if it was a whole
 *   ConfigMap), else — templates and values belong together — nothing, unless no values are
 *   given anywhere, in which case the embedded values stand in. With the embedded templates,
 *   the embedded values. Each `--values` file is then deep-merged on top, then each `--set`.
 * - Mesh: the user's mesh config, else the embedded one, applied over Istio's built-in
 *   defaults (`templates/mesh-defaults.yaml`) with Istio's ApplyMeshConfig rules.
 */
import { isJsonMap } from '../go/json-map.js';
import type { InjectionConfig, InjectorConfig } from './types.js';
import { deepMerge } from './deep-merge.js';
import { injectorFromMapping, parseInjectorConfig, parseValues } from './injector.js';
import { applyMeshConfig, parseMeshConfig } from './mesh.js';
import { configError, parseConfigText, type ConfigText } from './parse-data.js';
import { parseSetValues } from './set-values.js';

export type { ConfigText } from './parse-data.js';
export { deepMerge } from './deep-merge.js';
export { parseInjectorConfig, parseValues } from './injector.js';
export { applyMeshConfig, parseMeshConfig } from './mesh.js';
export { parseSetValues, typeSetValue } from './set-values.js';

/** Istio's default proxy UID and GID (kube-inject uses them unless told otherwise). */
export const DEFAULT_PROXY_ID = 1337;

/** kinject's built-in configuration, as read from the package's `templates/` folder. */
export interface EmbeddedDefaults {
  injector: InjectorConfig;
  values: Record<string, unknown>;
  /** The mesh config a default install has (the chart's `data.mesh`), not yet applied over `meshDefaults`. */
  mesh: Record<string, unknown>;
  /** Istio's built-in mesh defaults (Go code, not chart): what every mesh config is applied over. */
  meshDefaults: Record<string, unknown>;
}

/** File names in the `templates/` folder (see templates/README.md for their layout). */
export const EMBEDDED_FILES = {
  injector: 'injector.yaml',
  values: 'values.yaml',
  mesh: 'mesh.yaml',
  meshDefaults: 'mesh-defaults.yaml',
} as const;

/**
 * Load the embedded defaults. `read(name)` returns the text of `templates/<name>`. Each
 * `templates` entry of injector.yaml names the file(s) holding that template; a list of
 * files is concatenated in order (shared `define`s first).
 */
export function loadEmbeddedDefaults(read: (name: string) => ConfigText): EmbeddedDefaults {
  const index = parseConfigText(read(EMBEDDED_FILES.injector));
  const raw = isJsonMap(index.value) ? index.value : {};
  const entries = isJsonMap(raw['templates']) ? Object.entries(raw['templates']) : [];
  if (entries.length === 0)
    throw configError(index, ['templates'], 'embedded injector.yaml lists no templates');
  const templates = Object.fromEntries(
    entries.map(([name, files]) => [
      name,
      (Array.isArray(files) ? files : [files]).map((f) => read(String(f)).text).join(''),
    ]),
  );
  return {
    injector: injectorFromMapping(index, { ...raw, templates }),
    values: parseValues(read(EMBEDDED_FILES.values)),
    mesh: parseMeshConfig(read(EMBEDDED_FILES.mesh)),
    meshDefaults: parseMeshConfig(read(EMBEDDED_FILES.meshDefaults)),
  };
}

/** What the user asked for; everything is optional. */
export interface ConfigOptions {
  /** `--injector-config`: the injector ConfigMap or its `config` text. */
  injector?: ConfigText;
  /** `--values`, in order; later files win. */
  values?: readonly ConfigText[];
  /** `--mesh-config`: the mesh text or the `istio` ConfigMap. */
  mesh?: ConfigText;
  /** `--set` arguments, in order. */
  set?: readonly string[];
  revision?: string;
  nativeSidecars?: boolean;
  /** What the template `env` function may read. */
  env?: Readonly<Record<string, string>>;
}

/** The configuration of one run (see the module comment for how the layers combine). */
export function buildInjectionConfig(
  options: ConfigOptions,
  embedded: EmbeddedDefaults,
): InjectionConfig {
  const userValues = options.values ?? [];
  const loaded = options.injector ? parseInjectorConfig(options.injector) : undefined;
  const baseValues = loaded
    ? (loaded.values ?? (userValues.length > 0 ? {} : embedded.values))
    : embedded.values;
  let values = userValues.reduce<unknown>(
    (acc, file) => deepMerge(acc, parseValues(file)),
    baseValues,
  );
  const sets: Record<string, unknown> = {};
  for (const expr of options.set ?? []) parseSetValues(expr, sets);
  values = deepMerge(values, sets);
  const userMesh = options.mesh ? parseMeshConfig(options.mesh) : embedded.mesh;
  return {
    injector: loaded?.injector ?? embedded.injector,
    values: values as Record<string, unknown>,
    mesh: applyMeshConfig(userMesh, embedded.meshDefaults),
    revision: options.revision ?? '',
    nativeSidecars: options.nativeSidecars ?? false,
    proxyUID: DEFAULT_PROXY_ID,
    proxyGID: DEFAULT_PROXY_ID,
    env: { ...options.env },
  };
}
