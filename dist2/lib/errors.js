/**
 * Errors are data: a code, a message, and where the problem is (file, document, line:column).
 * Library code never prints or exits; it returns or throws these, and the CLI formats them
 * as `kinject: FILE:LINE:COL: message`.
 */
/** The one error type kinject's library throws or returns. */
export class KinjectError extends Error {
    name = 'KinjectError';
    code;
    file;
    doc;
    pos;
    path;
    constructor(code, message, where = {}, options) {
        super(message, options);
        this.code = code;
        this.file = where.file;
        this.doc = where.doc;
        this.pos = where.pos;
        this.path = where.path;
    }
    /** The same error, placed (fields already set win, so inner positions are kept). */
    at(where) {
        return new KinjectError(this.code, this.message, {
            file: this.file ?? where.file,
            doc: this.doc ?? where.doc,
            pos: this.pos ?? where.pos,
            path: this.path ?? where.path,
        }, { cause: this.cause });
    }
}
/** `FILE:LINE:COL: message` (parts that are unknown are left out). */
export function formatError(e) {
    const where = [e.file, e.pos?.line, e.pos?.col]
        .filter((p) => p !== undefined && p !== '')
        .join(':');
    return where ? `${where}: ${e.message}` : e.message;
}
//# sourceMappingURL=errors.js.map