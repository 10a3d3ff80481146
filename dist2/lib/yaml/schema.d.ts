/**
 * YAML 1.1 as Kubernetes reads it (sigs.k8s.io/yaml → go-yaml v2): the options we parse with,
 * and the question every emitter must ask: "if I write this string plain, does it stay a string?".
 */
import type { DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';
/** Options for `yaml`'s parser: YAML 1.1 scalars, no timestamps or base-60 numbers (go-yaml v2 resolves neither into plain values). */
export declare const PARSE_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions;
/** Whether go-yaml v2 (and our reader) would read `text`, written as a plain scalar, as something other than that string. */
export declare function resolvesAsNonString(text: string): boolean;
