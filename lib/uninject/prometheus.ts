/**
 * Give the user's Prometheus scrape annotations back: metrics merging replaced them with the
 * agent's endpoint (`prometheus.io/port: <status port>`, `path: /stats/prometheus`,
 * `scrape: "true"`) and kept the user's settings in the proxy's ISTIO_PROMETHEUS_ANNOTATIONS.
 */
import { isJsonMap, scalarString } from '../go/json-map.js';
import { clearPrometheusAnnotations } from '../inject/prometheus.js';

/** The path the agent serves merged metrics on. */
const AGENT_PATH = '/stats/prometheus';

/** Whether the annotations point at the agent's merged endpoint, as merging left them. */
function pointsAtAgent(annotations: Readonly<Record<string, string>>): boolean {
  return (
    annotations['prometheus.io/path'] === AGENT_PATH &&
    annotations['prometheus.io/scrape'] === 'true' &&
    /^[0-9]+$/.test(annotations['prometheus.io/port'] ?? '')
  );
}

/** `port:path,…` as the scrape-targets annotation writes it. */
function formatTargets(targets: unknown[]): string {
  return targets
    .filter(isJsonMap)
    .map((t) => `${scalarString(t.port)}:${scalarString(t.path)}`)
    .join(',');
}

/**
 * Restore the user's scrape annotations in place from the recorded merge configuration
 * (undefined when the proxy carried none: the user had none).
 */
export function restorePrometheus(annotations: Record<string, string>, recorded: unknown): void {
  if (!pointsAtAgent(annotations)) return;
  clearPrometheusAnnotations(annotations);
  let cfg: unknown;
  try {
    cfg = typeof recorded === 'string' ? JSON.parse(recorded) : undefined;
  } catch {
    return;
  }
  if (!isJsonMap(cfg)) return;
  if (Array.isArray(cfg.targets)) {
    annotations['prometheus.istio.io/scrape-targets'] = formatTargets(cfg.targets);
    if (scalarString(cfg.scrape) !== '')
      annotations['prometheus.io/scrape'] = scalarString(cfg.scrape);
    return;
  }
  const fields: [string, unknown][] = [
    ['prometheus.io/scrape', cfg.scrape],
    ['prometheus.io/path', cfg.path],
    ['prometheus.io/port', cfg.port],
  ];
  for (const [key, value] of fields)
    if (scalarString(value) !== '') annotations[key] = scalarString(value);
}
