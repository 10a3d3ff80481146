/** yaml.v2's preferred line width and indentation step. */
export declare const BEST_WIDTH = 80;
export declare const BEST_INDENT = 2;
/** The emitter's output buffer and cursor state. */
export declare class YamlWriter {
    #private;
    /** Column in characters. */
    column: number;
    /** The last thing written was whitespace (or nothing yet). */
    whitespace: boolean;
    /** Only indentation has been written on this line. */
    indention: boolean;
    /** Everything written so far. */
    text(): string;
    /** Start a new line if needed and pad to the indent (libyaml's write_indent). */
    writeIndent(indent: number): void;
    /** Write an indicator such as `-`, `:`, `?`, `[`, `|` (libyaml's write_indicator). */
    writeIndicator(text: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void;
    /** A plain scalar; long lines fold at a space once past the preferred width. */
    writePlain(chars: readonly number[], indent: number, allowBreaks: boolean): void;
    /** A single-quoted scalar (`'` doubled). */
    writeSingleQuoted(chars: readonly number[], indent: number, allowBreaks: boolean): void;
    /** A double-quoted scalar with YAML escapes. */
    writeDoubleQuoted(chars: readonly number[], indent: number, allowBreaks: boolean): void;
    /** A literal block scalar (`|`, `|-`, `|+`, `|2-` …). */
    writeLiteral(chars: readonly number[], indent: number): void;
}
