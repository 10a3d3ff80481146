/**
 * Everything the CLI needs from the outside world, as one injectable object, so tests can
 * run `main` with captured streams and a fake file system.
 */
import { randomBytes } from 'node:crypto';
import {
  chmod,
  open,
  readdir,
  readFile,
  realpath,
  rename,
  stat,
  unlink,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KinjectError } from '../lib/errors.js';
import { decodeUtf8 } from '../lib/yaml/index.js';

/** The CLI's view of the world. Paths are relative to `cwd` unless absolute. */
export interface CliIO {
  readonly cwd: string;
  /** The folder holding the embedded defaults (`templates/`). */
  readonly templatesDir: string;
  /** Whether stdout takes colour: a terminal, and no NO_COLOR (https://no-color.org). */
  readonly colour: boolean;
  readStdin(): Promise<string>;
  writeStdout(text: string): void;
  writeStderr(text: string): void;
  /** Whether stderr is a terminal (a person watching), not a pipe or a log. */
  readonly stderrIsTTY: boolean;
  readFile(file: string): Promise<string>;
  writeFile(file: string, text: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  /** `file`, `dir`, or undefined when nothing is there. */
  kindOf(file: string): Promise<'file' | 'dir' | undefined>;
  readDir(dir: string): Promise<string[]>;
  /** The environment variables kinject reads itself (KUBE_VERSION, NO_COLOR), when set. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (explain's table is coloured there). */
  readonly stdoutIsTTY?: boolean;
  /** The file a path names, symlinks followed. */
  realPath(file: string): Promise<string>;
  /** A file's permission bits. */
  modeOf(file: string): Promise<number>;
  chmod(file: string, mode: number): Promise<void>;
  /** Flush a file's (or a folder's) content to the disk. */
  sync(file: string): Promise<void>;
}

/** The package's `templates/` folder, found from this module (dist/cli/io.js → ../../templates). */
export const PACKAGE_TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

/** The real world: the process's streams and file system. */
export function nodeIO(): CliIO {
  return {
    cwd: process.cwd(),
    templatesDir: PACKAGE_TEMPLATES_DIR,
    colour: process.stdout.isTTY === true && (process.env.NO_COLOR ?? '') === '',
    readStdin: async () => {
      // Waiting on a terminal for manifests nobody is going to type helps no one.
      if (process.stdin.isTTY)
        throw new KinjectError('USAGE', 'no input: pipe manifests in, or give -f FILE');
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return decodeUtf8(Buffer.concat(chunks));
    },
    writeStdout: (text) => void process.stdout.write(text),
    writeStderr: (text) => void process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
    readFile: async (file) => decodeUtf8(await readFile(file)),
    writeFile: (file, text) => writeFile(file, text, 'utf8'),
    rename,
    unlink,
    kindOf: async (file) => {
      const s = await stat(file).catch(() => undefined);
      return s?.isDirectory() ? 'dir' : s ? 'file' : undefined;
    },
    readDir: (dir) => readdir(dir),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY,
    realPath: (file) => realpath(file),
    modeOf: async (file) => (await stat(file)).mode & 0o7777,
    chmod,
    sync: async (file) => {
      const handle = await open(file, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    },
  };
}

/** A new file's content written and flushed beside its target, ready to be renamed over it. */
export interface StagedFile {
  readonly temp: string;
  readonly target: string;
}

/**
 * Write `text` to a temporary file beside `target`, with `mode` (if given), flushed to the
 * disk; nothing is left behind if that fails.
 */
export async function stageFile(
  io: CliIO,
  target: string,
  text: string,
  mode?: number,
): Promise<StagedFile> {
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    await io.writeFile(temp, text);
    if (mode !== undefined) await io.chmod(temp, mode);
    await io.sync(temp);
    return { temp, target };
  } catch (e) {
    await io.unlink(temp).catch(() => undefined);
    throw e;
  }
}

/** Rename a staged file over its target, then flush the folder so the rename itself lasts. */
export async function commitFile(io: CliIO, staged: StagedFile): Promise<void> {
  await io.rename(staged.temp, staged.target);
  // Not every system can sync a folder; the rename is done either way.
  await io.sync(path.dirname(staged.target)).catch(() => undefined);
}

/** Drop a staged file that will not be committed. */
export async function discardFile(io: CliIO, staged: StagedFile): Promise<void> {
  await io.unlink(staged.temp).catch(() => undefined);
}

/**
 * Write `text` to `file` so that readers see the old file or the whole new one, never a
 * part: write a temporary file beside it, flush it, then rename it over the target.
 */
export async function writeAtomically(io: CliIO, file: string, text: string): Promise<void> {
  const staged = await stageFile(io, file, text);
  try {
    await commitFile(io, staged);
  } catch (e) {
    await discardFile(io, staged);
    throw e;
  }
}
