/**
 * Go's fmt.Sprint, Sprintln and Sprintf on the template value model (`value.ts`).
 *
 * Verbs `%v %+v %#v %s %q %d %t %x %X %o %O %b %f %F %e %E %g %G %c %U %T %p %%`, flags
 * `+ - # 0 space`, width, precision, `*` and argument indexes `%[n]d`, with Go's error forms
 * (`%!d(string=hi)`, `%!s(MISSING)`, `%!(EXTRA int=3)`, `%!(NOVERB)`, `%!(BADINDEX)`…).
 * Non-nil pointers nested in values print a fixed fake address (Go prints a real one).
 */
import { goTypeName } from './fmt-value.js';
export { goTypeName };
/** Go's fmt.Sprint: operands in `%v`, with a space between two operands when neither is a string. */
export declare function sprint(args: readonly unknown[]): string;
/** Go's fmt.Sprintln: operands in `%v`, always space-separated, then a newline. */
export declare function sprintln(args: readonly unknown[]): string;
/** Go's `%v` of one value (`<nil>` for null). */
export declare function formatValue(v: unknown): string;
/** Go's fmt.Sprintf. */
export declare function sprintf(format: string, args: readonly unknown[]): string;
