/**
 * Reading an Istio control plane as users have it on disk — a rendered `helm template istiod`,
 * `istioctl manifest generate`, or `kubectl get … -o yaml` Lists — into the pieces injection
 * needs, by revision. Everything else in those files (ServiceAccounts, Services, RBAC, …) is
 * ignored; istiod's own Deployment is read for its environment, never injected.
 */
import type { ConfigText } from '../config/parse-data.js';
import { KinjectError } from '../errors.js';
import { isJsonMap, type JsonMap } from '../go/json-map.js';
import { deepEqual } from '../yaml/match.js';
import { streamObjectsOf, type ParsedDocument } from '../yaml/index.js';

/** Where an object of a control-plane file came from (for errors and reports). */
export interface Origin {
  file: string;
  line?: number;
  col?: number;
}

/** A MutatingWebhookConfiguration, with where it was found. */
export interface WebhookConfiguration {
  name: string;
  labels: Record<string, string>;
  webhooks: JsonMap[];
  origin: Origin;
}

/** A networking.istio.io ProxyConfig resource. */
export interface ProxyConfigResource {
  name: string;
  /** '' when the document had none (the run's namespace applies). */
  namespace: string;
  spec: JsonMap;
  origin: Origin;
}

/**
 * A ProxyConfig resource (networking.istio.io) as kinject keeps it, or undefined for any other
 * object; `namespace` stands in where its metadata names none.
 */
export function proxyConfigResource(
  obj: JsonMap,
  origin: Origin,
  namespace = '',
): ProxyConfigResource | undefined {
  if (obj.kind !== 'ProxyConfig' || typeof obj.apiVersion !== 'string') return undefined;
  if (!obj.apiVersion.startsWith('networking.istio.io/')) return undefined;
  const meta = isJsonMap(obj.metadata) ? obj.metadata : {};
  return {
    name: typeof meta.name === 'string' ? meta.name : '',
    namespace:
      typeof meta.namespace === 'string' && meta.namespace !== '' ? meta.namespace : namespace,
    spec: isJsonMap(obj.spec) ? obj.spec : {},
    origin,
  };
}

/** One revision's configuration found in the files; each piece optional. */
export interface RevisionPieces {
  /** The istio-sidecar-injector[-REV] ConfigMap, as a text of its own (its `config` and `values`). */
  injector?: ConfigText;
  /** The istio[-REV] ConfigMap (its `mesh`). */
  mesh?: ConfigText;
  /** The environment of istiod[-REV]'s `discovery` container (literal values only). */
  env?: Record<string, string>;
}

/** Everything kinject takes from control-plane files. */
export interface ControlPlane {
  /** By revision ('' is the default revision). */
  revisions: Map<string, RevisionPieces>;
  webhooks: WebhookConfiguration[];
  proxyConfigs: ProxyConfigResource[];
  /** `Kind namespace/name` of every object seen, for "what the files did contain" errors. */
  contents: string[];
  /** Each revision's pieces (by `injector REV`, `mesh REV`, `env REV`): where first found, and what they hold. */
  pieceOrigins: Map<string, { origin: Origin; content: unknown }>;
}

/** An empty control plane (what no `--control-plane` means). */
export function emptyControlPlane(): ControlPlane {
  return {
    revisions: new Map(),
    webhooks: [],
    proxyConfigs: [],
    contents: [],
    pieceOrigins: new Map(),
  };
}

/**
 * A text of one control-plane object, so config parsers can report positions in the original
 * file: its document's text, and for an item of a `kind: List` where in the document it is.
 */
