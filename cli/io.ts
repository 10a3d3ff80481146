/**
 * Everything the CLI needs from the outside world, as one injectable object, so tests can
 * run `main` with captured streams and a fake file system.
 */
import {
  closeSync,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import type * as Crypto from 'node:crypto';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import type * as Os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KinjectError } from '../lib/errors.js';
import { decodeUtf8, Utf8Stream } from '../lib/yaml/index.js';
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
  /** Resolves once the text (or bytes: UTF-8 already) is handed on (waits while stdout is backed up). */
  writeStdout(text: string | Uint8Array): void | Promise<void>;
  writeStderr(text: string): void;
  /** Whether stderr is a terminal (a person watching), not a pipe or a log. */
  readonly stderrIsTTY: boolean;
  readFile(file: string): Promise<string>;
  /** A file's bytes, undecoded. */
  readBytes(file: string): Promise<Uint8Array>;
  /** A file's text, as chunks, without reading it whole. */
  streamFile(file: string): AsyncIterable<string>;
  /**
   * A file's bytes, as chunks, undecoded (for output that was text already: cli/output.ts).
   * A chunk is valid until the next is asked for: the reads reuse one buffer.
   */
  streamFileBytes(file: string): AsyncIterable<Uint8Array>;
  writeFile(file: string, text: string): Promise<void>;
  /** `text` added at the end of `file`; a file it makes gets `mode` (default: 0o666 less the umask). */
  appendFile(file: string, text: string, mode?: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  /**
   * A name for a new temporary file beside `target` (hidden, not guessable). Until it is
   * renamed or removed through this IO, a run that is interrupted removes it as it ends.
   */
  tempBeside(target: string): string;
  /** `file`, `dir`, or undefined when nothing is there. */
  kindOf(file: string): Promise<'file' | 'dir' | undefined>;
  readDir(dir: string): Promise<string[]>;
  /** The environment variables kinject reads itself (KUBE_VERSION, NO_COLOR), when set. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (explain's table is coloured there). */
  readonly stdoutIsTTY?: boolean;
  /** The file a path names, symlinks followed. */
  realPath(file: string): Promise<string>;
  /**
   * What writing to `file` would meet, symlinks followed: undefined when nothing is there,
   * else whether it is a regular file (not a device, a FIFO, a socket or a folder), its real
   * path (a regular file's; others keep the name given) and its permission bits.
   */
  targetOf(file: string): Promise<{ regular: boolean; real: string; mode: number } | undefined>;
  /**
   * `data` (text, or bytes as chunks) written into `file` where it is, after what it holds:
   * for what a rename cannot replace (/dev/stdout, /dev/null, a named pipe).
   */
  writeInto(file: string, data: string | AsyncIterable<Uint8Array>): Promise<void>;
  /** A file's permission bits. */
  modeOf(file: string): Promise<number>;
  chmod(file: string, mode: number): Promise<void>;
  /** Flush a file's (or a folder's) content to the disk. */
  sync(file: string): Promise<void>;
}

/** Chunk size for reading inputs: large enough to be cheap, small enough to stay flat. */
const READ_CHUNK = 1 << 20;
/** The smallest read buffer, for a file that is (or was, when opened) tiny: it may grow. */
const MIN_CHUNK = 1 << 14;

/**
 * The bytes spilled text is encoded into, made once (appendText is synchronous, so runs in
 * one process can share it). A fresh block of this size for every spill, or every chunk
 * read, made peak RSS grow with the stream's length: glibc gives a block this large its own
 * mapping, and freeing one makes it raise its mapping threshold past the size, so the next
 * ones came from its heap, which it does not give back when fragmented (20k workloads: ~40 MB
 * outside the JS heap, against ~6 MB with buffers made once).
 */
let scratch: Buffer | undefined;
const scratchBuffer = (): Buffer => (scratch ??= Buffer.allocUnsafeSlow(READ_CHUNK));

/** The package's `templates/` folder, found from this module (dist/cli/io.js → ../../templates). */
export const PACKAGE_TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

/**
 * Builtins only some runs need, loaded on their first use: node:fs/promises (with its
 * readline, watcher and folder modules), node:os and node:crypto (with node:stream) cost a
 * usual small run several milliseconds each.
 */
