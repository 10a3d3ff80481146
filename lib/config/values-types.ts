/**
 * The types istiod reads injector values into. istiod unmarshals the ConfigMap's `values`
 * into its `Values` protobuf message (operator/pkg/apis/values_types.proto) with jsonpb,
 * unknown fields allowed; a known field of the wrong JSON type fails the whole config
 * (istiod does not start, or keeps its old config). The tables hold the messages injection
 * reads — Values, GlobalConfig, ProxyConfig, ProxyInitConfig, SidecarInjectorConfig —
 * field by field; other messages are only required to be mappings, and
 * `google.protobuf.Value` fields (tag, meshConfig, ztunnel, …) take anything.
 */
import { isJsonMap } from '../go/json-map.js';

/** How jsonpb reads one field: a scalar kind, a list of one, or a message named in MESSAGES. */
type FieldType =
  | 'string'
  | 'bool'
  | 'uint32'
  | 'struct'
  | 'message'
  | 'string[]'
  | 'struct[]'
  | 'tracer'
  | 'resourceScope'
  | keyof typeof MESSAGES;

/** What a kind accepts (JSON after YAML), how an error names it, and a list's item kind. */
interface Kind {
  ok: (v: unknown) => boolean;
  what: string;
  item?: Kind;
}

const STRING: Kind = { ok: (v) => typeof v === 'string', what: 'a string' };
const MAPPING: Kind = { ok: isJsonMap, what: 'a mapping' };

/** A repeated field: a list whose items are `item` (Go's JSON reading leaves a null item zero). */
const listOf = (item: Kind, what: string): Kind => ({
  ok: (v) => Array.isArray(v) && v.every((x) => x === null || item.ok(x)),
  what,
  item,
});

/** The kinds of fields that are no message of MESSAGES. */
const KINDS: Readonly<Record<Exclude<FieldType, keyof typeof MESSAGES>, Kind>> = {
  string: STRING,
  // BoolValue wrappers read the bare JSON boolean: a quoted "true" is a string.
  bool: { ok: (v) => typeof v === 'boolean', what: 'true or false' },
  // jsonpb strips the quotes of a quoted number before reading it.
  uint32: { ok: isUint32, what: 'a whole number from 0 to 4294967295' },
  struct: MAPPING,
  message: MAPPING,
  'string[]': listOf(STRING, 'a list of strings'),
  'struct[]': listOf(MAPPING, 'a list of mappings'),
  tracer: {
    ok: enumOf(['zipkin', 'lightstep', 'datadog', 'stackdriver', 'openCensusAgent', 'none']),
    what: 'one of zipkin, lightstep, datadog, stackdriver, openCensusAgent, none',
  },
  resourceScope: {
    ok: enumOf(['undefined', 'all', 'cluster', 'namespace']),
    what: 'one of undefined, all, cluster, namespace',
  },
};

