/**
 * Does a plain YAML scalar read as a timestamp for gopkg.in/yaml.v2? It tries Go's
 * `time.Parse` with four layouts: `2006-1-2T15:4:5.999999999Z07:00` (also with a lower-case
 * `t`), `2006-1-2 15:4:5.999999999` and `2006-1-2`. Such strings must be quoted on output.
 */
/** Whether yaml.v2 resolves the plain scalar to `!!timestamp`. */
export declare function isYamlTimestamp(s: string): boolean;
