/**
 * Go's `unicode` predicates and simple case mappings, per code point, and Go's byte view of
 * strings ("binary strings": one JS char per UTF-8 byte) for functions that work on bytes.
 */
/** Go's unicode.IsSpace. */
export declare const isSpace: (r: number) => boolean;
/** Go's unicode.IsUpper / IsLower / IsTitle / IsLetter / IsDigit / IsPunct. */
export declare const isUpper: (r: number) => boolean;
export declare const isLower: (r: number) => boolean;
export declare const isTitle: (r: number) => boolean;
export declare const isLetter: (r: number) => boolean;
export declare const isDigit: (r: number) => boolean;
export declare const isPunct: (r: number) => boolean;
/** Go's unicode.ToUpper. */
export declare const toUpper: (r: number) => number;
/** Go's unicode.ToLower. */
export declare const toLower: (r: number) => number;
/** Apply a code point mapping to every code point (Go's strings.Map). */
export declare function mapRunes(s: string, f: (r: number) => number): string;
/** The code points of a string. */
export declare function runes(s: string): number[];
/** The UTF-8 bytes of s as a binary string (char code = byte), for byte-indexed Go code. */
export declare function toBinary(s: string): string;
/** Back from a binary string to text (invalid UTF-8 becomes U+FFFD). */
export declare function fromBinary(b: string): string;
