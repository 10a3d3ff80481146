import { type Obj } from './pod.js';
/** The annotation key. */
export declare const PROXY_CONFIG_ANNOTATION = "proxy.istio.io/config";
/**
 * Merge a decoded ProxyConfig onto another, as golang/protobuf's jsonpb does when it
 * unmarshals into an existing message: lists append, maps merge, anything else (scalars
 * and nested messages) is replaced; JSON nulls are ignored.
 */
export declare function mergeProxyConfig(base: Obj, patch: Obj): Obj;
/** Read a proxy config annotation value (null when empty). Throws Istio's error text. */
export declare function parseProxyConfig(raw: string): Obj | null;
/** The mesh config with the pod's proxy config annotation applied (the same object if none). */
export declare function applyProxyConfigAnnotation(mesh: Obj, annotations: Readonly<Record<string, string>>): Obj;
