/**
 * Go views for templates: Istio's injection templates read Go structs (`.ObjectMeta.Labels`,
 * `.Spec.Containers`, `.ProxyConfig.HoldApplicationUntilProxyStarts.GetValue` …). These
 * functions wrap plain JSON (Kubernetes camelCase, proto-JSON for mesh config) in
 * {@link GoStruct} views that behave like the Go values: every field exists with its Go
 * zero value, pointers may be nil, enums print their names, protobuf getters work on nil,
 * and `toJSON()` gives what Go would marshal (see encode.ts).
 */
export { canonicalizeQuantities } from './quantities.js';
export { goRoundTrip, roundTripObject } from './round-trip.js';
export {
  goView,
  objectMetaView,
  podSpecView,
  typeMetaView,
  namespacedNameView,
  proxyConfigView,
  meshConfigView,
  sidecarTemplateDataView,
  type SidecarTemplateInput,
} from './views.js';
