/**
 * Go's `strconv` quoting: Quote, QuoteToASCII, QuoteRune, QuoteRuneToASCII, CanBackquote,
 * IsPrint — on JavaScript strings, read as sequences of Unicode code points.
 */
/** Go's `strconv.IsPrint` for one code point. */
export declare function isPrint(r: number): boolean;
/** Go's `strconv.Quote` (`asciiOnly`: `strconv.QuoteToASCII`). */
export declare function quote(s: string, asciiOnly?: boolean): string;
/** Go's `strconv.QuoteRune` (`asciiOnly`: `QuoteRuneToASCII`); invalid code points become U+FFFD. */
export declare function quoteRune(r: number, asciiOnly?: boolean): string;
/** Go's `strconv.CanBackquote`: no control characters but tab, no backquote, no BOM. */
export declare function canBackquote(s: string): boolean;