const lazyRequire = createRequire(import.meta.url);
const fsp = (): typeof FsPromises => lazyRequire('node:fs/promises') as typeof FsPromises;

/** The real world: the process's streams and file system. */
export function nodeIO(): CliIO {
  const stdout = new FdWriter(1, () => process.stdout, 'stdout');
  const stderr = new FdWriter(2, () => process.stderr, 'stderr');
  return {
    cwd: process.cwd(),
    templatesDir: PACKAGE_TEMPLATES_DIR,
    // Getters, read only by the runs that need them: process.stdout and process.stderr are
    // made on their first use, and making one costs node:stream (a pipe's, node:net too).
    get colour() {
      return process.stdout.isTTY === true && (process.env.NO_COLOR ?? '') === '';
    },
    get tempDir() {
      return (lazyRequire('node:os') as typeof Os).tmpdir();
    },
    embeddedCacheFile: EMBEDDED_CACHE_FILE,
    readStdin: () => {
      // Waiting on a terminal for manifests nobody is going to type helps no one.
      if (process.stdin.isTTY)
        throw new KinjectError('USAGE', 'no input: pipe manifests in, or give -f FILE');
      return decodedChunks(process.stdin as AsyncIterable<Uint8Array>);
    },
    writeStdout: (text) => stdout.write(text),
    writeStderr: (text) => {
      try {
        void stderr.write(text)?.catch(() => undefined);
      } catch {
        // Nobody reads stderr any more: nothing to tell.
      }
    },
    get stderrIsTTY() {
      return process.stderr.isTTY === true;
    },
    // Reads are synchronous (a run does one thing at a time): asynchronous ones cost every
    // start the libuv thread pool, fs/promises' machinery and their wake-ups (bench's small
    // Deployment: ~60 ms CPU less on a loaded machine, callgrind 458M -> 302M instructions).
    readFile: (file) => promised(() => decodeUtf8(readFileSync(file))),
    readBytes: (file) => promised(() => readFileSync(file)),
    streamFile: (file) => decodedChunks(fileChunks(file)),
    streamFileBytes: fileChunks,
    writeFile: (file, text) => fsp().writeFile(file, text, 'utf8'),
    appendFile: (file, text, mode) => promised(() => appendText(file, text, mode)),
    rename: async (from, to) => {
      await fsp().rename(from, to);
      pendingTemps.forget(from);
    },
    unlink: async (file) => {
      try {
        await fsp().unlink(file);
      } finally {
        // Gone, or never made (a failed run removes what it may have made).
        pendingTemps.forget(file);
      }
    },
    tempBeside: (target) => pendingTemps.track(tempName(target)),
    kindOf: (file) =>
      promised(() => {
        try {
          // Nothing there is the usual answer (the .kinject.yaml and .git lookups, up from
          // the working folder): as undefined, not as an ENOENT error built with its stack.
          const stats = statSync(file, { throwIfNoEntry: false });
          return stats === undefined ? undefined : stats.isDirectory() ? 'dir' : 'file';
        } catch {
          return undefined;
        }
      }),
    readDir: (dir) => promised(() => readdirSync(dir)),
    env: process.env,
    get stdoutIsTTY() {
      return process.stdout.isTTY;
    },
    realPath: (file) => fsp().realpath(file),
    targetOf: (file) =>
      promised(() => {
        const stats = statSync(file, { throwIfNoEntry: false });
        if (stats === undefined) return undefined;
        const regular = stats.isFile();
        // /dev/stdout's links end at no path when it is a pipe (pipe:[…]): only a file's is needed.
        return { regular, real: regular ? realpathSync(file) : file, mode: stats.mode & 0o7777 };
      }),
    // Opened once, for appending: a pipe's reader sees one stream, a file behind /dev/stdout
    // (`>> log`) keeps what it holds.
    writeInto: (file, data) => fsp().writeFile(file, data, { flag: 'a' }),
    modeOf: async (file) => (await fsp().stat(file)).mode & 0o7777,
    chmod: (file, mode) => fsp().chmod(file, mode),
    sync: async (file) => {
      const handle = await fsp().open(file, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    },
  };
}

/**
 * Writes to stdout or stderr with plain writes on the file descriptor, as the process's own
 * stream would for a file, a terminal or a pipe that takes them (on Linux it writes at once
 * too), without making that stream: it costs every start node:stream, and node:net for a
 * pipe. What a write cannot hand on at once (a non-blocking pipe that is full: EAGAIN), and
 * everything after it, goes to the stream, which waits for the pipe. A reader that has gone
 * (EPIPE) makes every write from then on throw OUTPUT_CLOSED, which ends the run quietly
 * (cli/main.ts), where the stream's unheard 'error' ended the process with a stack trace.
 */
class FdWriter {
  private stream: NodeJS.WriteStream | undefined;
  /** Set once the reader has gone (EPIPE: `kinject | head`): every later write throws it. */
  private closed: KinjectError | undefined;

  constructor(
    private readonly fd: number,
    private readonly streamOf: () => NodeJS.WriteStream,
    /** The stream's name in the error a closed reader gives. */
    private readonly name: string,
  ) {}

  /**
   * Resolves once the stream has taken the text (only when it waits for a backed-up pipe).
   * Bytes may be reused by the caller once this returns (cli/output.ts's copy-out): what the
   * stream is to write later is copied. Throws (or rejects with) OUTPUT_CLOSED once the
   * reader has gone.
   */
  write(text: string | Uint8Array): void | Promise<void> {
    if (this.closed) throw this.closed;
    if (text.length === 0) return;
    const rest = this.stream === undefined ? this.writeNow(text) : text;
    if (rest === undefined) return;
    const stream = (this.stream ??= this.opened());
    if (stream.write(typeof rest === 'string' ? rest : Buffer.from(rest))) return;
    // events.once rejects on the stream's 'error' and leaves no listener behind.
    return once(stream, 'drain').then(
      () => undefined,
      (e: unknown) => {
        throw this.failed(e);
      },
    );
  }

  /** The stream, its errors kept (an 'error' with no listener would end the process). */
  private opened(): NodeJS.WriteStream {
    const stream = this.streamOf();
    stream.on('error', (e) => void this.failed(e));
    return stream;
  }

  /** What a failed write throws: OUTPUT_CLOSED when the reader has gone, else the error. */
  private failed(e: unknown): unknown {
    if ((e as NodeJS.ErrnoException).code !== 'EPIPE') return e;
    return (this.closed ??= new KinjectError(
      'OUTPUT_CLOSED',
      `${this.name} was closed by its reader`,
    ));
  }

  /** Writes what the descriptor takes at once; what it did not take, if anything. */
  private writeNow(text: string | Uint8Array): string | Uint8Array | undefined {
    let bytes = typeof text === 'string' ? undefined : text;
    let done = 0;
    try {
      if (bytes === undefined) {
        // A string goes out as it is; its bytes are made only after a short write.
        done = writeSync(this.fd, text as string);
        if (done === Buffer.byteLength(text)) return undefined;
        bytes = Buffer.from(text as string);
      }
      while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done);
      return undefined;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') throw this.failed(e);
      // A write that could not go now (EAGAIN) wrote nothing: the stream takes it from there.
      return bytes === undefined ? text : bytes.subarray(done);
    }
  }
}

