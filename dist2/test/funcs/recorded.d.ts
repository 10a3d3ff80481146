/** One recorded call: operation, format or function name, arguments (notation), Go's output. */
export type RecordedCall = [op: string, name: string, args: unknown[], expected: string];
/** The cases of one recorded file. */
export declare function loadRecorded(file: string): RecordedCall[];
