/**
 * Namespaces and their labels, which the webhooks' namespaceSelectors read. Labels come from
 * Namespace objects (in the inputs, or a List as `kubectl get ns -o yaml` prints it) and from
 * the command line (`NS:KEY=VALUE,…`). The API server labels every namespace with
 * `kubernetes.io/metadata.name=<name>`; that label is added here too.
 */
import { KinjectError } from '../errors.js';
import { isJsonMap, type JsonMap } from '../go/json-map.js';

/** The label the API server sets on every namespace. */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

/** Known namespaces: name → labels (the automatic name label included). */
export type NamespaceLabels = Map<string, Record<string, string>>;

/** Record a namespace's labels (later sources add to and override earlier ones). */
export function addNamespace(
  known: NamespaceLabels,
  name: string,
  labels: Readonly<Record<string, string>>,
): void {
  known.set(name, { ...known.get(name), ...labels, [NAMESPACE_NAME_LABEL]: name });
}

/** Record the Namespace objects among `objects` (Lists flattened); other kinds are ignored. */
export function addNamespaceObjects(known: NamespaceLabels, objects: readonly unknown[]): void {
  for (const obj of objects) {
    if (!isJsonMap(obj)) continue;
    if (obj.kind === 'List' && Array.isArray(obj.items)) {
      addNamespaceObjects(known, obj.items);
      continue;
    }
    if (obj.kind !== 'Namespace' || !isJsonMap(obj.metadata)) continue;
    const name = obj.metadata.name;
    if (typeof name !== 'string' || name === '') continue;
    addNamespace(known, name, stringLabels(obj.metadata));
  }
}

function stringLabels(meta: JsonMap): Record<string, string> {
  if (!isJsonMap(meta.labels)) return {};
  return Object.fromEntries(
    Object.entries(meta.labels).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
  );
}

/**
 * Parse one `--namespace-labels` argument: `NS:KEY=VALUE[,KEY=VALUE…]`, or `NS:` for a
 * namespace known to have no labels. Throws KinjectError (USAGE).
 */
export function parseNamespaceLabels(arg: string): {
  name: string;
  labels: Record<string, string>;
} {
  const colon = arg.indexOf(':');
  const name = colon < 0 ? '' : arg.slice(0, colon);
  const usage = (why: string): KinjectError =>
    new KinjectError(
      'USAGE',
      `--namespace-labels ${JSON.stringify(arg)}: ${why} (expected NS:KEY=VALUE[,KEY=VALUE…], or NS: for none)`,
    );
  if (name === '') throw usage('no namespace');
  const labels: Record<string, string> = {};
  const rest = arg.slice(colon + 1);
  for (const pair of rest === '' ? [] : rest.split(',')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw usage(`${JSON.stringify(pair)} is not KEY=VALUE`);
    labels[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return { name, labels };
}
