/**
 * Go's text/template for TypeScript: parse templates once, execute them many times on the
 * value model of `value.ts`, with Go's output and Go's error texts.
 *
 * ```ts
 * const t = new Template('inject').funcs(sprigFuncs).funcs(istioFuncs).option('missingkey=zero').parse(text);
 * const out = t.execute(data);
 * ```
 */
export { Template } from './template.js';
export { ExecError, TemplateError } from './errors.js';
export * from './value.js';
export { sprigFuncs } from '../funcs/sprig.js';
export { istioFuncs } from '../funcs/istio.js';
//# sourceMappingURL=index.js.map