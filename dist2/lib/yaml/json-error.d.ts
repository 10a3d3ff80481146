/**
 * Where JSON text first goes wrong. JSON.parse says whether text is JSON (fast, native); its
 * messages do not always say where, so this small scanner finds the offset for the error report.
 */
/** The offset where `text` stops being one JSON value (text.length for an early end), or undefined if it is valid (or too deep to tell). */
export declare function jsonErrorOffset(text: string): number | undefined;
