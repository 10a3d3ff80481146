/**
 * Proxy image names (Istio's ProxyImage / ProxyInitImage): hub/name:tag, with the image
 * type (distroless, debug) from values, the proxy config or the pod annotation.
 */
import { type Obj } from './pod.js';
/** The sidecar image (`.ProxyImage`); `proxyImageType` is the proxy config's `image.imageType`. */
export declare function proxyImage(values: Obj, proxyImageType: string, annotations: Readonly<Record<string, string>>): string;
/** The init container image (`.ProxyInitImage`). */
export declare function proxyInitImage(values: Obj, annotations: Readonly<Record<string, string>>): string;
