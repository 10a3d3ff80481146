/**
 * The function map the engine tests use. Each function mirrors a Go function of the same
 * name in the Go program the expected values were recorded with, so that Go's reflection
 * rules (argument conversion, counts, errors, panics) can be compared.
 */
import { type FuncMap } from '../../lib/template/value.js';
/** Test functions, by the Go signature they mirror. */
export declare const testFuncs: FuncMap;
