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
export function listCaseFiles(dir: string = locateCasesDir()): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

/** Read and parse one case file. */
export function readCaseFile(path: string): CaseFile {
  return JSON.parse(readFileSync(path, 'utf8')) as CaseFile;
}

/** A case with its file's defaults applied (the case's own fields win). */
export function applyDefaults(file: CaseFile, c: RecordedCase): RecordedCase {
  return { ...file.defaults, ...c };
}

/** Just the fields the oracle reads, so recorded results never leak into its input. */
export function toOracleInput(c: RecordedCase): CaseInput {
  const { name, tname, template, data, option, funcs } = c;
  return { name, tname, template, data, option, funcs };
}

/**
 * Write a case file back, one case per line so diffs of re-recordings stay readable.
 */
export function writeCaseFile(path: string, file: CaseFile): void {
  const head = [`  "description": ${JSON.stringify(file.description)},`];
  if (file.defaults) head.push(`  "defaults": ${JSON.stringify(file.defaults)},`);
  const cases = file.cases.map((c) => `    ${JSON.stringify(c)}`).join(',\n');
  writeFileSync(path, `{\n${head.join('\n')}\n  "cases": [\n${cases}\n  ]\n}\n`);
}
