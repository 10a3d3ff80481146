/**
 * What cluster mode reads from the run's own inputs: their objects (Namespaces, ProxyConfig
 * resources beside the workloads).
 */
import { isJsonMap } from '../go/json-map.js';
import { readStream, streamObjectsOf } from '../yaml/index.js';
import { proxyConfigResource, type ProxyConfigResource } from '../control-plane/index.js';

/** The plain objects of a manifest stream (documents that do not parse are skipped: injection reports them). */
export function streamObjects(text: string, file: string): unknown[] {
  return readStream(text, file).docs.flatMap((d) => (d.errors.length > 0 ? [] : [d.value]));
}

/**
 * The objects of a `--namespaces` file (`kubectl get ns -o yaml`). It is read only for its
 * labels, never injected, so what injection would refuse in an input is refused here.
 * Throws KinjectError (YAML_PARSE / JSON_PARSE / NOT_AN_OBJECT).
 */
export function namespaceFileObjects(text: string, file: string): unknown[] {
  const message = 'namespaces: document is not a Kubernetes object';
  return streamObjectsOf(text, file, message).map((o) => o.object);
}

/** The ProxyConfig resources among objects (Lists flattened), namespaced by `namespace` when they name none. */
export function proxyConfigObjects(
  objects: readonly unknown[],
  file: string,
  namespace: string,
): ProxyConfigResource[] {
  return objects.flatMap((obj): ProxyConfigResource[] => {
    if (!isJsonMap(obj)) return [];
    if (obj.kind === 'List' && Array.isArray(obj.items))
      return proxyConfigObjects(obj.items, file, namespace);
    const resource = proxyConfigResource(obj, { file }, namespace);
    return resource === undefined ? [] : [resource];
  });
}
