/**
 * Errors of the template engine. Their messages are exactly Go's `text/template` texts, so
 * callers (and tests) can compare them with what Go prints.
 */
/** A template failed to parse: `template: NAME:LINE: message`. */
export class TemplateError extends Error {
    name = 'TemplateError';
}
/**
 * A template failed while executing:
 * `template: NAME:LINE:COL: executing "NAME" at <NODE>: message`.
 */
export class ExecError extends TemplateError {
    name = 'ExecError';
    /** Name of the template that was executing when the error happened. */
    template;
    constructor(template, message, options) {
        super(message, options);
        this.template = template;
    }
}
//# sourceMappingURL=errors.js.map