/**
 * Whether istio-proxy goes in as a Kubernetes native sidecar, decided as istiod decides it:
 * its `ENABLE_NATIVE_SIDECARS` environment (`auto` unless set) and, in auto mode, whether every
 * node's kubelet is at least 1.33 — offline, the cluster's Kubernetes version stands in for the
 * nodes. An explicit command-line switch wins; the pod's `sidecar.istio.io/nativeSidecar`
 * annotation still wins over all of this when the pod is injected.
 */
import { KinjectError } from '../errors.js';

/** The kubelet minor version from which istiod's auto mode turns native sidecars on. */
export const NATIVE_SIDECAR_MIN_MINOR = 33;

/** The decision and what made it, for the report. */
export interface NativeSidecarDecision {
  native: boolean;
  /** e.g. `ENABLE_NATIVE_SIDECARS=auto and Kubernetes 1.33`. */
  decidedBy: string;
}

/** What the decision reads. */
export interface NativeSidecarInputs {
  /** `--native-sidecars` (true) / `--no-native-sidecars` (false), undefined when neither. */
  flag?: boolean;
  /** istiod's environment (its Deployment's, then `--env`). */
  env: Readonly<Record<string, string>>;
  /** `--kube-version` (or KUBE_VERSION), e.g. `1.33`, `v1.33.2`, `1.33+`. */
  kubeVersion?: string;
}

/** The minor version of a Kubernetes version string. Throws KinjectError (USAGE) for one that is not X.Y. */
export function kubeMinorVersion(version: string): number {
  const m = /^v?(\d+)\.(\d+)(?:[.+-].*)?$/.exec(version.trim());
  if (m === null)
    throw new KinjectError(
      'USAGE',
      `--kube-version ${JSON.stringify(version)}: expected MAJOR.MINOR such as 1.33`,
    );
  return Number(m[2]);
}

/** Rows of istiod's ENABLE_NATIVE_SIDECARS modes (pilot features: anything else means false). */
const MODES: Readonly<Record<string, (kube: number | undefined) => boolean>> = {
  true: () => true,
  false: () => false,
  auto: (kube) => kube !== undefined && kube >= NATIVE_SIDECAR_MIN_MINOR,
};

/** Decide native sidecars (see the module comment). */
export function decideNativeSidecars(inputs: NativeSidecarInputs): NativeSidecarDecision {
  const kube = inputs.kubeVersion === undefined ? undefined : kubeMinorVersion(inputs.kubeVersion);
  if (inputs.flag !== undefined)
    return {
      native: inputs.flag,
      decidedBy: inputs.flag ? '--native-sidecars' : '--no-native-sidecars',
    };
  const mode = inputs.env.ENABLE_NATIVE_SIDECARS ?? 'auto';
  const rule = Object.prototype.hasOwnProperty.call(MODES, mode) ? MODES[mode] : undefined;
  if (rule === undefined)
    return {
      native: false,
      decidedBy: `ENABLE_NATIVE_SIDECARS=${mode} (not true, false or auto: istiod takes false)`,
    };
  const native = rule(kube);
  if (mode !== 'auto') return { native, decidedBy: `ENABLE_NATIVE_SIDECARS=${mode}` };
  return {
    native,
    decidedBy:
      kube === undefined
        ? 'ENABLE_NATIVE_SIDECARS=auto without a Kubernetes version (--kube-version): off, as kube-inject without nodes'
        : `ENABLE_NATIVE_SIDECARS=auto and Kubernetes 1.${kube} (native from 1.${NATIVE_SIDECAR_MIN_MINOR})`,
  };
}
