/**
 * kinject's `main` run in this process, with captured streams: the same code path as the
 * built CLI minus the process start, for the ratchet test (spawning ~330 processes is too
 * slow for `npm test` on a busy 2-core CI machine). `npm run conformance` spawns the CLI.
 */
import { main } from '../../cli/main.js';
import { nodeIO } from '../../cli/io.js';
import type { CliRunner } from './check.js';

/** Run `main(args)` with `stdin`; resolves to its status and what it printed. */
export const inProcessCli: CliRunner = async (args, stdin = '') => {
  let stdout = '';
  let stderr = '';
  const decoder = new TextDecoder();
  const status = await main(args, {
    ...nodeIO(),
    readStdin: async function* () {
      yield stdin;
    },
    // Spilled output comes back as UTF-8 bytes (cli/output.ts).
    writeStdout: (text) =>
      void (stdout += typeof text === 'string' ? text : decoder.decode(text, { stream: true })),
    writeStderr: (text) => void (stderr += text),
  });
  return { status, stdout, stderr };
};
