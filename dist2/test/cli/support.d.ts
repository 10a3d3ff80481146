import { type CliIO } from '../../cli/io.js';
/** test/cli/fixtures in the source tree (tests run from dist/test/cli). */
export declare const FIXTURES: string;
/** What one run printed and returned. */
export interface Run {
    status: number;
    stdout: string;
    stderr: string;
}
/** Run kinject with `argv` in `cwd` (default: the fixtures), `stdin` as input, `overrides` replacing parts of the real IO. */
export declare function kinject(argv: string[], opts?: {
    stdin?: string;
    cwd?: string;
    io?: Partial<CliIO>;
}): Promise<Run>;
/** A fixture's path. */
export declare const fixture: (...parts: string[]) => string;
