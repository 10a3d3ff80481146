/**
 * Merging rendered templates and containers into a pod: Kubernetes strategic merge patch
 * on the pod's JSON (Istio's applyOverlayYAML / applyContainer), followed by what Go's
 * round trip through `corev1.Pod` does to the result.
 */
import { parse as parseYaml, } from 'yaml';
import { KinjectError } from '../errors.js';
import { goRoundTrip } from '../goview/index.js';
import { strategicMergePatch } from '../k8s/strategic-merge.js';
import { PARSE_OPTIONS } from '../yaml/schema.js';
import { isObj } from './pod.js';
/** What Go's round trip through `corev1.Pod` makes of pod JSON (lib/goview's goRoundTrip). */
function roundTripPod(pod) {
    return {
        metadata: goRoundTrip('ObjectMeta', pod.metadata),
        spec: goRoundTrip('PodSpec', pod.spec),
    };
}
/** Strategic-merge a patch (a partial pod) onto a pod; neither input is modified. */
export function applyOverlay(pod, patch) {
    const merged = strategicMergePatch({ metadata: pod.metadata, spec: pod.spec }, patch);
    return roundTripPod({
        metadata: isObj(merged.metadata) ? merged.metadata : {},
        spec: isObj(merged.spec) ? merged.spec : {},
    });
}
/** Merge one container onto the pod's containers or init containers, by name. */
export function applyContainer(pod, container, list) {
    return applyOverlay(pod, { spec: { [list]: [container] } });
}
/** How Istio's Go code reads YAML (sigs.k8s.io/yaml); problems are errors, nothing is logged. */
export const GO_YAML = {
    ...PARSE_OPTIONS,
    logLevel: 'error',
};
/** Read a rendered template as a partial pod (Istio decodes it with sigs.k8s.io/yaml). */
export function parseRenderedTemplate(text, templateName) {
    let value;
    try {
        value = parseYaml(text, GO_YAML);
    }
    catch (e) {
        throw new KinjectError('TEMPLATE_OUTPUT', `failed to run injection template: failed applying injection overlay: template ${JSON.stringify(templateName)}: ${e.message}`);
    }
    if (value === null || value === undefined)
        return {};
    if (!isObj(value)) {
        throw new KinjectError('TEMPLATE_OUTPUT', `failed to run injection template: failed applying injection overlay: template ${JSON.stringify(templateName)} did not render a mapping`);
    }
    return value;
}
//# sourceMappingURL=overlay.js.map