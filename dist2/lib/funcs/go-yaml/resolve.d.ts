/** The tags yaml.v2 resolves plain scalars to. */
export type YamlTag = 'str' | 'int' | 'float' | 'bool' | 'null' | 'timestamp';
/**
 * The integer yaml.v2 reads from a plain scalar that starts with a digit or sign
 * (underscores are dropped first): int64, else uint64. (Its extra `0b` retry can only
 * succeed where ParseInt already did.)
 */
export declare function parseYamlInt(s: string): bigint | undefined;
/** The tag yaml.v2 gives a plain (unquoted) scalar. */
export declare function resolvePlain(s: string): YamlTag;
/** YAML 1.1 sexagesimal floats (`1:20`): yaml.v2 reads them as strings but quotes them. */
export declare function isBase60Float(s: string): boolean;
