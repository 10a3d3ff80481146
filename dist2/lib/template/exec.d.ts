/**
 * Execution of parse trees (Go's text/template exec.go): walks the tree with a dot value,
 * runs if/with/range/template, and writes the output. Expressions are evaluated by
 * `exec-eval.ts`. Errors are ExecError with Go's exact text.
 */
import { type ExecEnv, type ExecTemplate } from './exec-eval.js';
export type { ExecEnv, ExecTemplate, MissingKey } from './exec-eval.js';
/**
 * Execute `tmpl` with `data` as dot in the environment `env`; returns the output.
 * Throws ExecError with Go's text.
 */
export declare function execute(tmpl: ExecTemplate, env: ExecEnv, data: unknown): string;
