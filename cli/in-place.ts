/**
 * `--in-place`: write each changed input back to its own file, all or nothing. Every input
 * has been processed before this runs (a failed one means it never runs); here every new
 * file is first staged beside its target (written, flushed, given the target's mode), and
 * only when all are staged are they renamed over their targets. A symlink is written
 * through: its target file is replaced and the link stays a link.
 */
import path from 'node:path';
import { KinjectError } from '../lib/errors.js';
import { commitFile, discardFile, stageFile, type CliIO, type StagedFile } from './io.js';

/** A file to rewrite: its name as given and its new text. */
export interface Rewrite {
  readonly name: string;
  readonly text: string;
}

/** A write failure, blamed on the file. */
function writeError(name: string, e: unknown): KinjectError {
  return new KinjectError(
    'OUTPUT_WRITE',
    `cannot write: ${(e as Error).message}`,
    { file: name },
    { cause: e },
  );
}

/** Stage every rewrite (once per real file); on a failure, drop what was staged and throw. */
async function stageAll(
  io: CliIO,
  rewrites: readonly Rewrite[],
): Promise<{ name: string; staged: StagedFile }[]> {
  const done: { name: string; staged: StagedFile }[] = [];
  const seen = new Set<string>();
  for (const { name, text } of rewrites) {
    try {
      const target = await io.realPath(path.resolve(io.cwd, name));
      // The same file named twice (a folder and a glob, or two links) is written once.
      if (seen.has(target)) continue;
      seen.add(target);
      done.push({ name, staged: await stageFile(io, target, text, await io.modeOf(target)) });
    } catch (e) {
      await Promise.all(done.map((d) => discardFile(io, d.staged)));
      throw writeError(name, e);
    }
  }
  return done;
}

/** Rewrite the files; resolves to the names written, in order. Throws OUTPUT_WRITE. */
export async function rewriteInPlace(io: CliIO, rewrites: readonly Rewrite[]): Promise<string[]> {
  const staged = await stageAll(io, rewrites);
  const written: string[] = [];
  for (const [i, { name, staged: file }] of staged.entries()) {
    try {
      await commitFile(io, file);
      written.push(name);
    } catch (e) {
      // A rename beside the file rarely fails; if one does, the rest are not written either.
      await Promise.all(staged.slice(i).map((d) => discardFile(io, d.staged)));
      const already = written.length > 0 ? ` (already written: ${written.join(', ')})` : '';
      throw writeError(name, new Error(`${(e as Error).message}${already}`));
    }
  }
  return written;
}