/** The messages checked field by field: field (proto name) → type. */
const MESSAGES = {
  Values: {
    cni: 'message',
    gateways: 'message',
    global: 'GlobalConfig',
    pilot: 'message',
    telemetry: 'message',
    sidecarInjectorWebhook: 'SidecarInjectorConfig',
    istio_cni: 'message',
    revision: 'string',
    ownerName: 'string',
    base: 'message',
    istiodRemote: 'message',
    revisionTags: 'string[]',
    defaultRevision: 'string',
    profile: 'string',
    compatibilityVersion: 'string',
    experimental: 'message',
  },
  GlobalConfig: {
    ...fields('message', [
      'arch',
      'defaultPodDisruptionBudget',
      'defaultResources',
      'logging',
      'multiCluster',
      'sds',
      'tracer',
      'istiod',
      'sts',
      'waypoint',
      'networkPolicy',
      'agentgateway',
      'readerServiceAccount',
    ]),
    ...fields('bool', [
      'configValidation',
      'logAsJson',
      'omitSidecarInjectorConfigMap',
      'operatorManageWebhooks',
      'mountMtlsCerts',
      'externalIstiod',
      'configCluster',
      'nativeNftables',
      'enableReaderRBAC',
    ]),
    ...fields('string', [
      'hub',
      'imagePullPolicy',
      'istioNamespace',
      'meshID',
      'network',
      'priorityClassName',
      'variant',
      'remotePilotAddress',
      'pilotCertProvider',
      'jwtPolicy',
      'revision',
      'caAddress',
      'caName',
      'platform',
      'ipFamilyPolicy',
      'trustBundleName',
    ]),
    ...fields('string[]', [
      'certSigners',
      'imagePullSecrets',
      'podDNSSearchNamespaces',
      'ipFamilies',
    ]),
    defaultNodeSelector: 'struct',
    meshNetworks: 'struct',
    defaultTolerations: 'struct[]',
    proxy: 'ProxyConfig',
    proxy_init: 'ProxyInitConfig',
    resourceScope: 'resourceScope',
  },
  ProxyConfig: {
    ...fields('string', [
      'autoInject',
      'clusterDomain',
      'componentLogLevel',
      'excludeInboundPorts',
      'excludeIPRanges',
      'image',
      'includeIPRanges',
      'logLevel',
      'outlierLogPath',
      'excludeOutboundPorts',
      'includeInboundPorts',
      'includeOutboundPorts',
    ]),
    ...fields('bool', ['enableCoreDump', 'privileged', 'holdApplicationUntilProxyStarts']),
    ...fields('uint32', [
      'readinessInitialDelaySeconds',
      'readinessPeriodSeconds',
      'readinessFailureThreshold',
      'statusPort',
    ]),
    ...fields('struct', ['seccompProfile', 'lifecycle']),
    ...fields('message', ['startupProbe', 'resources']),
    tracer: 'tracer',
  },
  ProxyInitConfig: { image: 'string', resources: 'message' },
  SidecarInjectorConfig: {
    ...fields('bool', ['enableNamespacesByDefault', 'rewriteAppHTTPProbe']),
    ...fields('string', ['reinvocationPolicy', 'injectionURL']),
    ...fields('struct', ['injectedAnnotations', 'templates']),
    ...fields('struct[]', ['neverInjectSelector', 'alwaysInjectSelector']),
    defaultTemplates: 'string[]',
  },
} as const satisfies Record<string, Record<string, string>>;

/** Rows of one type. */
function fields<T extends string>(type: T, names: readonly string[]): Record<string, T> {
  return Object.fromEntries(names.map((n) => [n, type]));
}

function isUint32(v: unknown): boolean {
  const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 0xffffffff;
}

/** An enum: a value's name, or any 32-bit number. */
function enumOf(names: readonly string[]): (v: unknown) => boolean {
  return (v) =>
    typeof v === 'string'
      ? names.includes(v)
      : typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 2 ** 31;
}

/** protobuf's JSON name of a field (`proxy_init` → `proxyInit`); jsonpb reads both. */
const jsonName = (name: string): string =>
  name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The type of the field `key` of a message, by proto or JSON name. */
function fieldType(message: keyof typeof MESSAGES, key: string): FieldType | undefined {
  const table: Readonly<Record<string, FieldType>> = MESSAGES[message];
  const name = Object.keys(table).find((n) => n === key || jsonName(n) === key);
  return name === undefined ? undefined : table[name];
}

/** A value istiod would not read into its Values type: where it is, and what it must be. */
export interface ValuesTypeProblem {
  path: (string | number)[];
  message: string;
}

/** The first field of `value` (a `message`) that istiod cannot read, or undefined. */
export function valuesTypeProblem(
  value: Readonly<Record<string, unknown>>,
  message: keyof typeof MESSAGES = 'Values',
  path: (string | number)[] = [],
): ValuesTypeProblem | undefined {
  for (const [key, v] of Object.entries(value)) {
    const type = fieldType(message, key);
    // Unknown fields are allowed; a null field is left unset.
    if (type === undefined || v === null) continue;
    const at = [...path, key];
    if (type in MESSAGES) {
      const nested = type as keyof typeof MESSAGES;
      if (!isJsonMap(v)) return problem(at, `a mapping (${nested})`);
      const inner = valuesTypeProblem(v, nested, at);
      if (inner !== undefined) return inner;
      continue;
    }
    const kind = KINDS[type as keyof typeof KINDS];
    if (kind.ok(v)) continue;
    // In a list, the item that does not fit.
    const { item } = kind;
    const index = item && Array.isArray(v) ? v.findIndex((x) => x !== null && !item.ok(x)) : -1;
    return item && index >= 0 ? problem([...at, index], item.what) : problem(at, kind.what);
  }
  return undefined;
}

function problem(path: (string | number)[], expected: string): ValuesTypeProblem {
  const name = path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
  return {
    path,
    message: `values: \`${name.slice(1)}\` must be ${expected}: istiod reads values into its typed Values and refuses the whole config when one does not fit`,
  };
}
