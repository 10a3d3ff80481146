/**
 * Injecting a stream as its text arrives: cut into documents (lib/yaml/split.ts), each
 * injected on its own, its output handed back at once, so memory stays flat however long
 * the stream is. What comes out, and every report and error (line, document index), is what
 * injecting the whole text at once gives.
 */
import { KinjectError } from '../errors.js';
import { injectStream } from '../index.js';
import type { Result } from '../report/index.js';
import { DocumentSplitter, type StreamPiece } from '../yaml/split.js';
import type { Injector } from './index.js';

/** What one push (or the end) of a stream produced. */
export interface ChunkOutcome {
  /** Output text for the documents completed so far ('' once there are errors). */
  output: string;
  reports: Result[];
  errors: KinjectError[];
}

/** Injects one input stream pushed in as text chunks (any sizes, cut anywhere). */
export class StreamInjector {
  private readonly splitter = new DocumentSplitter();
  /** Documents seen so far: the index of the next one. */
  private documents = 0;
  private failed = false;
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

  private inject(pieces: readonly StreamPiece[]): ChunkOutcome {
    const outcome: ChunkOutcome = { output: '', reports: [], errors: [] };
    for (const piece of pieces) {
      const r = injectStream(piece.text, this.file, this.injector);
      const docs = this.documents;
      outcome.reports.push(
        ...r.reports.map((x) => ({
          ...x,
          file: { ...x.file, index: x.file.index + docs },
          ...(x.pos ? { pos: { line: x.pos.line + piece.line, col: x.pos.col } } : {}),
        })),
      );
      outcome.errors.push(...r.errors.map((e) => shifted(e, piece.line, docs)));
      if (piece.hasDocument) this.documents++;
      this.failed ||= r.errors.length > 0;
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
