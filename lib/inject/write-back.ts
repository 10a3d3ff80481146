/**
 * Writing an injected object back the way `istioctl kube-inject` does: through its Go type
 * (zero values, omitempty, quantities; a List item by item), less the serializer's empty
 * marks the user did not write. The one place that round-trips a whole object.
 */
import { roundTripObject } from '../goview/index.js';
import type { JsonMap } from '../k8s/json.js';
import type { Obj } from './pod.js';
import { dropSerializerNoise } from './serializer-noise.js';

/** `edited` as kube-inject writes it, where `original` is what the user wrote. */
export function writeBack(original: Obj, edited: Obj): Obj {
  return dropSerializerNoise(original, roundTripObject(edited as JsonMap)) as Obj;
}
