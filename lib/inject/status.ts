/**
 * The `sidecar.istio.io/status` annotation: what the injection added (by name), so a
 * later run can recognise and strip it.
 */
import { isJsonMap, type JsonMap, scalarString } from '../go/json-map.js';
import { goJson } from './pod.js';

/** The status annotation key. */
export const STATUS_ANNOTATION = 'sidecar.istio.io/status';

/** What a previous injection recorded. */
export interface InjectionStatus {
  initContainers: string[];
  containers: string[];
  volumes: string[];
  imagePullSecrets: string[];
  revision: string;
}

/** Names of the items of a list field (Go's nil slice becomes JSON null when empty). */
function namesOf(spec: JsonMap, key: string): string[] | null {
  const v = spec[key];
  const names = Array.isArray(v)
    ? v.map((i: unknown) => scalarString(isJsonMap(i) ? i.name : undefined))
    : [];
  return names.length > 0 ? names : null;
}

/**
 * The annotation value for a rendered template pod spec, byte for byte as Istio's
 * `json.Marshal(SidecarInjectionStatus)` writes it (empty lists are `null`).
 */
export function formatInjectionStatus(templateSpec: JsonMap, revision: string): string {
  return goJson({
    initContainers: namesOf(templateSpec, 'initContainers'),
    containers: namesOf(templateSpec, 'containers'),
    volumes: namesOf(templateSpec, 'volumes'),
    imagePullSecrets: namesOf(templateSpec, 'imagePullSecrets'),
    revision: revision === '' ? 'default' : revision,
  });
}

/** A string list from parsed JSON (anything else is empty). */
function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
}

/** Read a status annotation value; undefined if absent or not valid JSON (Istio ignores it then). */
export function parseInjectionStatus(value: unknown): InjectionStatus | undefined {
  if (typeof value !== 'string') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (!isJsonMap(parsed)) return undefined;
  return {
    initContainers: stringList(parsed.initContainers),
    containers: stringList(parsed.containers),
    volumes: stringList(parsed.volumes),
    imagePullSecrets: stringList(parsed.imagePullSecrets),
    revision: typeof parsed.revision === 'string' ? parsed.revision : '',
  };
}
