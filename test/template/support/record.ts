/**
 * Re-record the corpus: render every case of `test/template/cases/*.json` with the Go oracle
 * and store Go's `output` or `error` beside it. Run through `scripts/record-template-cases.sh`.
 *
 * Arguments: case file paths to limit the run to (default: all). Cases marked
 * `"oracle": "none"` are left as they are.
 */
import { basename } from 'node:path';
import {
  applyDefaults,
  listCaseFiles,
  readCaseFile,
  toOracleInput,
  writeCaseFile,
  type RecordedCase,
} from './case-files.js';
import { buildOracle, explainMissingGo, type Oracle, type OracleResult } from './go-oracle.js';

/** A case with its old result replaced by the oracle's. */
function storeResult(c: RecordedCase, r: OracleResult): RecordedCase {
  // Drop the old result; the rest sibling keeps TypeScript from flagging the unused names.
  const { output: _output, error: _error, tree: _tree, ...rest } = c;
  const result = r.error !== undefined ? { error: r.error } : { output: r.output ?? '' };
  return { ...rest, ...result, ...(r.tree !== undefined ? { tree: r.tree } : {}) };
}

/** Record one file; returns how many cases were recorded. */
function recordFile(oracle: Oracle, path: string): number {
  const file = readCaseFile(path);
  const live = file.cases.filter((c) => c.oracle !== 'none');
  const results = oracle.run(live.map((c) => toOracleInput(applyDefaults(file, c))));
  const byCase = new Map(live.map((c, i) => [c, results[i]] as const));
  file.cases = file.cases.map((c) => {
    const r = byCase.get(c);
    if (r === undefined) return c;
    if (r.invalidUTF8)
      console.warn(
        `${basename(path)}: ${c.name}: output is not valid UTF-8; JSON cannot record it exactly`,
      );
    return storeResult(c, r);
  });
  writeCaseFile(path, file);
  return live.length;
}

/** Fail on duplicate case names: names identify cases in reports. */
function checkUniqueNames(paths: readonly string[]): void {
  const seen = new Map<string, string>();
  for (const path of paths) {
    for (const c of readCaseFile(path).cases) {
      const prior = seen.get(c.name);
      if (prior)
        throw new Error(
          `duplicate case name ${c.name} in ${basename(prior)} and ${basename(path)}`,
        );
      seen.set(c.name, path);
    }
  }
}

function main(args: readonly string[]): void {
  const missing = explainMissingGo();
  if (missing) throw new Error(`cannot record: ${missing}`);
  checkUniqueNames(listCaseFiles());
  const paths = args.length > 0 ? args : listCaseFiles();
  const oracle = buildOracle();
  try {
    for (const path of paths)
      console.log(`${basename(path)}: recorded ${recordFile(oracle, path)} cases`);
  } finally {
    oracle.dispose();
  }
}

main(process.argv.slice(2));
