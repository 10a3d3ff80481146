import { KinjectError, type Position } from '../errors.js';
/** A configuration text and the name the user knows it by (a path, or `--set`). */
export interface ConfigText {
    text: string;
    file: string;
    /** Where the text starts within `file`, when it is embedded in another document. */
    offset?: {
        line: number;
        col: number;
    };
}
/** A parsed configuration document that can still say where its parts came from. */
export interface ConfigDocument {
    value: unknown;
    file: string;
    /** The text of the string at `path` as a text of its own (ConfigMap `data` entries). */
    nested(path: readonly (string | number)[]): ConfigText;
    /** 1-based position of the node at `path`, if the text has one there. */
    posOf(path: readonly (string | number)[]): Position | undefined;
}
/** Parse one YAML or JSON document; a syntax error becomes a CONFIG error at its line. */
export declare function parseConfigText(source: ConfigText): ConfigDocument;
/** Is it a mapping (a plain object), as opposed to a list, scalar or null? */
export declare function isMapping(v: unknown): v is Record<string, unknown>;
/**
 * When the document is a ConfigMap as `kubectl get cm … -o yaml` prints it, its `data`
 * (string values by key); otherwise undefined. Lets users pass either the ConfigMap or the
 * bare text that one of its keys holds.
 */
export declare function configMapData(value: unknown): Record<string, unknown> | undefined;
/** A CONFIG error at `path` within a parsed document. */
export declare function configError(doc: ConfigDocument, path: readonly (string | number)[], message: string): KinjectError;
