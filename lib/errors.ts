/**
 * Errors are data: a code, a message, and where the problem is (file, document, line:column).
 * Library code never prints or exits; it returns or throws these, and the CLI formats them
 * as `kinject: FILE:LINE:COL: message`.
 */

/** Every error kinject reports, by code. Tests assert the code, not the wording. */
export type ErrorCode =
  | 'USAGE' // bad command-line arguments
  | 'INPUT_READ' // a file or folder could not be read
  | 'OUTPUT_WRITE' // the -o file could not be written
  | 'OUTPUT_CLOSED' // stdout's reader went away before it had everything (`kinject | head`)
  | 'YAML_PARSE' // input is not valid YAML
  | 'JSON_PARSE' // input is not valid JSON
  | 'NOT_AN_OBJECT' // a document is not a Kubernetes object (no kind, not a mapping)
  | 'INVALID_OBJECT' // a workload Kubernetes would not decode or accept (wrong types, no containers)
  | 'CONFIG' // injector config, values or mesh config is unusable
  | 'TEMPLATE_PARSE' // a Go template does not parse
  | 'TEMPLATE_EXEC' // a Go template failed while executing
  | 'TEMPLATE_OUTPUT' // a template rendered YAML that does not parse or is not a pod
  | 'INVALID_ANNOTATION' // a pod's Istio annotation fails Istio's validation
  | 'UNKNOWN_NAMESPACE' // cluster mode: a workload's namespace has no known labels
  | 'INJECTION'; // any other reason injection cannot proceed

/** A position in a text, 1-based, as editors show it. */
export interface Position {
  line: number;
  col: number;
}

/** Where an error happened. All parts are optional: a config error has no document. */
export interface Location {
  /** File path as the user gave it, or `-` / `<stdin>` for standard input. */
  file?: string;
  /** 0-based index of the YAML document within the file. */
  doc?: number;
  pos?: Position;
  /** Where in the document's value the problem is (e.g. the annotation), for its line:column. */
  path?: readonly (string | number)[];
}

/** The one error type kinject's library throws or returns. */
export class KinjectError extends Error {
  override readonly name = 'KinjectError';
  readonly code: ErrorCode;
  readonly file: string | undefined;
  readonly doc: number | undefined;
  readonly pos: Position | undefined;
  readonly path: readonly (string | number)[] | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    where: Location = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.code = code;
    this.file = where.file;
    this.doc = where.doc;
    this.pos = where.pos;
    this.path = where.path;
  }

  /** The same error, placed (fields already set win, so inner positions are kept). */
  at(where: Location): KinjectError {
    return new KinjectError(
      this.code,
      this.message,
      {
        file: this.file ?? where.file,
        doc: this.doc ?? where.doc,
        pos: this.pos ?? where.pos,
        path: this.path ?? where.path,
      },
      { cause: this.cause },
    );
  }
}

/** The message of anything thrown: an Error's message, else its text. */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Any failure as a KinjectError (an unexpected one as INJECTION, its message kept, the
 * original as its cause), so that even a kinject bug is reported with its document.
 */
export function asKinjectError(e: unknown): KinjectError {
  if (e instanceof KinjectError) return e;
  return new KinjectError('INJECTION', messageOf(e), {}, { cause: e });
}

/** `FILE:LINE:COL: message` (parts that are unknown are left out). */
export function formatError(e: KinjectError): string {
  const where = [e.file, e.pos?.line, e.pos?.col]
    .filter((p) => p !== undefined && p !== '')
    .join(':');
  return where ? `${where}: ${e.message}` : e.message;
}
