/**
 * Fuzz cases: each one generated from its own seed, so any case can be regenerated alone.
 */
import type { CaseInput } from '../support/case-files.js';
/** The fuzz case for one seed: random data, then a template over it. */
export declare function generateFuzzCase(seed: number): CaseInput;
