import type { CliIO } from './io.js';
/** One input, named as the user will recognise it in reports and errors. */
export interface InputText {
    name: string;
    text: string;
}
/** The name stdin goes by in reports and errors. */
export declare const STDIN_NAME = "<stdin>";
/** Read every input named by the `-f` arguments (stdin when there are none). */
export declare function readInputs(specs: readonly string[], io: CliIO): Promise<InputText[]>;
