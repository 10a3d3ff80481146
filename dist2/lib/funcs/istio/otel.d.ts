import type { StringMap } from './string-maps.js';
/** An image's tag and digest: `[registry[:port]/]name[:tag][@digest]`. */
export declare function parseImageTagDigest(image: string): {
    tag: string;
    digest: string;
};
/** Go's otelResourceAttributes. */
export declare function otelResourceAttributes(mesh: unknown, annotations: StringMap, labels: StringMap, namespace: string, containersArg: unknown): string;
