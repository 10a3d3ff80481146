/**
 * The istiod Helm chart's values (manifests/charts/istio-control/istio-discovery), as users
 * keep them in git: what `--values` and `--set` mean when kinject uses its embedded
 * templates. The chart turns them into the injector ConfigMap (see chart-injector.ts), the
 * mesh ConfigMap (chart-mesh.ts) and istiod's environment; this module reads the files and
 * picks the injector's `values` out of them.
 *
 * Accepted layouts, all normalised to the chart's own:
 * - the chart's values: `global`, `sidecarInjectorWebhook`, `meshConfig`, `revision`, `cni`,
 *   `env`, `gateways`, `telemetry`, …;
 * - `pilot.*`, as in IstioOperator `spec.values` and the injector ConfigMap's `data.values`
 *   (`pilot.cni.enabled`): the same as the top-level key (a top-level key wins);
 * - an IstioOperator (`kind: IstioOperator`): `spec.values`, `spec.meshConfig` as `meshConfig`,
 *   `spec.revision`, `spec.hub`/`spec.tag` as `global.hub`/`global.tag`, and
 *   `spec.components.cni.enabled` as `cni.enabled`, as istioctl translates them.
 */
import { deepMerge } from './deep-merge.js';
import { isJsonMap } from '../go/json-map.js';

type Values = Record<string, unknown>;

/** A mapping at `path` below `v`, or an empty one. */
export function mapAt(v: unknown, ...path: string[]): Values {
  const found = path.reduce<unknown>((o, k) => (isJsonMap(o) ? o[k] : undefined), v);
  return isJsonMap(found) ? found : {};
}

/** Go template truth: false, 0, "", nil and empty collections are false. */
export function truthy(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0;
  if (isJsonMap(v)) return Object.keys(v).length > 0;
  return v !== undefined && v !== null && v !== false && v !== 0 && v !== '';
}

/**
 * A value as Go's `%v` prints a scalar (what `"{{ $val }}"` renders in the chart); nil is
 * empty. A map or list, which no field here expects, is written as JSON.
 */
export function goString(v: unknown): string {
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(v);
    default:
      return v === undefined || v === null ? '' : JSON.stringify(v);
  }
}

/** One values file (or `--set` tree) in the chart's own layout (see the module comment). */
export function chartLayout(raw: Values): Values {
  const layer = raw['kind'] === 'IstioOperator' ? fromIstioOperator(raw) : raw;
  if (!isJsonMap(layer['pilot'])) return layer;
  const { pilot, ...rest } = layer;
  return deepMerge(pilot, rest) as Values;
}

/** The chart values an IstioOperator stands for. */
function fromIstioOperator(iop: Values): Values {
  const spec = mapAt(iop, 'spec');
  const layers: unknown[] = [];
  const cni = mapAt(spec, 'components', 'cni')['enabled'];
  if (typeof cni === 'boolean') layers.push({ cni: { enabled: cni } });
  const global: Values = {};
  if (typeof spec['hub'] === 'string') global['hub'] = spec['hub'];
  if (typeof spec['tag'] === 'string' || typeof spec['tag'] === 'number')
    global['tag'] = spec['tag'];
  if (Object.keys(global).length > 0) layers.push({ global });
  if (typeof spec['revision'] === 'string') layers.push({ revision: spec['revision'] });
  if (isJsonMap(spec['meshConfig'])) layers.push({ meshConfig: spec['meshConfig'] });
  layers.push(chartLayout(mapAt(spec, 'values')));
  return layers.reduce<Values>((acc, l) => deepMerge(acc, l) as Values, {});
}

/** Only the keys of `v` that are listed and present (sprig's `pick`). */
function pick(v: unknown, ...keys: string[]): Values {
  const out: Values = {};
  if (isJsonMap(v)) for (const k of keys) if (Object.hasOwn(v, k)) out[k] = v[k];
  return out;
}

/**
 * The `values` of the injector ConfigMap the chart renders: the top-level fields the
 * injection templates read (`global`, `sidecarInjectorWebhook`, `revision`), with `cni`
 * and `env` under `pilot`, and the gateways' security settings under `gateways`.
 */
export function injectorValues(chart: Values): Values {
  return {
    ...pick(chart, 'global', 'sidecarInjectorWebhook', 'revision'),
    pilot: pick(chart, 'cni', 'env'),
    gateways: pick(chart['gateways'], 'securityContext', 'seccompProfile'),
  };
}

/**
 * istiod's environment from the chart's `env` values, each rendered as `"{{ $val }}"`
 * (feature flags such as COMPLIANCE_POLICY or ENABLE_NATIVE_SIDECARS). Only scalars: a
 * variable cannot hold anything else.
 */
export function chartEnv(chart: Values): Record<string, string> {
  const scalar = (v: unknown): boolean => v !== null && v !== undefined && typeof v !== 'object';
  return Object.fromEntries(
    Object.entries(mapAt(chart, 'env'))
      .filter(([, v]) => scalar(v))
      .map(([k, v]) => [k, goString(v)]),
  );
}
