/**
 * Restore the user's scrape annotations in place from the recorded merge configuration
 * (undefined when the proxy carried none: the user had none).
 */
export declare function restorePrometheus(annotations: Record<string, string>, recorded: unknown): void;
