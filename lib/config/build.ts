/**
 * Building the {@link InjectionConfig} one run uses, from kinject's embedded defaults and
 * whatever the user passed (`--injector-config`, `--values`, `--mesh-config`, `--set`, …).
 * Pure: files are read by the caller and handed over as texts.
 *
 * Two ways to configure a run:
 * - **Chart values** (no `--injector-config`): the embedded templates, configured the way
 *   the istiod Helm chart is. `templates/values.yaml` holds the chart's defaults; each
 *   `--values` file (chart values, IstioOperator or `pilot.*` layout: see chart-values.ts)
 *   and then each `--set` is deep-merged over them. From the result come, as the chart
 *   renders them, the injector config (chart-injector.ts), the injector's `values`, the mesh
 *   config (chart-mesh.ts; `--mesh-config` replaces the chart's base, `meshConfig` still
 *   merges over it) and istiod's environment (`env`, under `--env`).
 * - **A cluster's exported ConfigMaps** (`--injector-config`): its templates; values from
 *   the ConfigMap's `data.values` (if it was a whole ConfigMap), else — templates and values
 *   belong together — nothing, unless no values are given anywhere, in which case the
 *   embedded chart's stand in. Each `--values` file (the ConfigMap's `values` layout) is
 *   deep-merged on top, then each `--set`. Mesh: `--mesh-config`, else the embedded chart's.
 * Either way the mesh config is applied over Istio's built-in defaults
 * (`templates/mesh-defaults.yaml`) with Istio's ApplyMeshConfig rules.
 */
import { getPath, isJsonMap } from '../go/json-map.js';
import type { InjectionConfig, InjectorConfig } from './types.js';
import { chartInjectorConfig, valuesTemplateSources } from './chart-injector.js';
import { chartMesh } from './chart-mesh.js';
import { chartEnv, chartLayout, goString, injectorValues, mapAt } from './chart-values.js';
import { deepMerge } from './deep-merge.js';
import { injectorFromMapping, parseInjectorConfig, parseValues } from './injector.js';
import { applyMeshConfig, parseMeshConfig } from './mesh.js';
import { configError, parseConfigText, type ConfigText } from './parse-data.js';
import { parseSetValues } from './set-values.js';
import { joinedFiles, type TemplatePiece } from './template-sources.js';
import { valuesTypeProblem } from './values-types.js';
import { KinjectError } from '../errors.js';

/** Istio's default proxy UID and GID (kube-inject uses them unless told otherwise). */
export const DEFAULT_PROXY_ID = 1337;

/** kinject's built-in configuration, as read from the package's `templates/` folder. */
export interface EmbeddedDefaults {
  /** The built-in templates (and aliases); the rest of the injector config comes from the values. */
  injector: InjectorConfig;
  /** The istiod chart's default values (chart layout). */
  values: Record<string, unknown>;
  /** Istio's built-in mesh defaults (Go code, not chart): what every mesh config is applied over. */
  meshDefaults: Record<string, unknown>;
}

