/**
 * The control plane a run is configured from (`--control-plane FILE`…): what each revision's
 * ConfigMaps, istiod environment and webhooks say, and the native-sidecar decision.
 */
export {
  emptyControlPlane,
  proxyConfigResource,
  readControlPlane,
  type ControlPlane,
  type Origin,
  type ProxyConfigResource,
  type RevisionPieces,
  type WebhookConfiguration,
} from './read.js';
export {
  decideNativeSidecars,
  kubeMinorVersion,
  NATIVE_SIDECAR_MIN_MINOR,
  type NativeSidecarDecision,
  type NativeSidecarInputs,
} from './native-sidecars.js';
export { missingPiecesError, pieceNames, revisionPieces } from './revisions.js';
