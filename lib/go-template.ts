/**
 * The `kinject/template` entry point: Go's text/template for TypeScript (lib/template) with
 * the function maps Istio's injection templates use (sprig's and Istio's own, lib/funcs).
 *
 * ```ts
 * import { Template, sprigFuncs, istioFuncs } from 'kinject/template';
 * const t = new Template('inject').funcs(sprigFuncs).funcs(istioFuncs).option('missingkey=zero').parse(text);
 * const out = t.execute(data);
 * ```
 * The engine does not import the functions and the functions import only the engine, so
 * the two folders stay free of cycles; this file is where they meet.
 */
export * from './template/index.js';
export { sprigFuncs } from './funcs/sprig.js';
export { istioFuncs } from './funcs/istio.js';
