/** A field of a struct view (undefined for anything else). */
export declare function fieldOf(v: unknown, name: string): unknown;
/** A slice argument as an array (a nil slice is empty). */
export declare function sliceOf(v: unknown): readonly unknown[];
/**
 * `excludeInboundPort port list`: add the port to the comma-separated list unless it is
 * already there or is empty or 0. Blank entries are dropped when the list is rebuilt.
 */
export declare function excludeInboundPort(port: unknown, excludedInboundPorts: string): string;
/** `includeInboundPorts containers`: every container's ports, comma-separated. */
export declare function includeInboundPorts(containers: unknown): string;
/** `applicationPorts containers`: like includeInboundPorts, without the proxy's own ports. */
export declare function applicationPorts(containers: unknown): string;
