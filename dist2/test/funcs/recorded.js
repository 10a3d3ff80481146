/**
 * Recorded expectations for the fmt and sprig tests: `test/funcs/recorded/*.json`, each
 * `{ description, cases: [[op, name-or-format, args, expected], …] }` with args in the
 * notation of `go-notation.ts` and `expected` as printed by real Go (go1.19, sprig v3).
 * The recording program was a throwaway Go file; the tables are the record.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
// Tests run from dist/test/funcs; the JSON stays in the source tree.
const DIR = join(fileURLToPath(new URL('.', import.meta.url)), '../../../test/funcs/recorded');
/** The cases of one recorded file. */
export function loadRecorded(file) {
    const data = JSON.parse(readFileSync(join(DIR, file), 'utf8'));
    return data.cases;
}
//# sourceMappingURL=recorded.js.map