/**
 * Errors are data: a code, a message, and where the problem is (file, document, line:column).
 * Library code never prints or exits; it returns or throws these, and the CLI formats them
 * as `kinject: FILE:LINE:COL: message`.
 */
/** Every error kinject reports, by code. Tests assert the code, not the wording. */
export type ErrorCode = 'USAGE' | 'INPUT_READ' | 'OUTPUT_WRITE' | 'YAML_PARSE' | 'JSON_PARSE' | 'NOT_AN_OBJECT' | 'INVALID_OBJECT' | 'CONFIG' | 'TEMPLATE_PARSE' | 'TEMPLATE_EXEC' | 'TEMPLATE_OUTPUT' | 'INVALID_ANNOTATION' | 'INJECTION';
/** A position in a text, 1-based, as editors show it. */
export interface Position {
    line: number;
    col: number;
}
/** Where an error happened. All parts are optional: a config error has no document. */
export interface Location {
    /** File path as the user gave it, or `-` / `<stdin>` for standard input. */
    file?: string;
    /** 0-based index of the YAML document within the file. */
    doc?: number;
    pos?: Position;
    /** Where in the document's value the problem is (e.g. the annotation), for its line:column. */
    path?: readonly (string | number)[];
}
/** The one error type kinject's library throws or returns. */
export declare class KinjectError extends Error {
    readonly name = "KinjectError";
    readonly code: ErrorCode;
    readonly file: string | undefined;
    readonly doc: number | undefined;
    readonly pos: Position | undefined;
    readonly path: readonly (string | number)[] | undefined;
    constructor(code: ErrorCode, message: string, where?: Location, options?: {
        cause?: unknown;
    });
    /** The same error, placed (fields already set win, so inner positions are kept). */
    at(where: Location): KinjectError;
}
/** `FILE:LINE:COL: message` (parts that are unknown are left out). */
export declare function formatError(e: KinjectError): string;
