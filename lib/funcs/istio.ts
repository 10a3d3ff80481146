/**
 * Istio's injection template functions (pkg/kube/inject/template.go, `InjectionFuncmap`)
 * as one {@link FuncMap}, layered over sprig's in Istio's templates, so `indent` and
 * `contains` here are Istio's versions, not sprig's.
 *
 * Struct parameters (`metav1.ObjectMeta`, `[]corev1.Container`, `*meshconfig.MeshConfig`,
 * `*durationpb.Duration`, `proto.Message`) are declared `any` and read from the
 * {@link GoStruct} views of lib/goview.
 */
import { formatValue } from '../template/fmt.js';
import { goFunc, GoInt, GoStruct, type FuncMap } from '../go/value.js';
import { formatGoDuration, parseProtoDuration } from '../go/duration.js';
import { marshalJSON, MarshalError, unmarshalJSON } from '../go/json.js';
import { marshalYaml } from './go-yaml.js';
import { appendMultusNetwork } from './istio/multus.js';
import { omitNil } from './istio/omit-nil.js';
import { otelResourceAttributes } from './istio/otel.js';
import {
  applicationPorts,
  excludeInboundPort,
  fieldOf,
  includeInboundPorts,
} from './istio/ports.js';
import { protoToJSON } from './istio/proto-json.js';
import {
  isset,
  mergeMaps,
  omit,
  strdict,
  stringMapToJSON,
  toJsonMap,
  type StringMap,
} from './istio/string-maps.js';

/** Run a marshaller; on Go's error, the function's fallback (Istio logs and carries on). */
function orFallback(marshal: () => string, fallback: string): string {
  try {
    return marshal();
  } catch (e) {
    if (e instanceof MarshalError) return fallback;
    throw e;
  }
}

/** `annotation meta name default`: the pod annotation, else `fmt.Sprint(default)`. */
function annotation(meta: unknown, name: string, defaultValue: unknown): string {
  const annotations = fieldOf(meta, 'Annotations') as StringMap | undefined;
  return annotations && isset(annotations, name)
    ? (annotations[name] ?? '')
    : formatValue(defaultValue);
}

/** `valueOrDefault value default`: the default when value is "" or nil. */
function valueOrDefault(value: unknown, defaultValue: unknown): unknown {
  return value === '' || value === null || value === undefined ? defaultValue : value;
}

/** Istio's `indent n s`: every line but the first gets |n| spaces (Go's `% ns` of ""). */
function indent(spaces: GoInt, source: string): string {
  const pad = ' '.repeat(Math.abs(spaces.value));
  return source.split('\n').join(`\n${pad}`);
}

/** `fromJSON s`: decoded JSON (numbers float64), or the string "{}" when it does not parse. */
function fromJSON(j: string): unknown {
  try {
    return unmarshalJSON(j);
  } catch (e) {
    if (e instanceof MarshalError) return '{}';
    throw e;
  }
}

/** `directory path`: Go's path.Split directory part, trailing slash kept (`a/b` → `a/`). */
function directory(filepath: string): string {
  return filepath.slice(0, filepath.lastIndexOf('/') + 1);
}

const ASCII = /^[\x00-\x7f]*$/;

/** Go's strings.ToLower: per-character simple case mapping (no context, e.g. final sigma). */
function toLower(s: string): string {
  // ASCII has only simple mappings (the usual case: no per-character work).
  if (ASCII.test(s)) return s.toLowerCase();
  return Array.from(s, (c) => {
    const lower = c.toLowerCase();
    // Special casings that expand (İ → i̇) keep only the simple mapping's first character.
    return Array.from(lower)[0] ?? lower;
  }).join('');
}

/** `formatDuration d`: a protobuf Duration as Go's time.Duration.String() (`1m30s`). */
function formatDuration(d: unknown): string {
  // A nil *Duration is zero; the view's JSON is proto-JSON (`"1.5s"`).
  const { seconds, nanos } = parseProtoDuration(d instanceof GoStruct ? d.toJSON() : undefined);
  return formatGoDuration(seconds, nanos);
}

const identity = (s: string): string => s;

/**
 * Istio's template functions with `env` reading from the given variables (kinject is
 * offline: it never reads the process environment).
 */
export function istioFuncsWithEnv(env: Readonly<Record<string, string>>): FuncMap {
  return {
    formatDuration: goFunc(['any'], formatDuration),
    isset: goFunc(['map[string]string', 'string'], isset),
    excludeInboundPort: goFunc(['any', 'string'], excludeInboundPort),
    includeInboundPorts: goFunc(['any'], includeInboundPorts),
    kubevirtInterfaces: goFunc(['string'], identity),
    excludeInterfaces: goFunc(['string'], identity),
    applicationPorts: goFunc(['any'], applicationPorts),
    annotation: goFunc(['any', 'string', 'any'], annotation),
    valueOrDefault: goFunc(['any', 'any'], valueOrDefault),
    toJSON: goFunc(['map[string]string'], stringMapToJSON),
    fromJSON: goFunc(['string'], fromJSON),
    structToJSON: goFunc(['any'], (v: unknown) =>
      v === null ? '{}' : orFallback(() => marshalJSON(v), '{}'),
    ),
    protoToJSON: goFunc(['any'], protoToJSON),
    toYaml: goFunc(['any'], (v: unknown) => orFallback(() => marshalYaml(v), '')),
    indent: goFunc(['int', 'string'], indent),
    directory: goFunc(['string'], directory),
    contains: goFunc(['string', 'string'], (needle: string, haystack: string) =>
      haystack.includes(needle),
    ),
    toLower: goFunc(['string'], toLower),
    appendMultusNetwork: goFunc(['string', 'string'], appendMultusNetwork),
    env: goFunc(
      ['string', 'string'],
      (key: string, def: string) => (Object.hasOwn(env, key) && env[key]) || def,
    ),
    omit: goFunc(['map[string]string', 'string'], omit, true),
    strdict: goFunc(['string'], strdict, true),
    toJsonMap: goFunc(['map[string]string'], toJsonMap, true),
    mergeMaps: goFunc(['map[string]string'], mergeMaps, true),
    omitNil: goFunc(['any'], omitNil),
    otelResourceAttributes: goFunc(
      ['any', 'map[string]string', 'map[string]string', 'string', 'any'],
      otelResourceAttributes,
    ),
  };
}

/** Istio's template functions with an empty environment (`env` returns its default). */
export const istioFuncs: FuncMap = istioFuncsWithEnv({});
