import { ExitCode } from './args.js';
import { type CliIO } from './io.js';
/** Run kinject with `argv` (without `node` and the script name); resolves to the exit status. */
export declare function main(argv: readonly string[], io: CliIO): Promise<ExitCode>;
