/** Which function map a case runs with: none (Go's builtins only) or sprig's TxtFuncMap. */
export type FuncSet = 'builtin' | 'sprig';
/** What the oracle needs to render one case. */
export interface CaseInput {
    /** Unique within the corpus; also the template's name unless `tname` is given. */
    name: string;
    tname?: string;
    template: string;
    /** JSON data, decoded the way Go's encoding/json decodes into interface{}. */
    data?: unknown;
    /** A text/template option such as `missingkey=error` (comma-separated for several). */
    option?: string;
    funcs?: FuncSet;
}
/** A case as stored: its input plus Go's recorded result. */
export interface RecordedCase extends CaseInput {
    output?: string;
    error?: string;
    /** Go's parse tree of the main template printed back (`Tree.Root.String()`), when it parsed. */
    tree?: string;
    /** `none`: Go 1.19 cannot run it (e.g. a newer construct); kept out of the differential run. */
    oracle?: 'none';
    /** Why the case exists or why it is special. */
    note?: string;
}
/** One file of the corpus. */
export interface CaseFile {
    description: string;
    defaults?: Partial<CaseInput>;
    cases: RecordedCase[];
}
/** Every case file in the corpus folder, by file name, sorted. */
export declare function listCaseFiles(dir?: string): string[];
/** Read and parse one case file. */
export declare function readCaseFile(path: string): CaseFile;
/** A case with its file's defaults applied (the case's own fields win). */
export declare function applyDefaults(file: CaseFile, c: RecordedCase): RecordedCase;
/** Just the fields the oracle reads, so recorded results never leak into its input. */
export declare function toOracleInput(c: RecordedCase): CaseInput;
/**
 * Write a case file back, one case per line so diffs of re-recordings stay readable.
 */
export declare function writeCaseFile(path: string, file: CaseFile): void;
