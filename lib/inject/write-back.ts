/**
 * Writing an injected object back the way `istioctl kube-inject` does: through its Go type
 * (zero values, omitempty, quantities; a List item by item), less the serializer's empty
 * marks the user did not write. The one place that round-trips a whole object.
 */
import type { JsonMap } from '../go/json-map.js';
import { roundTripObject } from '../goview/index.js';
import { dropSerializerNoise } from './serializer-noise.js';

/** `edited` as kube-inject writes it, where `original` is what the user wrote. */
export function writeBack(original: JsonMap, edited: JsonMap): JsonMap {
  return dropSerializerNoise(original, roundTripObject(edited)) as JsonMap;
}
