/**
 * Errors of the template engine. Their messages are exactly Go's `text/template` texts, so
 * callers (and tests) can compare them with what Go prints.
 */
/** A template failed to parse: `template: NAME:LINE: message`. */
export declare class TemplateError extends Error {
    readonly name: string;
}
/**
 * A template failed while executing:
 * `template: NAME:LINE:COL: executing "NAME" at <NODE>: message`.
 */
export declare class ExecError extends TemplateError {
    readonly name: string;
    /** Name of the template that was executing when the error happened. */
    readonly template: string;
    constructor(template: string, message: string, options?: {
        cause?: unknown;
    });
}