/** How often, at most, a run that reads files gives the event loop a turn (ms). */
const TURN_EVERY_MS = 1000;
let lastTurn = 0;

/**
 * A turn of the event loop, if the last was a while ago. With reads this synchronous, a run's
 * promises alone never give it one, and a signal (Ctrl-C) is handled only there (see
 * PendingTemps). Not more often: each turn let V8 finish a garbage collection early, and a
 * turn per 1 MiB chunk cost 10k workloads ~12% more CPU (27 full collections against 15).
 */
async function aTurnNowAndThen(): Promise<void> {
  // Date, not the performance global: Node loads perf_hooks on its first use (~2 ms of a start).
  const now = Date.now();
  if (now - lastTurn < TURN_EVERY_MS) return;
  lastTurn = now;
  await new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * A file's bytes in chunks of at most READ_CHUNK, all read into one buffer made for the file
 * (no larger than the file): a chunk is used up before the next is asked for (decoded, or
 * written out: FdWriter copies what it queues). Plain reads: a read stream copies each short
 * read, and its machinery costs more than the reads. Synchronous, as readFile is; between
 * chunks it waits only for {@link aTurnNowAndThen}.
 */
async function* fileChunks(file: string): AsyncIterable<Uint8Array> {
  const fd = openSync(file, 'r');
  try {
    const stat = fstatSync(fd);
    // A pipe or a device says nothing of its length: whole chunks.
    const size = stat.isFile() ? Math.min(Math.max(stat.size, MIN_CHUNK), READ_CHUNK) : READ_CHUNK;
    const buffer = Buffer.allocUnsafeSlow(size);
    for (;;) {
      const bytesRead = readSync(fd, buffer, 0, size, null);
      if (bytesRead === 0) return;
      yield bytesRead === size ? buffer : buffer.subarray(0, bytesRead);
      await aTurnNowAndThen();
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * `text` appended to `file` as UTF-8, encoded a scratch buffer at a time (writing the string
 * itself makes Node encode all of it into a fresh block first).
 */
function appendText(file: string, text: string, mode?: number): void {
  const fd = openSync(file, 'a', mode);
  try {
    const buffer = scratchBuffer();
    for (let rest = text; rest.length > 0;) {
      const { read, written } = UTF8.encodeInto(rest, buffer);
      for (let done = 0; done < written;) done += writeSync(fd, buffer, done, written - done);
      rest = rest.slice(read);
    }
  } finally {
    closeSync(fd);
  }
}

const UTF8 = new TextEncoder();

/** What `f` returns, or throws, as a promise: CliIO's file methods are asynchronous. */
function promised<T>(f: () => T): Promise<T> {
  return new Promise((resolve) => resolve(f()));
}

/**
 * Byte chunks of manifests as checked UTF-8 text chunks: the first byte that is not UTF-8, or
 * the first control character YAML does not allow, throws at its line:column.
 */
async function* decodedChunks(bytes: AsyncIterable<Uint8Array>): AsyncIterable<string> {
  const decoder = new Utf8Stream(true);
  for await (const chunk of bytes) {
    const text = decoder.push(chunk);
    if (text !== '') yield text;
  }
  const rest = decoder.end();
  if (rest !== '') yield rest;
}

/** A new file's content written and flushed beside its target, ready to be renamed over it. */
export interface StagedFile {
  readonly temp: string;
  readonly target: string;
}

/** A name for a temporary file beside `target`: hidden, unlikely to exist, not guessable. */
function tempName(target: string): string {
  // Only runs that write a file, or spill, load node:crypto.
  const { randomBytes } = lazyRequire('node:crypto') as typeof Crypto;
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );
}

/** The signals that end a run early: a person's Ctrl-C, a CI job's or a pod's SIGTERM, a closed terminal. */
const INTERRUPTS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * The temporary files this process has made and not yet renamed or removed. While there are
 * any, an interrupting signal removes them first and then ends the process as the signal
 * would have (the shell sees 130 for Ctrl-C): otherwise a hidden `.NAME.….tmp` stayed beside
 * an `-o` or `-i` target, and a spill file (the whole output so far) in the temporary
 * folder. Only while there are any: a run without them keeps the signal's own prompt effect.
 */
class PendingTemps {
  private readonly files = new Set<string>();

  /** `file`, listed (and the signals listened to, for the first). */
  track(file: string): string {
    // First among the signal's listeners: one that ends the process (a preloaded module's
    // exit hook, say) would otherwise end it before the files are removed.
    if (this.files.size === 0)
      for (const signal of INTERRUPTS) process.prependListener(signal, this.interrupted);
    this.files.add(file);
    return file;
  }

  /** `file` renamed or removed: no longer listed (and the signals left alone, after the last). */
  forget(file: string): void {
    if (this.files.delete(file) && this.files.size === 0) this.stopListening();
  }

  private stopListening(): void {
    for (const signal of INTERRUPTS) process.off(signal, this.interrupted);
  }

  private readonly interrupted = (signal: NodeJS.Signals): void => {
    for (const file of this.files) {
      try {
        unlinkSync(file);
      } catch {
        // Not made yet, or gone already: nothing to remove.
      }
    }
    this.files.clear();
    this.stopListening();
    // Without this listener the signal does what it would have done: by default, end the
    // process (the shell sees 128 + its number).
    process.kill(process.pid, signal);
  };
}

/** Signals are the process's: one list for every nodeIO. */
const pendingTemps = new PendingTemps();

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
  const temp = io.tempBeside(target);
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
