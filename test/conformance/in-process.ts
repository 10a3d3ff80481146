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
  const status = await main(args, {
    ...nodeIO(),
    readStdin: async function* () {
      yield stdin;
    },
    writeStdout: (text) => void (stdout += text),
    writeStderr: (text) => void (stderr += text),
  });
  return { status, stdout, stderr };
};
