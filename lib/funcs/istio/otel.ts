/**
 * `otelResourceAttributes mesh annotations labels namespace containers`: the
 * OTEL_RESOURCE_ATTRIBUTES value (OpenTelemetry's Kubernetes service attributes) when an
 * OpenTelemetry extension provider asks for OTEL_SEMANTIC_CONVENTIONS enrichment; "" otherwise.
 */
import { isJsonMap, scalarString } from '../../go/json-map.js';
import { GoStruct } from '../../go/value.js';
import { fieldOf, sliceOf } from './ports.js';
import type { StringMap } from './string-maps.js';

const ENRICHMENT = 'OTEL_SEMANTIC_CONVENTIONS';
const ANNOTATION_PREFIX = 'resource.opentelemetry.io/';

/** Does any extension provider (read from the mesh config's proto-JSON) enable it? */
function wantsSemanticConventions(mesh: unknown): boolean {
  const json = mesh instanceof GoStruct ? mesh.toJSON() : undefined;
  const providers = isJsonMap(json) ? json.extensionProviders : undefined;
  return sliceOf(providers).some(
    (p) =>
      isJsonMap(p) &&
      isJsonMap(p.opentelemetry) &&
      p.opentelemetry.serviceAttributeEnrichment === ENRICHMENT,
  );
}

/** A non-empty map value, or undefined. */
function lookup(m: StringMap, key: string): string | undefined {
  const v = m !== null && Object.prototype.hasOwnProperty.call(m, key) ? m[key] : undefined;
  return v === '' ? undefined : v;
}

/** An image's tag and digest: `[registry[:port]/]name[:tag][@digest]`. */
export function parseImageTagDigest(image: string): { tag: string; digest: string } {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : '';
  const ref = at >= 0 ? image.slice(0, at) : image;
  const colon = ref.lastIndexOf(':');
  const tag = colon > ref.lastIndexOf('/') ? ref.slice(colon + 1) : '';
  return { tag, digest };
}

/** service.version from the only container's image: `tag@digest`, `digest` or `tag`. */
function imageVersion(containers: readonly unknown[]): string | undefined {
  if (containers.length !== 1) return undefined;
  const { tag, digest } = parseImageTagDigest(scalarString(fieldOf(containers[0], 'Image')));
  return [tag, digest].filter((p) => p !== '').join('@') || undefined;
}

/** Go's otelResourceAttributes. */
export function otelResourceAttributes(
  mesh: unknown,
  annotations: StringMap,
  labels: StringMap,
  namespace: string,
  containersArg: unknown,
): string {
  if (!wantsSemanticConventions(mesh)) return '';
  const containers = sliceOf(containersArg);
  const attrs: string[] = [];
  const serviceNamespace =
    lookup(annotations, `${ANNOTATION_PREFIX}service.namespace`) ?? (namespace || undefined);
  if (serviceNamespace !== undefined) attrs.push(`service.namespace=${serviceNamespace}`);
  const version =
    lookup(annotations, `${ANNOTATION_PREFIX}service.version`) ??
    lookup(labels, 'app.kubernetes.io/version') ??
    imageVersion(containers);
  if (version !== undefined) attrs.push(`service.version=${version}`);
  const instance = lookup(annotations, `${ANNOTATION_PREFIX}service.instance.id`);
  if (instance !== undefined) attrs.push(`service.instance.id=${instance}`);
  else if (containers.length > 0)
    attrs.push(
      `service.instance.id=${namespace}.$(POD_NAME).${scalarString(fieldOf(containers[0], 'Name'))}`,
    );
  return attrs.join(',');
}
