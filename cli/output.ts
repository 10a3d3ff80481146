/**
 * Where a run's output goes, all of it or none of it, without holding it all in memory:
 * text is kept in memory up to a threshold, then spilled to a temporary file; only when the
 * run has succeeded does it go out (copied to stdout, or renamed over the `-o` file). A
 * failed run discards it, so nothing reaches stdout or the `-o` file.
 */
import path from 'node:path';
import { KinjectError } from '../lib/errors.js';
import { commitFile, type CliIO } from './io.js';

/** Output kept in memory before it spills to a temporary file (characters). */
export const DEFAULT_SPILL_THRESHOLD = 1024 * 1024;

/** Collects a run's output; it goes out on `commit`, or never. */
export interface OutputSink {
  write(text: string): Promise<void>;
  /** The run succeeded: everything written goes out now. */
  commit(): Promise<void>;
  /** The run failed: nothing written goes out; temporary files are removed. */
  discard(): Promise<void>;
}

/**
 * Text in memory up to `threshold`, then appended to the spill file (the temporary file of
 * the file `target` names: asked for only then, since the temporary folder costs node:os).
 */
class SpillBuffer {
  private parts: string[] = [];
  private size = 0;
  private file: string | undefined;
  /** Whether anything went to the spill file. */
  spilled = false;

  constructor(
    private readonly io: CliIO,
    private readonly target: () => string,
    private readonly threshold: number,
    /** The spill file's permission bits (default: 0o666 less the umask). */
    private readonly mode?: number,
  ) {}

  /** The spill file's name, chosen when it is first needed (most runs never spill). */
  get spillFile(): string {
    return (this.file ??= this.io.tempBeside(this.target()));
  }

  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size > this.threshold) await this.flush();
  }

  /** What is still in memory goes to the spill file. */
  async flush(): Promise<void> {
    if (this.size === 0 && this.spilled) return;
    await this.io.appendFile(this.spillFile, this.take(), this.mode);
    this.spilled = true;
  }

  /** What is in memory, taken out. */
  take(): string {
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    return text;
  }

  async remove(): Promise<void> {
    this.parts = [];
    this.size = 0;
    if (this.spilled) await this.io.unlink(this.spillFile).catch(() => undefined);
  }
}

/** Where output copied out at the end goes: its text whole, or the spill file's bytes as chunks. */
type Deliver = (data: string | AsyncIterable<Uint8Array>) => void | Promise<void>;

/**
 * Output that goes out by a copy once the run has succeeded (to stdout, or into a file that
 * cannot be replaced); it spills to the temporary folder.
 */
function copyOutSink(io: CliIO, deliver: Deliver): OutputSink {
  const buffer = new SpillBuffer(
    io,
    () => path.join(io.tempDir, 'kinject-output'),
    io.spillThreshold ?? DEFAULT_SPILL_THRESHOLD,
    // The output may hold Secrets, and the temporary folder is everyone's: the owner's only.
    // (Beside an -o target the spill file becomes the target, with the target's bits.)
    0o600,
  );
  return {
    write: (text) => buffer.write(text),
    async commit() {
      if (!buffer.spilled) return deliver(buffer.take());
      try {
        await buffer.flush();
        // The spill file holds the output's UTF-8 already: its bytes go out as they are.
        await deliver(io.streamFileBytes(buffer.spillFile));
      } finally {
        await buffer.remove();
      }
    },
    discard: () => buffer.remove(),
  };
}

/** Output for stdout. */
export function stdoutSink(io: CliIO): OutputSink {
  return copyOutSink(io, (data) => (typeof data === 'string' ? io.writeStdout(data) : copy(data)));
  async function copy(chunks: AsyncIterable<Uint8Array>): Promise<void> {
    for await (const chunk of chunks) await io.writeStdout(chunk);
  }
}

/**
 * Output for the file `target`, replaced atomically: readers see the old file or the whole
 * new one. The spill file sits beside the target, so that committing is a flush and one
 * rename; it gets `mode` (the bits of the file it replaces) before.
 */
function fileSink(io: CliIO, target: string, mode?: number): OutputSink {
  const buffer = new SpillBuffer(io, () => target, io.spillThreshold ?? DEFAULT_SPILL_THRESHOLD);
  return {
    write: (text) => buffer.write(text),
    async commit() {
      try {
        if (buffer.spilled) await buffer.flush();
        else await io.writeFile(buffer.spillFile, buffer.take());
        if (mode !== undefined) await io.chmod(buffer.spillFile, mode);
        await io.sync(buffer.spillFile);
        await commitFile(io, { temp: buffer.spillFile, target });
      } catch (e) {
        await io.unlink(buffer.spillFile).catch(() => undefined);
        throw e;
      }
    },
    discard: () => buffer.remove(),
  };
}

/**
 * Paths of the process's streams and of devices (/dev/stdout, /dev/fd/3, /proc/self/fd/1):
 * written into, never replaced, even where they lead to a regular file (`>> log` stays an
 * append, the file stays the shell's).
 */
const STREAM_PATH = /^\/(dev|proc)\//;

/**
 * The sink for `-o file`, by what is there now. A regular file or nothing is replaced
 * atomically: a symlink's file, the link staying a link, and an existing file keeps its
 * permission bits (the output may hold Secrets). What a rename cannot replace (/dev/stdout,
 * /dev/null, a named pipe) gets the output written into it, once the run has succeeded.
 */
async function outputFileSink(io: CliIO, file: string): Promise<OutputSink> {
  const there = await io.targetOf(file);
  if (there === undefined) return fileSink(io, file);
  if (there.regular && !STREAM_PATH.test(file)) return fileSink(io, there.real, there.mode);
  return copyOutSink(io, (data) => io.writeInto(file, data));
}

/** A write failure, the user's OUTPUT_WRITE on `file` (the `-o` name as given; stdout: none). */
function outputError(file: string | undefined, e: unknown): KinjectError {
  // Already the user's (OUTPUT_CLOSED: stdout's reader has gone).
  if (e instanceof KinjectError) return e;
  return new KinjectError('OUTPUT_WRITE', `cannot write: ${(e as Error).message}`, { file });
}

/** The sink, its failures reported as the user's OUTPUT_WRITE. */
function guarded(sink: OutputSink, file: string | undefined): OutputSink {
  const wrap =
    <A extends unknown[]>(f: (...a: A) => Promise<void>) =>
    (...a: A) =>
      f(...a).catch((e: unknown) => {
        throw outputError(file, e);
      });
  return {
    write: wrap((text: string) => sink.write(text)),
    commit: wrap(() => sink.commit()),
    discard: () => sink.discard(),
  };
}

/**
 * The sink for a run's output: stdout, or `-o file` (a path from the working folder); its
 * failures are OUTPUT_WRITE errors on `file`.
 */
export async function openOutput(io: CliIO, file: string | undefined): Promise<OutputSink> {
  if (file === undefined) return guarded(stdoutSink(io), file);
  const sink = await outputFileSink(io, path.resolve(io.cwd, file)).catch((e: unknown) => {
    throw outputError(file, e);
  });
  return guarded(sink, file);
}

/** `text`, the whole output, as `-o file` (see {@link openOutput}). Throws OUTPUT_WRITE. */
export async function writeOutputFile(io: CliIO, file: string, text: string): Promise<void> {
  const sink = await openOutput(io, file);
  try {
    await sink.write(text);
    await sink.commit();
  } catch (e) {
    await sink.discard();
    throw e;
  }
}
