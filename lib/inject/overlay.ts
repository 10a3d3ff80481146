/**
 * Merging rendered templates and containers into a pod: Kubernetes strategic merge patch
 * on the pod's JSON (Istio's applyOverlayYAML / applyContainer), followed by what Go's
 * round trip through `corev1.Pod` does to the result.
 */
import { isJsonMap, type JsonMap } from '../go/json-map.js';
import {
  parse as parseYaml,
  type DocumentOptions,
  type ParseOptions,
  type SchemaOptions,
  type ToJSOptions,
} from 'yaml';
import { messageOf } from '../errors.js';
import { APPLY_OVERLAY, injectionError } from './istio-errors.js';
import { parseGeneratedYaml } from './generated-yaml.js';
import { goRoundTrip } from '../goview/index.js';
import { strategicMergePatch } from '../k8s/strategic-merge.js';
import { PARSE_OPTIONS } from '../yaml/schema.js';
import { type Container, type Pod } from './pod.js';

/** What Go's round trip through `corev1.Pod` makes of pod JSON (lib/goview's goRoundTrip). */
function roundTripPod(pod: Pod, share: boolean): Pod {
  return {
    metadata: goRoundTrip('ObjectMeta', pod.metadata, share) as JsonMap,
    spec: goRoundTrip('PodSpec', pod.spec, share) as JsonMap,
  };
}

/**
 * Strategic-merge a patch (a partial pod) onto a pod; neither input is modified. The result
 * is new throughout, the caller's to edit; with `readOnly` it is only read, and shares what
 * the round trip leaves as it is with the inputs (goRoundTrip's `share`).
 */
export function applyOverlay(pod: Pod, patch: JsonMap, readOnly = false): Pod {
  const merged = strategicMergePatch({ metadata: pod.metadata, spec: pod.spec }, patch);
  return roundTripPod(
    {
      metadata: isJsonMap(merged.metadata) ? merged.metadata : {},
      spec: isJsonMap(merged.spec) ? merged.spec : {},
    },
    readOnly,
  );
}

/** Merge one container onto the pod's containers or init containers, by name. */
export function applyContainer(
  pod: Pod,
  container: Container,
  list: 'containers' | 'initContainers',
): Pod {
  return applyOverlay(pod, { spec: { [list]: [container] } });
}

/** How Istio's Go code reads YAML (sigs.k8s.io/yaml); problems are errors, nothing is logged. */
export const GO_YAML: ParseOptions & DocumentOptions & SchemaOptions & ToJSOptions = {
  ...PARSE_OPTIONS,
  logLevel: 'error',
};

/** Read a rendered template as a partial pod (Istio decodes it with sigs.k8s.io/yaml). */
export function parseRenderedTemplate(text: string, templateName: string): JsonMap {
  let value: unknown;
  try {
    // Most rendered templates are plain generated YAML, which the fast reader takes; anything
    // it is not sure of goes to `yaml`, as all of it did before.
    value = parseGeneratedYaml(text) ?? parseYaml(text, GO_YAML);
  } catch (e) {
    throw injectionError('TEMPLATE_OUTPUT', [
      APPLY_OVERLAY,
      `template ${JSON.stringify(templateName)}`,
      messageOf(e),
    ]);
  }
  if (value === null || value === undefined) return {};
  if (!isJsonMap(value)) {
    throw injectionError('TEMPLATE_OUTPUT', [
      APPLY_OVERLAY,
      `template ${JSON.stringify(templateName)} did not render a mapping`,
    ]);
  }
  return value;
}
