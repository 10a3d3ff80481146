/** Go's appendMultusNetwork. */
export declare function appendMultusNetwork(existingValue: string, istioCniNetwork: string): string;
