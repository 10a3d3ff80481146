import { type FuncMap } from '../template/value.js';
/**
 * Istio's template functions with `env` reading from the given variables (kinject is
 * offline: it never reads the process environment).
 */
export declare function istioFuncsWithEnv(env: Readonly<Record<string, string>>): FuncMap;
/** Istio's template functions with an empty environment (`env` returns its default). */
export declare const istioFuncs: FuncMap;
