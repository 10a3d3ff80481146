/**
 * Where a run's output goes, all of it or none of it, without holding it all in memory:
 * text is kept in memory up to a threshold, then spilled to a temporary file; only when the
 * run has succeeded does it go out (copied to stdout, or renamed over the `-o` file). A
 * failed run discards it, so nothing reaches stdout or the `-o` file.
 */
import path from 'node:path';
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

/** Output for stdout; spills to the temporary folder. */
export function stdoutSink(io: CliIO): OutputSink {
  const buffer = new SpillBuffer(
    io,
    () => path.join(io.tempDir, 'kinject-output'),
    io.spillThreshold ?? DEFAULT_SPILL_THRESHOLD,
    // The output may hold Secrets, and the temporary folder is everyone's: the owner's only.
    // (Beside an -o target the spill file becomes the target, with the usual bits.)
    0o600,
  );
  return {
    write: (text) => buffer.write(text),
    async commit() {
      if (!buffer.spilled) return io.writeStdout(buffer.take());
      try {
        await buffer.flush();
        // The spill file holds the output's UTF-8 already: its bytes go out as they are.
        for await (const chunk of io.streamFileBytes(buffer.spillFile)) await io.writeStdout(chunk);
      } finally {
        await buffer.remove();
      }
    },
    discard: () => buffer.remove(),
  };
}

/**
 * Output for the file `target`, replaced atomically: readers see the old file or the whole
 * new one. The spill file sits beside the target, so that committing is a flush and one
 * rename (as cli/io.ts's writeAtomically does).
 */
export function fileSink(io: CliIO, target: string): OutputSink {
  const buffer = new SpillBuffer(io, () => target, io.spillThreshold ?? DEFAULT_SPILL_THRESHOLD);
  return {
    write: (text) => buffer.write(text),
    async commit() {
      try {
        if (buffer.spilled) await buffer.flush();
        else await io.writeFile(buffer.spillFile, buffer.take());
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
