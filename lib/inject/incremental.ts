/**
 * Injecting a stream as its text arrives: cut into documents (lib/yaml/split.ts), each
 * injected on its own, its output handed back at once, so memory stays flat however long
 * the stream is. What comes out, and every report and error (line, document index), is what
 * injecting the whole text at once gives; so are the errors a failed stream ends with.
 */
import { KinjectError } from '../errors.js';
import { injectParsed } from './stream.js';
import type { Result } from '../report/index.js';
import { DocumentSplitter, type StreamPiece } from '../yaml/split.js';
import { controlCharacter } from '../yaml/text.js';
import { readStream } from '../yaml/index.js';
import type { Injector } from './injector.js';

/** What one push (or the end) of a stream produced. */
export interface ChunkOutcome {
  /** Output text for the documents completed so far ('' once the stream has failed). */
  output: string;
  /** Report lines so far; all of them are void if the stream turns out not to parse ({@link StreamInjector.parseFailed}). */
  reports: Result[];
}

/** Injects one input stream pushed in as text chunks (any sizes, cut anywhere). */
export class StreamInjector {
  private readonly splitter = new DocumentSplitter();
  /** Documents seen so far: the index of the next one. */
  private documents = 0;
  /** The first control character: the whole text is refused for it alone. */
  private control: KinjectError | undefined;
  private readonly parseErrors: KinjectError[] = [];
  private readonly injectErrors: KinjectError[] = [];
  /** Whether the output so far differs from the input so far. */
  changed = false;

  constructor(
    private readonly file: string,
    private readonly injector: Injector,
  ) {}

  /** Add text of the stream. */
  push(text: string): ChunkOutcome {
    return this.inject(this.splitter.push(text));
  }

  /** The stream ended. */
  end(): ChunkOutcome {
    return this.inject(this.splitter.end());
  }

  /** Whether the stream has failed: no more output comes. */
  get failed(): boolean {
    return this.parseFailed || this.injectErrors.length > 0;
  }

  /** Whether the text does not parse: then, as for a whole text, there are no report lines. */
  get parseFailed(): boolean {
    return this.control !== undefined || this.parseErrors.length > 0;
  }

  /**
   * The stream's errors, as for the whole text: a control character alone (the reader
   * refuses the text before parsing it), else the parse errors, else the injection errors.
   */
  errors(): KinjectError[] {
    if (this.control !== undefined) return [this.control];
    return this.parseErrors.length > 0 ? [...this.parseErrors] : [...this.injectErrors];
  }

  private inject(pieces: readonly StreamPiece[]): ChunkOutcome {
    const outcome: ChunkOutcome = { output: '', reports: [] };
    for (const piece of pieces) {
      const docs = this.documents;
      if (piece.hasDocument) this.documents++;
      if (this.control !== undefined) continue;
      const control = controlCharacter(piece.text, this.file);
      if (control !== undefined) {
        this.control = shifted(control, piece.line, 0);
        continue;
      }
      // Positions are the whole stream's: the reader counts lines from the piece's first.
      const stream = readStream(piece.text, this.file, piece.line);
      const parseErrors = stream.docs.flatMap((d) => d.errors);
      this.parseErrors.push(...parseErrors.map((e) => shifted(e, 0, docs)));
      // Once the text is known not to parse, nothing is injected: only the errors matter.
      if (this.parseFailed) continue;
      const r = injectParsed(stream, this.injector);
      outcome.reports.push(
        ...r.reports.map((x) => ({ ...x, file: { ...x.file, index: x.file.index + docs } })),
      );
      this.injectErrors.push(...r.errors.map((e) => shifted(e, 0, docs)));
      this.changed ||= r.changed;
      if (!this.failed) outcome.output += r.output;
    }
    if (this.failed) outcome.output = '';
    return outcome;
  }
}

/** An error of a piece placed in the whole stream: `lines` and `docs` before the piece. */
function shifted(e: KinjectError, lines: number, docs: number): KinjectError {
  return new KinjectError(
    e.code,
    e.message,
    {
      file: e.file,
      doc: e.doc === undefined ? undefined : e.doc + docs,
      pos: e.pos && { line: e.pos.line + lines, col: e.pos.col },
      path: e.path,
    },
    { cause: e.cause },
  );
}
