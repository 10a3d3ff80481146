/**
 * Prometheus metrics merging (Istio's applyPrometheusMerge): the app's `prometheus.io/*`
 * scrape annotations move into the proxy's `ISTIO_PROMETHEUS_ANNOTATIONS` env var and the
 * pod is pointed at the agent's merged endpoint on the status port.
 */
import type { JsonMap } from '../go/json-map.js';
import { KinjectError } from '../errors.js';
import {
  ensureMap,
  findPodContainer,
  goJson,
  PROXY_CONTAINER,
  stringMap,
  type Pod,
} from './pod.js';

const SCRAPE = 'prometheus_io_scrape';
const PORT = 'prometheus_io_port';
const PATH = 'prometheus_io_path';
const TARGETS = 'prometheus_istio_io_scrape_targets';
const SECURE_PORT = 'prometheus_istio_io_secure_port';

/** Ports the Istio data plane owns, with why (users may not scrape them). */
const RESERVED_PORTS: Readonly<Record<string, string>> = {
  '15000': 'Envoy admin',
  '15001': 'outbound traffic capture',
  '15004': 'pilot debug',
  '15006': 'inbound traffic capture',
  '15008': 'HBONE tunnel',
  '15020': 'pilot-agent status / merged Prometheus',
  '15021': 'Envoy health',
  '15053': 'DNS proxy',
  '15090': 'Envoy Prometheus (already merged)',
};

/** Prometheus' label-name sanitising: `prometheus.io/port` reads as `prometheus_io_port`. */
function sanitize(key: string): string {
  // Every pod's annotations are looked through several times, and their keys repeat from
  // pod to pod: each is sanitized once (the bound keeps odd inputs from growing it).
  let found = SANITIZED.get(key);
  if (found === undefined) {
    if (SANITIZED.size >= SANITIZED_LIMIT) SANITIZED.clear();
    found = key.replace(/[^a-zA-Z0-9_]/g, '_');
    SANITIZED.set(key, found);
  }
  return found;
}

const SANITIZED = new Map<string, string>();
const SANITIZED_LIMIT = 1024;

/** The value of the first annotation whose sanitised key is `key`. */
function annotationLike(annotations: Record<string, string>, key: string): string | undefined {
  const k = Object.keys(annotations).find((a) => sanitize(a) === key);
  return k === undefined ? undefined : String(annotations[k]);
}

/** Go's strconv.ParseBool, or undefined when it is not a boolean. */
export function parseGoBool(v: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  return undefined;
}

/** Remove every variant of the scrape/port/path/targets annotations. */
export function clearPrometheusAnnotations(annotations: Record<string, string>): void {
  for (const k of Object.keys(annotations)) {
    if ([SCRAPE, PORT, PATH, TARGETS].includes(sanitize(k))) delete annotations[k];
  }
}

/** The user's `prometheus.io/port`, if any. */
export function prometheusPort(annotations: Record<string, string>): string | undefined {
  return annotationLike(annotations, PORT);
}

interface ScrapeTarget {
  port: string;
  path: string;
}

/** `port:path,port:path` (empty path means /metrics); undefined when a port is empty (Istio then ignores it). */
function parseScrapeTargets(raw: string): ScrapeTarget[] | undefined {
  const targets: ScrapeTarget[] = [];
  for (const entry of raw
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '')) {
    const colon = entry.indexOf(':');
    const port = (colon < 0 ? entry : entry.slice(0, colon)).trim();
    if (port === '') return undefined;
    const path = colon < 0 ? '' : entry.slice(colon + 1).trim();
    targets.push({ port, path: path === '' ? '/metrics' : path });
  }
  return targets;
}

