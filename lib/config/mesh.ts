/**
 * Mesh config: the user's `mesh` text (or the whole `istio` ConfigMap) applied over Istio's
 * built-in defaults with the rules of Istio's `mesh.ApplyMeshConfig` (pkg/config/mesh):
 * every top-level field replaces the default, except
 * - `defaultConfig` (ProxyConfig) merges field by field, its `proxyMetadata` key by key;
 * - `defaultProviders` merges field by field;
 * - `extensionProviders` merge by name (same name: the provider is replaced in place; new
 *   names are appended);
 * - `trustDomainAliases` are the sorted union of both lists.
 * A `null` field is ignored (protobuf JSON leaves the field as it was). Empty values such as
 * `tracing: {}` are kept: "set but empty" differs from unset.
 */
import { isJsonMap } from '../go/json-map.js';
import { clone, setKey } from './deep-merge.js';
import { parseConfigMapping, type ConfigText } from './parse-data.js';

type Mesh = Record<string, unknown>;

/** Fields merged rather than replaced, each with its merge rule. */
const MERGED_FIELDS: Record<string, (base: unknown, user: unknown) => unknown> = {
  defaultConfig: (base, user) => mergeFields(base, user, { proxyMetadata: mergeMap }),
  defaultProviders: (base, user) => mergeFields(base, user, {}),
  extensionProviders: mergeProvidersByName,
  trustDomainAliases: (base, user) =>
    [...new Set([...asList(base), ...asList(user)].map(String))].sort(),
};

/**
 * Read a mesh config text: the mesh YAML itself, or an `istio` ConfigMap whose `data.mesh`
 * holds it. Returns the user's fields (not yet applied over the defaults).
 */
export function parseMeshConfig(source: ConfigText): Mesh {
  return parseConfigMapping(source, 'mesh', 'mesh config');
}

/** The effective mesh config: `user` applied over `defaults` (neither is modified). */
export function applyMeshConfig(user: Mesh, defaults: Mesh): Mesh {
  return mergeFields(defaults, user, MERGED_FIELDS) as Mesh;
}

/** A message merged field by field; `nested` names fields that merge with their own rule. */
function mergeFields(
  base: unknown,
  user: unknown,
  nested: Record<string, (b: unknown, u: unknown) => unknown>,
): unknown {
  if (!isJsonMap(user)) return clone(base);
  const out: Mesh = isJsonMap(base) ? clone(base) : {};
  for (const [rawKey, value] of Object.entries(user)) {
    if (value === null || value === undefined) continue;
    const key = protoJsonName(rawKey);
    const merge = nested[key];
    setKey(out, key, merge ? merge(out[key], value) : clone(value));
  }
  return out;
}

/** A protobuf map field (map<string, string>) merged key by key; its keys are data, not field names. */
function mergeMap(base: unknown, user: unknown): unknown {
  const out: Mesh = isJsonMap(base) ? clone(base) : {};
  if (isJsonMap(user))
    for (const [key, value] of Object.entries(user)) setKey(out, key, clone(value));
  return out;
}

function mergeProvidersByName(base: unknown, user: unknown): unknown[] {
  const out = asList(base).map(clone);
  for (const provider of asList(user)) {
    const name = isJsonMap(provider) ? provider['name'] : undefined;
    const at = out.findIndex((p) => isJsonMap(p) && p['name'] === name);
    if (at >= 0) out[at] = clone(provider);
    else out.push(clone(provider));
  }
  return out;
}

function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** Protobuf JSON accepts the proto field name too: `drain_duration` is `drainDuration`. */
function protoJsonName(key: string): string {
  return key.includes('_') ? key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()) : key;
}
