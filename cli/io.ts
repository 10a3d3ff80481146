/**
 * Everything the CLI needs from the outside world, as one injectable object, so tests can
 * run `main` with captured streams and a fake file system.
 */
import { randomBytes } from 'node:crypto';
import { readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
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
  readFile(file: string): Promise<string>;
  writeFile(file: string, text: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  /** `file`, `dir`, or undefined when nothing is there. */
  kindOf(file: string): Promise<'file' | 'dir' | undefined>;
  readDir(dir: string): Promise<string[]>;
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
    readFile: async (file) => decodeUtf8(await readFile(file)),
    writeFile: (file, text) => writeFile(file, text, 'utf8'),
    rename,
    unlink,
    kindOf: async (file) => {
      const s = await stat(file).catch(() => undefined);
      return s?.isDirectory() ? 'dir' : s ? 'file' : undefined;
    },
    readDir: (dir) => readdir(dir),
  };
}

/**
 * Write `text` to `file` so that readers see the old file or the whole new one, never a
 * part: write a temporary file beside it, then rename it over the target.
 */
export async function writeAtomically(io: CliIO, file: string, text: string): Promise<void> {
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    await io.writeFile(temp, text);
    await io.rename(temp, file);
  } catch (e) {
    await io.unlink(temp).catch(() => undefined);
    throw e;
  }
}