/** Check a port the agent is to scrape; Istio's messages. */
function checkScrapePort(port: string, agentPort: string, what: string, portWord: string): void {
  const n = /^[+-]?[0-9]+$/.test(port) ? Number(port) : NaN;
  if (!(n >= 1 && n <= 65535))
    throw new KinjectError(
      'INJECTION',
      `invalid prometheus scrape ${what}: invalid ${portWord}port "${port}"`,
    );
  const canon = String(n);
  if (canon === agentPort)
    throw new KinjectError(
      'INJECTION',
      `invalid prometheus scrape ${what}: ${portWord}port ${port} conflicts with agent port`,
    );
  const reason = RESERVED_PORTS[canon];
  if (reason !== undefined) {
    throw new KinjectError(
      'INJECTION',
      `invalid prometheus scrape ${what}: ${portWord}port ${port} is reserved for Istio (${reason}) and cannot be scraped`,
    );
  }
}

/** The scrape configuration the agent gets, in Istio's JSON field order. */
function scrapeConfiguration(annotations: Record<string, string>, agentPort: string): JsonMap {
  const rawTargets = annotationLike(annotations, TARGETS);
  const targets = rawTargets === undefined ? undefined : parseScrapeTargets(rawTargets);
  const cfg: JsonMap = {
    scrape: annotationLike(annotations, SCRAPE) ?? '',
    path: annotationLike(annotations, PATH) ?? '',
    port: prometheusPort(annotations) ?? '',
  };
  if (targets !== undefined && targets.length > 0) {
    cfg.port = targets[0]?.port;
    cfg.path = targets[0]?.path;
    for (const t of targets) checkScrapePort(t.port, agentPort, 'targets', 'target ');
    cfg.targets = targets;
  } else if (cfg.port !== '') {
    checkScrapePort(String(cfg.port), agentPort, 'configuration', '');
  }
  return cfg;
}

/** Apply metrics merging to an injected pod (no-op when disabled or opted out). */
export function applyPrometheusMerge(
  pod: Pod,
  statusPort: number,
  meshEnablesMerge: boolean | undefined,
): void {
  const annotations = ensureMap(pod.metadata, 'annotations');
  const scrape = parseGoBool(annotationLike(annotations, SCRAPE) ?? '');
  const optIn = parseGoBool(String(annotations['prometheus.istio.io/merge-metrics'] ?? ''));
  if (scrape === false || (optIn ?? meshEnablesMerge ?? true) === false) return;
  const agentPort = String(statusPort);
  if (prometheusPort(annotations) === agentPort) return;
  const cfg = scrapeConfiguration(annotations, agentPort);
  const sidecar = findPodContainer(PROXY_CONTAINER, pod.spec);
  if (
    sidecar !== undefined &&
    (cfg.scrape !== '' || cfg.path !== '' || cfg.port !== '' || cfg.targets !== undefined)
  ) {
    const env = Array.isArray(sidecar.env) ? sidecar.env : (sidecar.env = []);
    env.push({ name: 'ISTIO_PROMETHEUS_ANNOTATIONS', value: goJson(cfg) });
  }
  clearPrometheusAnnotations(annotations);
  annotations['prometheus.io/port'] = agentPort;
  annotations['prometheus.io/path'] = '/stats/prometheus';
  annotations['prometheus.io/scrape'] = 'true';
}

/** Publish the proxy's secure metrics port (ENVOY_SECURE_MERGED_METRICS_PORT) unless the user set it. */
export function applySecurePrometheusAnnotation(pod: Pod): void {
  const annotations = stringMap(pod.metadata, 'annotations');
  if (annotationLike(annotations, SECURE_PORT) !== undefined) return;
  const sidecar = findPodContainer(PROXY_CONTAINER, pod.spec);
  const env = Array.isArray(sidecar?.env) ? (sidecar.env as JsonMap[]) : [];
  const port = env.find(
    (e) =>
      e.name === 'ENVOY_SECURE_MERGED_METRICS_PORT' &&
      e.value !== undefined &&
      e.value !== '' &&
      e.value !== '0',
  );
  if (port !== undefined)
    ensureMap(pod.metadata, 'annotations')['prometheus.istio.io/secure-port'] = String(port.value);
}
