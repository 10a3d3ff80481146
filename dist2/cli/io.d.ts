/** The CLI's view of the world. Paths are relative to `cwd` unless absolute. */
export interface CliIO {
    readonly cwd: string;
    /** The folder holding the embedded defaults (`templates/`). */
    readonly templatesDir: string;
    /** Whether stdout takes colour: a terminal, and no NO_COLOR (https://no-color.org). */
    readonly colour: boolean;
    readStdin(): Promise<string>;
    writeStdout(text: string): void;
    writeStderr(text: string): void;
    readFile(file: string): Promise<string>;
    writeFile(file: string, text: string): Promise<void>;
    rename(from: string, to: string): Promise<void>;
    unlink(file: string): Promise<void>;
    /** `file`, `dir`, or undefined when nothing is there. */
    kindOf(file: string): Promise<'file' | 'dir' | undefined>;
    readDir(dir: string): Promise<string[]>;
}
/** The package's `templates/` folder, found from this module (dist/cli/io.js → ../../templates). */
export declare const PACKAGE_TEMPLATES_DIR: string;
/** The real world: the process's streams and file system. */
export declare function nodeIO(): CliIO;
/**
 * Write `text` to `file` so that readers see the old file or the whole new one, never a
 * part: write a temporary file beside it, then rename it over the target.
 */
export declare function writeAtomically(io: CliIO, file: string, text: string): Promise<void>;
