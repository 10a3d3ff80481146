/** The repository root: tests run compiled from `dist/test/template/support`, sources sit in `test/`. */
export declare function locateRepoRoot(): string;
/** The recorded corpus folder, `test/template/cases`. */
export declare function locateCasesDir(): string;
/** The Go oracle's package folder, `test/template/oracle`. */
export declare function locateOracleDir(): string;
