/**
 * The recorded template corpus: `test/template/cases/*.json`.
 *
 * A case file is `{ description, defaults?, cases: [...] }`. Each case names a template, its
 * data and options, and carries what Go's text/template produced for it (`output` or `error`),
 * recorded by `scripts/record-template-cases.sh`. `defaults` fills fields a case leaves out
 * (typically shared `data` or `funcs`).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { locateCasesDir } from './paths.js';
/** Every case file in the corpus folder, by file name, sorted. */
export function listCaseFiles(dir = locateCasesDir()) {
    return readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => join(dir, f));
}
/** Read and parse one case file. */
export function readCaseFile(path) {
    return JSON.parse(readFileSync(path, 'utf8'));
}
/** A case with its file's defaults applied (the case's own fields win). */
export function applyDefaults(file, c) {
    return { ...file.defaults, ...c };
}
/** Just the fields the oracle reads, so recorded results never leak into its input. */
export function toOracleInput(c) {
    const { name, tname, template, data, option, funcs } = c;
    return { name, tname, template, data, option, funcs };
}
/**
 * Write a case file back, one case per line so diffs of re-recordings stay readable.
 */
export function writeCaseFile(path, file) {
    const head = [`  "description": ${JSON.stringify(file.description)},`];
    if (file.defaults)
        head.push(`  "defaults": ${JSON.stringify(file.defaults)},`);
    const cases = file.cases.map((c) => `    ${JSON.stringify(c)}`).join(',\n');
    writeFileSync(path, `{\n${head.join('\n')}\n  "cases": [\n${cases}\n  ]\n}\n`);
}
//# sourceMappingURL=case-files.js.map