/**
 * Merging rendered templates and containers into a pod: Kubernetes strategic merge patch
 * on the pod's JSON (Istio's applyOverlayYAML / applyContainer), followed by what Go's
 * round trip through `corev1.Pod` does to the result.
 */
import { parse as parseYaml } from 'yaml';
import { KinjectError } from '../errors.js';
import { canonicalizeQuantities, goView } from '../goview/index.js';
import type { Json, JsonMap } from '../k8s/json.js';
import type { GoStruct } from '../template/value.js';
import { strategicMergePatch } from '../k8s/strategic-merge.js';
import { PARSE_OPTIONS } from '../yaml/schema.js';
import { isObj, type Container, type Obj, type Pod } from './pod.js';

/** `encoded` with its keys in `original`'s order where both have them (Go's own order for the rest). */
function keepKeyOrder(original: unknown, encoded: unknown): unknown {
  if (Array.isArray(original) && Array.isArray(encoded)) return encoded.map((x, i) => keepKeyOrder(original[i], x));
  if (!isObj(original) || !isObj(encoded)) return encoded;
  const out: Obj = {};
  for (const k of Object.keys(original)) if (k in encoded) out[k] = keepKeyOrder(original[k], encoded[k]);
  for (const k of Object.keys(encoded)) if (!(k in out)) out[k] = encoded[k];
  return out;
}

/**
 * What Go's round trip through `corev1.Pod` makes of pod JSON: unknown fields, nulls and
 * omitempty zero values vanish, quantities become canonical (`2000m` → `2`). The user's
 * key order is kept.
 */
export function goRoundTrip(pod: Pod): Pod {
  const meta = (goView('ObjectMeta', pod.metadata) as GoStruct).toJSON();
  const spec = canonicalizeQuantities('PodSpec', (goView('PodSpec', pod.spec) as GoStruct).toJSON() as Json);
  return { metadata: keepKeyOrder(pod.metadata, meta) as Obj, spec: keepKeyOrder(pod.spec, spec) as Obj };
}

/** Strategic-merge a patch (a partial pod) onto a pod; neither input is modified. */
export function applyOverlay(pod: Pod, patch: Obj): Pod {
  const merged = strategicMergePatch({ metadata: pod.metadata, spec: pod.spec } as JsonMap, patch as JsonMap);
  return goRoundTrip({ metadata: isObj(merged.metadata) ? merged.metadata : {}, spec: isObj(merged.spec) ? merged.spec : {} });
}

/** Merge one container onto the pod's containers or init containers, by name. */
export function applyContainer(pod: Pod, container: Container, list: 'containers' | 'initContainers'): Pod {
  return applyOverlay(pod, { spec: { [list]: [container] } });
}

/** Read a rendered template as a partial pod (Istio decodes it with sigs.k8s.io/yaml). */
export function parseRenderedTemplate(text: string, templateName: string): Obj {
  let value: unknown;
  try {
    value = parseYaml(text, PARSE_OPTIONS);
  } catch (e) {
    throw new KinjectError('TEMPLATE_OUTPUT', `failed applying injection overlay: template ${JSON.stringify(templateName)}: ${(e as Error).message}`);
  }
  if (value === null || value === undefined) return {};
  if (!isObj(value)) {
    throw new KinjectError('TEMPLATE_OUTPUT', `failed applying injection overlay: template ${JSON.stringify(templateName)} did not render a mapping`);
  }
  return value;
}
