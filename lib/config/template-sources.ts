/**
 * Where each injection template's text lives, so that a template that does not parse is
 * reported at the line of the file it came from (`FILE:LINE:COL`), beside Go's message that
 * names the template's own line: a block scalar's lines are the file's lines, indented (an
 * injector ConfigMap's `config: |`, its `templates.NAME: |`, a values file's template); a
 * bare template file, or kinject's embedded template files joined in order, are files of
 * their own.
 */
import type { Position } from '../errors.js';

/** A piece of a template's text and where it is in a file. */
export interface TemplatePiece {
  file: string;
  /** The template's line (1-based) where this piece starts; a template's pieces are in order. */
  fromLine: number;
  /** The piece's first line is the file's line `offset.line + 1`, at column `offset.col + 1`. */
  offset?: { line: number; col: number };
  /** Where a position of the piece is in the file, when that is no shift (a quoted scalar's text). */
  place?: (p: Position) => Position;
}

/**
 * A template that is a text of its own (a file, a block scalar starting at `offset`, or a
 * quoted scalar whose positions `place` maps).
 */
export function wholeText(source: {
  file: string;
  offset?: { line: number; col: number };
  place?: (p: Position) => Position;
}): TemplatePiece[] {
  const { file, offset = { line: 0, col: 0 }, place } = source;
  return [place === undefined ? { file, fromLine: 1, offset } : { file, fromLine: 1, place }];
}

/** The pieces of files joined in order into one template. */
export function joinedFiles(parts: readonly { text: string; file: string }[]): TemplatePiece[] {
  let fromLine = 1;
  return parts.map((part) => {
    const piece = { file: part.file, fromLine, offset: { line: 0, col: 0 } };
    fromLine += part.text.split('\n').length - 1;
    return piece;
  });
}

/** The file, and where in it, of a template's line `line`; undefined when nothing is known. */
export function locateTemplateLine(
  pieces: readonly TemplatePiece[] | undefined,
  line: number,
): { file: string; pos?: Position } | undefined {
  const piece = (pieces ?? []).filter((p) => p.fromLine <= line).at(-1);
  if (piece === undefined) return undefined;
  if (piece.place !== undefined)
    return { file: piece.file, pos: piece.place({ line: line - piece.fromLine + 1, col: 1 }) };
  if (piece.offset === undefined) return { file: piece.file };
  return {
    file: piece.file,
    pos: { line: piece.offset.line + line - piece.fromLine + 1, col: piece.offset.col + 1 },
  };
}
