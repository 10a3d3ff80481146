/**
 * The labels and annotations a configuration's templates add, found by running them again.
 * The fixed table in metadata.ts knows what Istio's own templates add; any other template (a
 * cluster's custom one, a user's `sidecarInjectorWebhook.templates` entry) adds keys of its
 * own. Given the configuration that injected, a key is injection's when the templates, run
 * on the pod without that key, give it exactly the value the pod has: a key the templates do
 * not write, or write with another value, is the user's and stays. (As with the table, a key
 * the user set to exactly the value the templates give cannot be told from theirs.)
 */
import { isJsonMap } from '../go/json-map.js';
import type { Pod } from '../inject/pod.js';

/** What the templates give a pod's metadata. */
export interface RenderedMetadata {
  labels: Readonly<Record<string, string>>;
  annotations: Readonly<Record<string, string>>;
}

/** Runs the templates on a pod; undefined when they cannot run on it (a key then stays). */
export type MetadataOracle = (pod: Pod) => RenderedMetadata | undefined;

const MAPS = ['labels', 'annotations'] as const;

/** A copy of the pod's metadata without one label or annotation (the spec is shared, not changed). */
function without(pod: Pod, map: (typeof MAPS)[number], key: string): Pod {
  const own = isJsonMap(pod.metadata[map]) ? pod.metadata[map] : {};
  const rest = { ...own };
  delete rest[key];
  return { metadata: { ...pod.metadata, [map]: rest }, spec: pod.spec };
}

/** Take away, in place, every label and annotation the templates give the pod with its value. */
export function removeRecomputedMetadata(pod: Pod, oracle: MetadataOracle): void {
  for (const map of MAPS) {
    const own = pod.metadata[map];
    if (!isJsonMap(own)) continue;
    for (const key of Object.keys(own)) {
      const rendered = oracle(without(pod, map, key));
      if (rendered !== undefined && rendered[map][key] === String(own[key])) delete own[key];
    }
  }
}
