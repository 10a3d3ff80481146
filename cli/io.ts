/**
 * Everything the CLI needs from the outside world, as one injectable object, so tests can
 * run `main` with captured streams and a fake file system.
 */
import { createReadStream } from 'node:fs';
import { appendFile, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { KinjectError } from '../lib/errors.js';
import { EMBEDDED_CACHE_FILE } from './embedded-cache.js';

/** The CLI's view of the world. Paths are relative to `cwd` unless absolute. */
export interface CliIO {
  readonly cwd: string;
  /** The folder holding the embedded defaults (`templates/`). */
  readonly templatesDir: string;
  /** Whether stdout takes colour: a terminal, and no NO_COLOR (https://no-color.org). */
  readonly colour: boolean;
  /** The pre-parsed embedded defaults the build writes (cli/embedded-cache.ts); none in tests that want the files read. */
  readonly embeddedCacheFile?: string;
  /** Where output that outgrows memory waits until the run has succeeded (cli/output.ts). */
  readonly tempDir: string;
  /** Output kept in memory before it spills to a file (characters); a default when absent. */
  readonly spillThreshold?: number;
  /** Standard input, as text chunks as they arrive. */
  readStdin(): AsyncIterable<string>;
  /** Resolves once the text is handed on (waits while stdout is backed up). */
  writeStdout(text: string): void | Promise<void>;
  writeStderr(text: string): void;
  readFile(file: string): Promise<string>;
  /** A file's text, as chunks, without reading it whole. */
  streamFile(file: string): AsyncIterable<string>;
  writeFile(file: string, text: string): Promise<void>;
  appendFile(file: string, text: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  /** `file`, `dir`, or undefined when nothing is there. */
  kindOf(file: string): Promise<'file' | 'dir' | undefined>;
  readDir(dir: string): Promise<string[]>;
}

/** Chunk size for reading inputs: large enough to be cheap, small enough to stay flat. */
const READ_CHUNK = 1 << 20;

/** The package's `templates/` folder, found from this module (dist/cli/io.js → ../../templates). */
export const PACKAGE_TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

/** The real world: the process's streams and file system. */
export function nodeIO(): CliIO {
  return {
    cwd: process.cwd(),
    templatesDir: PACKAGE_TEMPLATES_DIR,
    colour: process.stdout.isTTY === true && (process.env.NO_COLOR ?? '') === '',
    tempDir: os.tmpdir(),
    embeddedCacheFile: EMBEDDED_CACHE_FILE,
    readStdin: () => {
      // Waiting on a terminal for manifests nobody is going to type helps no one.
      if (process.stdin.isTTY)
        throw new KinjectError('USAGE', 'no input: pipe manifests in, or give -f FILE');
      return process.stdin.setEncoding('utf8') as AsyncIterable<string>;
    },
    writeStdout: (text) =>
      process.stdout.write(text)
        ? undefined
        : new Promise<void>((resolve) => process.stdout.once('drain', () => resolve())),
    writeStderr: (text) => void process.stderr.write(text),
    readFile: (file) => readFile(file, 'utf8'),
    streamFile: (file) =>
      createReadStream(file, {
        encoding: 'utf8',
        highWaterMark: READ_CHUNK,
      }) as AsyncIterable<string>,
    writeFile: (file, text) => writeFile(file, text, 'utf8'),
    appendFile: (file, text) => appendFile(file, text, 'utf8'),
    rename,
    unlink,
    kindOf: async (file) => {
      const s = await stat(file).catch(() => undefined);
      return s?.isDirectory() ? 'dir' : s ? 'file' : undefined;
    },
    readDir: (dir) => readdir(dir),
  };
}
