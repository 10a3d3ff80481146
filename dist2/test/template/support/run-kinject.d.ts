import type { CaseInput } from './case-files.js';
import { type Outcome } from './compare.js';
/**
 * Parse and execute a case, and print its parse tree back as Go's `Tree.Root.String()` does. As in the oracle: the template is named `tname ?? name`, `sprig`
 * cases get sprig's function map, and JSON `null` as the whole data is Go's nil interface,
 * which text/template sees as no value at all (`undefined`).
 */
export declare function renderWithKinject(c: CaseInput): Outcome;