/** File names in the `templates/` folder (see templates/README.md for their layout). */
export const EMBEDDED_FILES = {
  injector: 'injector.yaml',
  values: 'values.yaml',
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
  const parts = Object.fromEntries(
    entries.map(([name, files]) => [
      name,
      (Array.isArray(files) ? files : [files]).map((f) => read(String(f))),
    ]),
  );
  const templates = Object.fromEntries(
    Object.entries(parts).map(([name, texts]) => [name, texts.map((t) => t.text).join('')]),
  );
  const sources = Object.fromEntries(
    Object.entries(parts).map(([name, texts]) => [name, joinedFiles(texts)]),
  );
  return {
    // The chart renders `policy` from global.proxy.autoInject; its default is `enabled`.
    injector: injectorFromMapping(index, { policy: 'enabled', ...raw, templates }, sources),
    values: chartLayout(parseValues(read(EMBEDDED_FILES.values))),
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
  const sets: Record<string, unknown> = {};
  for (const expr of options.set ?? []) parseSetValues(expr, sets);
  // A value istiod could not read is refused here as in a values file (`--set global.hub=1`
  // sets a number: Helm's --set types it).
  const problem = valuesTypeProblem(sets);
  if (problem !== undefined) throw new KinjectError('CONFIG', problem.message, { file: '--set' });
  return options.injector
    ? fromConfigMaps(options, options.injector, sets, embedded)
    : fromChartValues(options, sets, embedded);
}

/** Layer after layer, later ones winning. */
function layered(base: unknown, layers: readonly unknown[]): Record<string, unknown> {
  return layers.reduce<unknown>((acc, layer) => deepMerge(acc, layer), base) as Record<
    string,
    unknown
  >;
}

/** The embedded templates configured by chart values. */
function fromChartValues(
  options: ConfigOptions,
  sets: Record<string, unknown>,
  embedded: EmbeddedDefaults,
): InjectionConfig {
  const user: ChartLayer[] = [
    ...(options.values ?? []).map((v) => ({ values: chartLayout(parseValues(v)), source: v.file })),
    { values: chartLayout(sets), source: '--set' },
  ];
  const layers = user.map((l) => l.values);
  if (options.revision !== undefined) layers.push({ revision: options.revision });
  const chart = layered(embedded.values, layers);
  const mesh = options.mesh
    ? deepMerge(parseMeshConfig(options.mesh), mapAt(chart, 'meshConfig'))
    : chartMesh(chart);
  const env = { ...chartEnv(chart), ...options.env };
  return {
    injector: layeredInjectorConfig(
      chart,
      user,
      embedded.injector,
      valuesTemplateSources(options.values ?? []),
    ),
    values: injectorValues(chart),
    mesh: applyMeshConfig(mesh as Record<string, unknown>, embedded.meshDefaults),
    revision: goString(chart['revision']),
    nativeSidecars: options.nativeSidecars ?? nativeSidecarsFromEnv(env) ?? false,
    proxyUID: DEFAULT_PROXY_ID,
    proxyGID: DEFAULT_PROXY_ID,
    env,
  };
}

/** One layer of the user's chart values, and where it came from (a `--values` file, `--set`). */
interface ChartLayer {
  values: Record<string, unknown>;
  source: string;
}

/**
 * The injector config of the merged chart; a value it cannot be rendered from is reported
 * against the layer that set it: the last one that has it, as later layers win the merge.
 */
function layeredInjectorConfig(
  chart: Record<string, unknown>,
  layers: readonly ChartLayer[],
  builtIn: InjectorConfig,
  userSources: Readonly<Record<string, readonly TemplatePiece[]>>,
): InjectorConfig {
  try {
    return chartInjectorConfig(chart, builtIn, userSources);
  } catch (e) {
    if (!(e instanceof KinjectError) || e.path === undefined) throw e;
    const keys = e.path.map(String);
    const from = [...layers].reverse().find((l) => getPath(l.values, keys) !== undefined);
    throw new KinjectError(e.code, e.message, { file: from?.source });
  }
}

/** istiod's ENABLE_NATIVE_SIDECARS when it says yes or no (`auto` decides from the cluster). */
function nativeSidecarsFromEnv(env: Readonly<Record<string, string>>): boolean | undefined {
  const v = env['ENABLE_NATIVE_SIDECARS']?.toLowerCase();
  return v === 'true' ? true : v === 'false' ? false : undefined;
}

/** A cluster's exported injector config, with values and mesh config to match. */
function fromConfigMaps(
  options: ConfigOptions,
  injectorText: ConfigText,
  sets: Record<string, unknown>,
  embedded: EmbeddedDefaults,
): InjectionConfig {
  const userValues = (options.values ?? []).map(parseValues);
  const loaded = parseInjectorConfig(injectorText);
  const baseValues =
    loaded.values ?? (userValues.length > 0 ? {} : injectorValues(embedded.values));
  return {
    injector: loaded.injector,
    values: layered(baseValues, [...userValues, sets]),
    mesh: applyMeshConfig(
      options.mesh ? parseMeshConfig(options.mesh) : chartMesh(embedded.values),
      embedded.meshDefaults,
    ),
    revision: options.revision ?? '',
    nativeSidecars: options.nativeSidecars ?? false,
    proxyUID: DEFAULT_PROXY_ID,
    proxyGID: DEFAULT_PROXY_ID,
    env: { ...options.env },
  };
}
