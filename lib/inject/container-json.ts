/**
 * A container as Go's `json.Marshal(corev1.Container)` writes it: fields in struct order
 * (k8s.io/api core/v1), `resources` always present, resource quantities as strings,
 * map keys sorted. Istio stores the user's container overrides in an annotation this way,
 * so the text must match byte for byte.
 */
import { isObj, type Obj } from './pod.js';

/** Field order per Go type, and the Go type of nested struct fields. */
interface GoType {
  readonly order: readonly string[];
  readonly nested?: Readonly<Record<string, string>>;
  /** Fields marshalled even when absent (non-pointer structs), with their empty value. */
  readonly always?: Readonly<Record<string, () => unknown>>;
}

const HANDLER = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const HANDLER_NESTED = { httpGet: 'HTTPGetAction' };

/** k8s.io/api core/v1 struct field orders for what a container holds. */
const TYPES: Readonly<Record<string, GoType>> = {
  Container: {
    order: ['name', 'image', 'command', 'args', 'workingDir', 'ports', 'envFrom', 'env', 'resources', 'resizePolicy', 'restartPolicy', 'restartPolicyRules', 'volumeMounts', 'volumeDevices', 'livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle', 'terminationMessagePath', 'terminationMessagePolicy', 'imagePullPolicy', 'securityContext', 'stdin', 'stdinOnce', 'tty'],
    nested: { ports: 'ContainerPort', env: 'EnvVar', resources: 'ResourceRequirements', volumeMounts: 'VolumeMount', livenessProbe: 'Probe', readinessProbe: 'Probe', startupProbe: 'Probe', lifecycle: 'Lifecycle', securityContext: 'SecurityContext' },
    always: { resources: () => ({}) },
  },
  ContainerPort: { order: ['name', 'hostPort', 'containerPort', 'protocol', 'hostIP'] },
  EnvVar: { order: ['name', 'value', 'valueFrom'] },
  ResourceRequirements: { order: ['limits', 'requests', 'claims'] },
  VolumeMount: { order: ['name', 'readOnly', 'recursiveReadOnly', 'mountPath', 'subPath', 'mountPropagation', 'subPathExpr'] },
  Probe: { order: [...HANDLER, 'initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold', 'terminationGracePeriodSeconds'], nested: HANDLER_NESTED },
  Lifecycle: { order: ['postStart', 'preStop', 'stopSignal'], nested: { postStart: 'LifecycleHandler', preStop: 'LifecycleHandler' } },
  LifecycleHandler: { order: ['exec', 'httpGet', 'tcpSocket', 'sleep'], nested: HANDLER_NESTED },
  HTTPGetAction: { order: ['path', 'port', 'host', 'scheme', 'httpHeaders'] },
  SecurityContext: {
    order: ['capabilities', 'privileged', 'seLinuxOptions', 'windowsOptions', 'runAsUser', 'runAsGroup', 'runAsNonRoot', 'readOnlyRootFilesystem', 'allowPrivilegeEscalation', 'procMount', 'seccompProfile', 'appArmorProfile'],
    nested: { capabilities: 'Capabilities' },
  },
  Capabilities: { order: ['add', 'drop'] },
};

/** Resource quantities are strings in Go's JSON; maps have sorted keys. */
function quantities(v: unknown): unknown {
  if (!isObj(v)) return v;
  return Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k] === null ? v[k] : String(v[k])]));
}

/** Reorder one value of Go type `type` (lists element-wise); unknown fields follow in their own order. */
function ordered(v: unknown, type: string | undefined): unknown {
  if (Array.isArray(v)) return v.map((x) => ordered(x, type));
  const t = type === undefined ? undefined : TYPES[type];
  if (!isObj(v) || t === undefined) return v;
  const out: Obj = {};
  const keys = [...t.order.filter((k) => k in v || t.always?.[k] !== undefined), ...Object.keys(v).filter((k) => !t.order.includes(k))];
  for (const k of keys) {
    const value = k in v ? v[k] : t.always?.[k]?.();
    if (value === null || value === undefined) continue;
    out[k] = type === 'ResourceRequirements' && (k === 'limits' || k === 'requests') ? quantities(value) : ordered(value, t.nested?.[k]);
  }
  return out;
}

/** A container's data in Go's field order, ready for JSON.stringify. */
export function goContainerJson(container: Obj): Obj {
  return ordered(container, 'Container') as Obj;
}
