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
    /** The file a path names, symlinks followed. */
    realPath(file: string): Promise<string>;
    /** A file's permission bits. */
    modeOf(file: string): Promise<number>;
    chmod(file: string, mode: number): Promise<void>;
    /** Flush a file's (or a folder's) content to the disk. */
    sync(file: string): Promise<void>;
}
/** The package's `templates/` folder, found from this module (dist/cli/io.js → ../../templates). */
export declare const PACKAGE_TEMPLATES_DIR: string;
/** The real world: the process's streams and file system. */
export declare function nodeIO(): CliIO;
/** A new file's content written and flushed beside its target, ready to be renamed over it. */
export interface StagedFile {
    readonly temp: string;
    readonly target: string;
}
/**
 * Write `text` to a temporary file beside `target`, with `mode` (if given), flushed to the
 * disk; nothing is left behind if that fails.
 */
export declare function stageFile(io: CliIO, target: string, text: string, mode?: number): Promise<StagedFile>;
/** Rename a staged file over its target, then flush the folder so the rename itself lasts. */
export declare function commitFile(io: CliIO, staged: StagedFile): Promise<void>;
/** Drop a staged file that will not be committed. */
export declare function discardFile(io: CliIO, staged: StagedFile): Promise<void>;
/**
 * Write `text` to `file` so that readers see the old file or the whole new one, never a
 * part: write a temporary file beside it, flush it, then rename it over the target.
 */
export declare function writeAtomically(io: CliIO, file: string, text: string): Promise<void>;
