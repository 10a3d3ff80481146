/**
 * Merging rendered templates and containers into a pod: Kubernetes strategic merge patch
 * on the pod's JSON (Istio's applyOverlayYAML / applyContainer), followed by what Go's
 * round trip through `corev1.Pod` does to the result.
 */
import { type DocumentOptions, type ParseOptions, type SchemaOptions, type ToJSOptions } from 'yaml';
import { type Container, type Obj, type Pod } from './pod.js';
/** Strategic-merge a patch (a partial pod) onto a pod; neither input is modified. */
export declare function applyOverlay(pod: Pod, patch: Obj): Pod;
/** Merge one container onto the pod's containers or init containers, by name. */
export declare function applyContainer(pod: Pod, container: Container, list: 'containers' | 'initContainers'): Pod;
/** How Istio's Go code reads YAML (sigs.k8s.io/yaml); problems are errors, nothing is logged. */
export declare const GO_YAML: ParseOptions & DocumentOptions & SchemaOptions & ToJSOptions;
/** Read a rendered template as a partial pod (Istio decodes it with sigs.k8s.io/yaml). */
export declare function parseRenderedTemplate(text: string, templateName: string): Obj;
