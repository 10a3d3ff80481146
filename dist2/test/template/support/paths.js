/** Where the template tests' files live, found from this module (run from `dist/test/…`). */
import { fileURLToPath } from 'node:url';
import { join, resolve, sep } from 'node:path';
/** The repository root: tests run compiled from `dist/test/template/support`, sources sit in `test/`. */
export function locateRepoRoot() {
    const here = fileURLToPath(new URL('.', import.meta.url));
    const compiled = here.includes(`${sep}dist${sep}test${sep}`);
    return resolve(here, compiled ? '../../../..' : '../../..');
}
/** The recorded corpus folder, `test/template/cases`. */
export function locateCasesDir() {
    return join(locateRepoRoot(), 'test', 'template', 'cases');
}
/** The Go oracle's package folder, `test/template/oracle`. */
export function locateOracleDir() {
    return join(locateRepoRoot(), 'test', 'template', 'oracle');
}
//# sourceMappingURL=paths.js.map