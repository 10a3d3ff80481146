/**
 * How gopkg.in/yaml.v2's emitter (a port of libyaml) judges a scalar's text: which styles
 * can represent it, and which characters it must escape. Scalars are handled as arrays
 * of code points, because the emitter counts columns in characters.
 */
/** Line breaks: LF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
export declare function isBreak(cp: number | undefined): boolean;
/**
 * libyaml's printable set. Characters outside the Basic Multilingual Plane count as
 * non-printable (libyaml's check only knows 1- to 3-byte UTF-8), so emoji get escaped.
 */
export declare function isPrintable(cp: number): boolean;
/** Which styles can represent a scalar (libyaml's `scalar_data`). */
export interface ScalarAnalysis {
    readonly multiline: boolean;
    readonly blockPlainAllowed: boolean;
    readonly singleQuotedAllowed: boolean;
    readonly blockAllowed: boolean;
}
/** Analyze a non-empty scalar. */
export declare function analyzeScalar(chars: readonly number[]): ScalarAnalysis;
