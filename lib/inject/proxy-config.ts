/**
 * The `proxy.istio.io/config` pod annotation (Istio's mesh.ApplyProxyConfig): a YAML
 * ProxyConfig applied over the mesh's defaultConfig, with protobuf JSON merge rules.
 */
import { isJsonArray, isJsonMap, type JsonMap } from '../go/json-map.js';
import { parse as parseYaml } from 'yaml';
import { KinjectError } from '../errors.js';
import { GO_YAML } from './overlay.js';
import { SELF_ALIAS, containsItself } from '../yaml/hazards.js';

/** The annotation key. */
export const PROXY_CONFIG_ANNOTATION = 'proxy.istio.io/config';

/** ProxyConfig fields that are protobuf maps: merged key by key rather than replaced. */
const MAP_FIELDS: ReadonlySet<string> = new Set([
  'proxyMetadata',
  'proxy_metadata',
  'runtimeValues',
  'runtime_values',
]);

/** protobuf field names may be written snake_case; the mesh config uses lowerCamelCase. */
function camel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/**
 * Merge a decoded ProxyConfig onto another, as golang/protobuf's jsonpb does when it
 * unmarshals into an existing message: lists append, maps merge, anything else (scalars
 * and nested messages) is replaced; JSON nulls are ignored.
 */
export function mergeProxyConfig(base: JsonMap, patch: JsonMap): JsonMap {
  const out: JsonMap = { ...base };
  for (const [rawKey, value] of Object.entries(patch)) {
    if (value === null) continue;
    const key = camel(rawKey);
    const old = out[key];
    if (isJsonArray(value) && isJsonArray(old)) out[key] = [...old, ...value];
    else if (MAP_FIELDS.has(rawKey) && isJsonMap(value) && isJsonMap(old))
      out[key] = { ...old, ...value };
    else out[key] = value;
  }
  return out;
}

/** Read a proxy config annotation value (null when empty). Throws Istio's error text. */
export function parseProxyConfig(raw: string): JsonMap | null {
  let patch: unknown;
  try {
    patch = parseYaml(raw, GO_YAML);
  } catch (e) {
    // `yaml`'s first line: the rest is an excerpt of the annotation's text.
    const message = ((e as Error).message.split('\n')[0] ?? '').replace(/:$/, '');
    throw new KinjectError('INVALID_ANNOTATION', `could not parse proxy config: ${message}`);
  }
  if (containsItself(patch))
    throw new KinjectError('INVALID_ANNOTATION', `could not parse proxy config: ${SELF_ALIAS}`);
  if (patch === null || patch === undefined) return null;
  if (!isJsonMap(patch))
    throw new KinjectError('INVALID_ANNOTATION', 'could not parse proxy config: not a mapping');
  return patch;
}

/** The mesh config with the pod's proxy config annotation applied (the same object if none). */
export function applyProxyConfigAnnotation(
  mesh: JsonMap,
  annotations: Readonly<Record<string, string>>,
): JsonMap {
  const raw = annotations[PROXY_CONFIG_ANNOTATION];
  const patch = raw === undefined ? null : parseProxyConfig(String(raw));
  if (patch === null) return mesh;
  const defaults = isJsonMap(mesh.defaultConfig) ? mesh.defaultConfig : {};
  return { ...mesh, defaultConfig: mergeProxyConfig(defaults, patch) };
}
