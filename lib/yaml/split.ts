/**
 * Cutting a YAML stream into documents as its text arrives, without parsing it, so that a
 * stream can be processed one document at a time in constant memory.
 *
 * Why cutting at markers is spec-correct: a line that starts with `---` or `...` followed by
 * a space, a tab or the line's end is a document marker wherever it appears (YAML 1.2
 * §9.1.3, c-forbidden): no scalar, quoted or block, and no flow collection may contain one,
 * so such a line always ends the document before it. A stream is cut
 * - before each `---` line, unless everything since the last cut is comments, blank lines
 *   or directives (`%YAML`, `%TAG`, which belong to the document the `---` starts);
 * - after each `...` line (it ends the document before it).
 * Each piece then holds at most one document, and the pieces tile the text exactly.
 *
 * A stream that starts as JSON (`{` or `[` after whitespace, the way the reader decides) is
 * one value, not a YAML stream: it comes out as a single piece at the end.
 */

/** One cut-out piece of the stream. */
export interface StreamPiece {
  text: string;
  /** 0-based line of the stream at which the piece starts. */
  line: number;
  /** Whether the piece holds a document (else it is only comments, blank lines, directives). */
  hasDocument: boolean;
}

/** `---` or `...` at column 0, then whitespace or the end of the line. */
const MARKER = /^(---|\.\.\.)(?:[ \t\r\n]|$)/;

/** Cuts a YAML stream into {@link StreamPiece}s as text is pushed in. */
export class DocumentSplitter {
  /** Text of the piece being built, as complete lines. */
  private piece: string[] = [];
  private pieceLine = 0;
  private line = 0;
  /** The piece so far has content (not only comments, blanks and directives) or a `---`. */
  private pieceHasDocument = false;
  /** The unfinished last line of what was pushed. */
  private partial = '';
  /** undefined until the first non-blank character decides; then YAML or JSON. */
  private format: 'yaml' | 'json' | undefined;
  private json: string[] = [];

  /** Add text; returns the pieces it completed. */
  push(text: string): StreamPiece[] {
    if (this.format === undefined) {
      // Nothing is cut before the first non-blank character says YAML or JSON (as the
      // reader decides; JavaScript's \s covers a byte-order mark).
      this.partial += text;
      const first = /\S/.exec(this.partial);
      if (!first) return [];
      this.format = first[0] === '{' || first[0] === '[' ? 'json' : 'yaml';
      text = this.partial;
      this.partial = '';
    }
    if (this.format === 'json') {
      this.json.push(text);
      return [];
    }
    const out: StreamPiece[] = [];
    const buffered = this.partial + text;
    let start = 0;
    for (let nl = buffered.indexOf('\n'); nl !== -1; nl = buffered.indexOf('\n', start)) {
      this.addLine(buffered.slice(start, nl + 1), out);
      start = nl + 1;
    }
    this.partial = buffered.slice(start);
    return out;
  }

  /** The stream ended: the last pieces. */
  end(): StreamPiece[] {
    if (this.format === 'json') {
      const text = this.json.join('');
      this.json = [];
      return [{ text, line: 0, hasDocument: true }];
    }
    const blank = this.format === undefined ? this.partial : '';
    this.format = 'yaml';
    if (blank !== '') this.partial = '';
    const out = this.push(blank);
    if (this.partial !== '') this.addLine(this.partial, out);
    this.partial = '';
    this.cut(out);
    return out;
  }

  private addLine(line: string, out: StreamPiece[]): void {
    // A byte-order mark may stand before the stream's first line.
    const marker = MARKER.exec(this.line === 0 ? line.replace(/^\ufeff/, '') : line)?.[1];
    if (marker === '---') {
      if (this.pieceHasDocument) this.cut(out);
      this.pieceHasDocument = true;
    } else if (marker === undefined && !this.pieceHasDocument && !isPrefixLine(line)) {
      this.pieceHasDocument = true;
    }
    this.piece.push(line);
    this.line++;
    if (marker === '...') this.cut(out);
  }

  private cut(out: StreamPiece[]): void {
    if (this.piece.length > 0)
      out.push({
        text: this.piece.join(''),
        line: this.pieceLine,
        hasDocument: this.pieceHasDocument,
      });
    this.piece = [];
    this.pieceLine = this.line;
    this.pieceHasDocument = false;
  }
}

/** A line that can come before a document's `---` without being part of a document: blank, a comment, a directive. */
function isPrefixLine(line: string): boolean {
  const trimmed = line.replace(/^[\ufeff \t]+/, '');
  return (
    trimmed === '' ||
    trimmed === '\n' ||
    trimmed === '\r\n' ||
    trimmed[0] === '#' ||
    line[0] === '%'
  );
}
