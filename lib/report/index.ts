/**
 * What happened to each resource of a run, as data (for `--json`-style consumers and tests)
 * and as the one-line-per-resource text the CLI prints on stderr (`check.ts` and `explain.ts`
 * render the `--check` and `explain` views of the same results).
 */
export {
  formatResourceRef,
  formatResult,
  renderReport,
  resultText,
  sortResults,
  type ResourceRef,
  type Result,
  type ResultCode,
  type Severity,
  type WorkloadDetail,
} from './result.js';
