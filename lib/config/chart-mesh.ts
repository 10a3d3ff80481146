/**
 * The mesh config the istiod chart writes into the `istio` ConfigMap: a base it derives
 * from `global.*`, `telemetry.*` and `revision`, with the user's `meshConfig` deep-merged
 * over it (sprig's mergeOverwrite: mappings key by key, anything else replaced, `null`
 * kept as null, which the mesh reader then ignores).
 *
 * What the base holds (facts of the chart, istio-discovery templates/configmap.yaml):
 * - `trustDomain: cluster.local`; `rootNamespace`: `meshConfig.rootNamespace`, else
 *   `global.istioNamespace`;
 * - `defaultProviders`, unless `meshConfig.defaultProviders` is set and when telemetry
 *   (`telemetry.enabled`, `telemetry.v2.enabled`) is on: `metrics: [prometheus]` with
 *   `telemetry.v2.prometheus.enabled`; Stackdriver adds `stackdriver` to metrics and access
 *   logging;
 * - `defaultConfig`: `meshId` from `global.meshID`; `image.imageType` from
 *   `global.proxy.variant` or `global.variant`; `tracing` for `global.proxy.tracer` (none
 *   by default) from `global.tracer.<name>`; and `discoveryAddress`, istiod's service in
 *   the release namespace (`istiod-REV` with a revision; the remote or local istiod with
 *   `global.remotePilotAddress`).
 *
 * The chart uses Helm's release namespace; kinject takes `global.istioNamespace` for it, as
 * an install into that namespace has them equal.
 */
import { parse } from 'yaml';
import { deepMerge } from './deep-merge.js';
import { goString, mapAt, truthy } from './chart-values.js';

type Values = Record<string, unknown>;

/** The `mesh` text's content that the chart renders for these values. */
export function chartMesh(chart: Values): Values {
  const global = mapAt(chart, 'global');
  const base: Values = {
    trustDomain: 'cluster.local',
    rootNamespace: goString(
      truthy(mapAt(chart, 'meshConfig')['rootNamespace'])
        ? mapAt(chart, 'meshConfig')['rootNamespace']
        : global['istioNamespace'],
    ),
  };
  const providers = defaultProviders(chart);
  if (providers) base['defaultProviders'] = providers;
  base['defaultConfig'] = defaultConfig(chart);
  return deepMerge(base, mapAt(chart, 'meshConfig')) as Values;
}

/** The chart's `and` of telemetry switches: every one truthy and the last one `true`. */
function allOn(...values: unknown[]): boolean {
  const last = values[values.length - 1];
  return values.every(truthy) && String(last) === 'true';
}

function defaultProviders(chart: Values): Values | undefined {
  if (truthy(mapAt(chart, 'meshConfig')['defaultProviders'])) return undefined;
  const telemetry = mapAt(chart, 'telemetry');
  const v2 = mapAt(telemetry, 'v2');
  const on = (backend: string): boolean =>
    allOn(telemetry['enabled'], v2['enabled'], mapAt(v2, backend)['enabled']);
  const prometheus = on('prometheus');
  const stackdriver = on('stackdriver');
  if (!prometheus && !stackdriver) return undefined;
  const metrics = [...(prometheus ? ['prometheus'] : []), ...(stackdriver ? ['stackdriver'] : [])];
  return stackdriver ? { metrics, accessLogging: ['stackdriver'] } : { metrics };
}

function defaultConfig(chart: Values): Values {
  const global = mapAt(chart, 'global');
  const proxy = mapAt(global, 'proxy');
  const namespace = goString(global['istioNamespace']);
  const out: Values = {};
  if (truthy(global['meshID'])) out['meshId'] = goString(global['meshID']);
  const variant = truthy(proxy['variant']) ? proxy['variant'] : global['variant'];
  if (truthy(variant)) out['image'] = { imageType: goString(variant) };
  const tracer = proxy['tracer'];
  if (tracer !== 'none')
    out['tracing'] = tracing(goString(tracer), mapAt(global, 'tracer'), namespace);
  out['discoveryAddress'] = discoveryAddress(chart, namespace);
  return out;
}

/** A scalar as the chart writes it unquoted into YAML: typed again when read. */
function typed(v: unknown): unknown {
  return typeof v === 'string' ? (parse(v, { version: '1.1' }) as unknown) : v;
}

/** `a` if set, else the default. */
function or(a: unknown, fallback: unknown): unknown {
  return truthy(a) ? a : fallback;
}

/** The tracing settings for a tracer name (null: none the chart knows, i.e. unset). */
function tracing(tracer: string, settings: Values, namespace: string): Values | null {
  const of = (name: string): Values => mapAt(settings, name);
  switch (tracer) {
    case 'lightstep':
      return {
        lightstep: {
          address: typed(of('lightstep')['address']) ?? null,
          accessToken: typed(of('lightstep')['accessToken']) ?? null,
        },
      };
    case 'zipkin':
      return {
        zipkin: { address: typed(or(of('zipkin')['address'], `zipkin.${namespace}:9411`)) },
      };
    case 'datadog':
      return { datadog: { address: typed(or(of('datadog')['address'], '$(HOST_IP):8126')) } };
    case 'stackdriver': {
      const sd = of('stackdriver');
      return {
        stackdriver: {
          debug: typed(or(sd['debug'], 'false')),
          maxNumberOfAttributes: typed(or(sd['maxNumberOfAttributes'], '200')),
          maxNumberOfAnnotations: typed(or(sd['maxNumberOfAnnotations'], '200')),
          maxNumberOfMessageEvents: typed(or(sd['maxNumberOfMessageEvents'], '200')),
        },
      };
    }
    default:
      return null;
  }
}

function discoveryAddress(chart: Values, namespace: string): string {
  const global = mapAt(chart, 'global');
  if (truthy(global['remotePilotAddress'])) {
    const remote = mapAt(chart, 'istiodRemote');
    const local = truthy(remote['enabled']) && truthy(remote['enabledLocalInjectorIstiod']);
    return `${local ? 'istiod-remote' : 'istiod'}.${namespace}.svc:15012`;
  }
  const revision = goString(chart['revision']);
  return `istiod${revision === '' ? '' : `-${revision}`}.${namespace}.svc:15012`;
}
