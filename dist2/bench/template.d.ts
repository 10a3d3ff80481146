/** One measured template. */
export interface TemplateBenchResult {
    name: string;
    parseMs: number;
    executeMs: number;
}
/** Measure parse and execute times of the sidecar templates. */
export declare function benchTemplates(root: string, corpus: string): TemplateBenchResult[];