function objectText(
  file: string,
  text: string,
  doc: ParsedDocument,
  path: readonly (string | number)[],
): ConfigText {
  const line = text.slice(0, doc.start).split('\n').length - 1;
  return {
    text: text.slice(doc.start, doc.end),
    file,
    offset: { line, col: 0 },
    ...(path.length === 0 ? {} : { root: path }),
  };
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
/** A scalar as Kubernetes would have it as a string (labels and env values are strings). */
const text = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** `metadata.name`, `metadata.namespace`, `metadata.labels` of an object. */
function metaOf(obj: JsonMap): { name: string; namespace: string; labels: Record<string, string> } {
  const meta = isJsonMap(obj.metadata) ? obj.metadata : {};
  const labels = isJsonMap(meta.labels)
    ? Object.fromEntries(Object.entries(meta.labels).map(([k, v]) => [k, text(v)]))
    : {};
  return { name: str(meta.name), namespace: str(meta.namespace), labels };
}

/** The revision a revisioned object belongs to: its name's suffix after `base-`, else its istio.io/rev label. */
function revisionOf(
  name: string,
  base: string,
  labels: Record<string, string>,
): string | undefined {
  if (name === base) return '';
  if (!name.startsWith(`${base}-`)) return undefined;
  const label = labels['istio.io/rev'];
  const suffix = name.slice(base.length + 1);
  return label !== undefined && label !== 'default' ? label : suffix;
}

/** The literal env of istiod's discovery container (valueFrom entries are left out: no cluster to ask). */
function istiodEnv(obj: JsonMap): Record<string, string> {
  const spec = isJsonMap(obj.spec) ? obj.spec : {};
  const template = isJsonMap(spec.template) ? spec.template : {};
  const pod = isJsonMap(template.spec) ? template.spec : {};
  const containers = Array.isArray(pod.containers) ? pod.containers.filter(isJsonMap) : [];
  const discovery = containers.find((c) => c.name === 'discovery') ?? containers[0];
  const env: Record<string, string> = {};
  for (const e of Array.isArray(discovery?.env) ? discovery.env : []) {
    if (isJsonMap(e) && typeof e.name === 'string' && e.value !== undefined && e.value !== null)
      env[e.name] = text(e.value);
  }
  return env;
}

/** `FILE:LINE` of an origin, as an error names the other object. */
const at = (o: Origin): string => `${o.file}${o.line === undefined ? '' : `:${o.line}`}`;

/** A revision's pieces, how an error names what configures one, and what is compared. */
const PIECES = {
  injector: { role: 'the injector', content: 'other data' },
  mesh: { role: 'the mesh', content: 'other data' },
  env: { role: "istiod's environment", content: 'another env' },
} as const;

/**
 * Whether a revision's piece (its injector or mesh ConfigMap, istiod's env) is new: a repeat
 * holding the same (the same export passed twice, or a ConfigMap as `kubectl get` prints it
 * beside the rendered one) is not, and one holding other `content` is refused, at the second:
 * which one istiod runs with cannot be told.
 */
function firstOf(
  cp: ControlPlane,
  piece: keyof typeof PIECES,
  rev: string,
  obj: JsonMap,
  content: unknown,
  origin: Origin,
): boolean {
  const key = `${piece} ${rev}`;
  const seen = cp.pieceOrigins.get(key);
  if (seen === undefined) {
    cp.pieceOrigins.set(key, { origin, content });
    return true;
  }
  if (deepEqual(seen.content, content)) return false;
  const { name, namespace } = metaOf(obj);
  const revision = rev === '' ? 'the default revision' : `revision ${JSON.stringify(rev)}`;
  const { role, content: what } = PIECES[piece];
  throw new KinjectError(
    'CONFIG',
    `${str(obj.kind)} ${namespace === '' ? name : `${namespace}/${name}`} configures ${role} of ${revision} a second time, with ${what} than the one at ${at(seen.origin)}; a revision has one: pass only one of them`,
    {
      file: origin.file,
      ...(origin.line === undefined ? {} : { pos: { line: origin.line, col: origin.col ?? 1 } }),
    },
  );
}

/** Take one object into the control plane. */
function take(cp: ControlPlane, obj: JsonMap, textOf: () => ConfigText, origin: Origin): void {
  const kind = str(obj.kind);
  const { name, namespace, labels } = metaOf(obj);
  cp.contents.push(`${kind || '<no kind>'} ${namespace === '' ? name : `${namespace}/${name}`}`);
  const pieces = (rev: string): RevisionPieces => {
    const found = cp.revisions.get(rev) ?? {};
    cp.revisions.set(rev, found);
    return found;
  };
  if (kind === 'ConfigMap') {
    const injectorRev = revisionOf(name, 'istio-sidecar-injector', labels);
    if (injectorRev !== undefined && firstOf(cp, 'injector', injectorRev, obj, obj.data, origin))
      pieces(injectorRev).injector = textOf();
    const meshRev = revisionOf(name, 'istio', labels);
    const isMesh = meshRev !== undefined && isJsonMap(obj.data) && 'mesh' in obj.data;
    if (isMesh && firstOf(cp, 'mesh', meshRev, obj, obj.data, origin))
      pieces(meshRev).mesh = textOf();
  } else if (kind === 'Deployment') {
    const rev = revisionOf(name, 'istiod', labels);
    const env = istiodEnv(obj);
    if (rev !== undefined && firstOf(cp, 'env', rev, obj, env, origin)) pieces(rev).env = env;
  } else if (kind === 'MutatingWebhookConfiguration') {
    const webhooks = Array.isArray(obj.webhooks) ? obj.webhooks.filter(isJsonMap) : [];
    cp.webhooks.push({ name, labels, webhooks, origin });
  } else {
    const proxyConfig = proxyConfigResource(obj, origin);
    if (proxyConfig !== undefined) cp.proxyConfigs.push(proxyConfig);
  }
}

/**
 * Add the objects of one control-plane file (a YAML/JSON stream, `kind: List`s flattened) to
 * `cp`. Throws KinjectError (YAML_PARSE / JSON_PARSE / NOT_AN_OBJECT) for a file that does not
 * read, and CONFIG for a revision's ConfigMap or istiod Deployment that repeats one already
 * read with other data or env.
 */
export function readControlPlane(cp: ControlPlane, text: string, file: string): ControlPlane {
  const message = 'control plane: document is not a Kubernetes object';
  for (const { doc, object: value } of streamObjectsOf(text, file, message)) {
    const items = value.kind === 'List' && Array.isArray(value.items) ? value.items : undefined;
    const objects = items === undefined ? [value] : items.filter(isJsonMap);
    for (const obj of objects) {
      const path = items === undefined ? [] : ['items', items.indexOf(obj)];
      const pos = doc.posOf(path);
      const origin = { file, ...(pos === undefined ? {} : { line: pos.line, col: pos.col }) };
      take(cp, obj, () => objectText(file, text, doc, path), origin);
    }
  }
  return cp;
}
