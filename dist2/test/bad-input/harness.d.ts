import type { Test } from 'tap';
import { type Run } from '../cli/support.js';
/** Files of a case, by relative path: text, or bytes for encodings that are not UTF-8. */
export type Files = Readonly<Record<string, string | Uint8Array>>;
/** What a refusal must say: where (line null: no line; col null: any column) and a message pattern. */
export interface Refusal {
    file: string;
    line: number | null;
    col: number | null;
    message: RegExp;
}
/** A fresh folder holding `files`; removed when the test ends. */
export declare function folderWith(t: Test, files: Files): string;
/** Run `argv` in a folder with `files`, to stdout and again with `-o`; both must refuse as `want`. */
export declare function assertRefused(t: Test, files: Files, argv: readonly string[], want: Refusal, stdin?: string): Promise<Run>;
/** Run `argv` on `files` and expect success; returns the run. */
export declare function accepted(t: Test, files: Files, argv: readonly string[]): Promise<Run>;
/** A Deployment whose pod template is `podYaml` (indented under `template:`), with a line counter aid. */
export declare function deployment(podYaml: string): string;
