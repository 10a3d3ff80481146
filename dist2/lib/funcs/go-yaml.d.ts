import { type JsonNode } from './go-json.js';
/** YAML for a JSON tree, as sigs.k8s.io/yaml's JSONToYAML writes it. */
export declare function jsonTreeToYaml(json: JsonNode): string;
/**
 * Go's `sigs.k8s.io/yaml.Marshal(value)` for a template value.
 * @throws MarshalError where Go fails: json.Marshal (NaN, ±Inf) or yaml.v2 reading the JSON back
 * (characters YAML does not allow).
 */
export declare function marshalYaml(value: unknown): string;
