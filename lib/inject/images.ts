/**
 * Proxy image names (Istio's ProxyImage / ProxyInitImage): hub/name:tag, with the image
 * type (distroless, debug) from values, the proxy config or the pod annotation.
 */

const KNOWN_IMAGE_TYPES = ['distroless', 'debug'];

/** `values.global.<path…>` as an object, or undefined. */
function globalAt(values: JsonMap, key: string): JsonMap | undefined {
  const g = values.global;
  const v = isJsonMap(g) ? g[key] : undefined;
  return isJsonMap(v) ? v : undefined;
}

/** A string field of values.global (non-strings print as Go's %v would for JSON numbers and bools). */
function globalString(values: JsonMap, key: string): string {
  const g = values.global;
  const v = isJsonMap(g) ? g[key] : undefined;
  return scalarString(v);
}

/** Swap the image-type suffix of a tag (`1.2-distroless` + debug → `1.2-debug`; `default` removes it). */
function withImageType(tag: string, imageType: string): string {
  if (imageType === '') return tag;
  const known = KNOWN_IMAGE_TYPES.find((t) => tag.endsWith(`-${t}`));
  const bare = known === undefined ? tag : tag.slice(0, tag.length - known.length - 1);
  return imageType === 'default' ? bare : `${bare}-${imageType}`;
}

/** hub/name:tag for an image, applying the image type rules. */
function imageUrl(
  values: JsonMap,
  name: string,
  imageType: string,
  annotations: Readonly<Record<string, string>>,
): string {
  let type = imageType === '' ? globalString(values, 'variant') : imageType;
  const fromAnnotation = annotations['sidecar.istio.io/proxyImageType'];
  if (fromAnnotation !== undefined) type = String(fromAnnotation);
  return `${globalString(values, 'hub')}/${name}:${withImageType(globalString(values, 'tag'), type)}`;
}

/** The configured image name under values.global.<key>.image, or proxyv2. */
function imageName(values: JsonMap, key: 'proxy' | 'proxy_init'): string {
  const image = globalAt(values, key)?.image;
  return typeof image === 'string' && image !== '' ? image : 'proxyv2';
}

/** The sidecar image (`.ProxyImage`); `proxyImageType` is the proxy config's `image.imageType`. */
export function proxyImage(
  values: JsonMap,
  proxyImageType: string,
  annotations: Readonly<Record<string, string>>,
): string {
  return imageUrl(values, imageName(values, 'proxy'), proxyImageType, annotations);
}

/** The init container image (`.ProxyInitImage`). */
export function proxyInitImage(
  values: JsonMap,
  annotations: Readonly<Record<string, string>>,
): string {
  return imageUrl(values, imageName(values, 'proxy_init'), '', annotations);
}
import { isJsonMap, type JsonMap, scalarString } from '../go/json-map.js';
