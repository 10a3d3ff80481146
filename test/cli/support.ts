/** Running `main` in-process with captured streams, over the fixtures folder. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../cli/main.js';
import { nodeIO, type CliIO } from '../../cli/io.js';

/** test/cli/fixtures in the source tree (tests run from dist/test/cli). */
export const FIXTURES = fileURLToPath(new URL('../../../test/cli/fixtures/', import.meta.url));

/** What one run printed and returned. */
export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Run kinject with `argv` in `cwd` (default: the fixtures), `stdin` as input, `overrides` replacing parts of the real IO. */
export async function kinject(
  argv: string[],
  opts: { stdin?: string; cwd?: string; io?: Partial<CliIO> } = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const decoder = new TextDecoder();
  const io: CliIO = {
    ...nodeIO(),
    cwd: opts.cwd ?? FIXTURES,
    readStdin: async function* () {
      yield opts.stdin ?? '';
    },
    // Spilled output comes back as UTF-8 bytes (cli/output.ts).
    writeStdout: (text) =>
      void (stdout += typeof text === 'string' ? text : decoder.decode(text, { stream: true })),
    writeStderr: (text) => void (stderr += text),
    stderrIsTTY: false,
    ...opts.io,
  };
  const status = await main(argv, io);
  return { status, stdout, stderr };
}

/** A fixture's path. */
export const fixture = (...parts: string[]): string => path.join(FIXTURES, ...parts);
