/** The process exit status, one row per outcome. */
export declare const ExitCode: {
    /** Done; with `--diff`: nothing would change. */
    readonly Ok: 0;
    /** `--diff` only: some input would change. */
    readonly Changes: 1;
    /** Anything went wrong: bad arguments, unreadable or invalid input, injection failed. Nothing is written. */
    readonly Error: 2;
};
/** One of the {@link ExitCode} values. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
/** The subcommands: injecting (the default) and taking an injection away. */
export type Command = 'inject' | 'uninject';
/** What the command line asks for. */
export interface CliOptions {
    command: Command;
    inputs: string[];
    output?: string;
    injectorConfig?: string;
    values: string[];
    meshConfig?: string;
    set: string[];
    revision?: string;
    nativeSidecars: boolean;
    env: Record<string, string>;
    diff: boolean;
    inPlace: boolean;
    quiet: boolean;
    help: boolean;
    version: boolean;
}
/** Parse argv (without `node` and the script); bad usage throws a USAGE KinjectError. */
export declare function parseCliArgs(argv: readonly string[]): CliOptions;
/** The `--help` text, generated from the option table. */
export declare function helpText(): string;
