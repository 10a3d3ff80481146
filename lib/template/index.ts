/**
 * Go's text/template for TypeScript: parse templates once, execute them many times on the
 * value model of `lib/go/value.ts`, with Go's output and Go's error texts. The function maps
 * (sprig's, Istio's) live in lib/funcs; `lib/go-template.ts` offers both as `kinject/template`.
 *
 * ```ts
 * const t = new Template('inject').funcs(sprigFuncs).funcs(istioFuncs).option('missingkey=zero').parse(text);
 * const out = t.execute(data);
 * ```
 */
export { Template } from './template.js';
export { ExecError, TemplateError } from './errors.js';
export * from '../go/value.js';
