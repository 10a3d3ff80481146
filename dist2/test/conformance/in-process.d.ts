import type { CliRunner } from './check.js';
/** Run `main(args)` with `stdin`; resolves to its status and what it printed. */
export declare const inProcessCli: CliRunner;
