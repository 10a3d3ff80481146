/**
 * Sprig's path functions: Go's `path` (base, dir, clean, ext, isAbs) and `path/filepath`
 * (osBase …), which on Linux, where Istio runs, behaves the same.
 */
import { goFunc, type FuncMap } from '../../go/value.js';

/** Go's path.Clean: the shortest equivalent path, processed lexically. */
export function clean(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') out.push(part);
    else if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
    // ".." above the root is dropped; above a relative start it is kept.
    else if (!rooted) out.push('..');
  }
  const joined = out.join('/');
  if (rooted) return '/' + joined;
  return joined === '' ? '.' : joined;
}

/** Go's path.Base: the last element, trailing slashes removed. */
function base(p: string): string {
  if (p === '') return '.';
  const trimmed = p.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** Go's path.Dir: everything but the last element, cleaned. */
function dir(p: string): string {
  return clean(p.slice(0, p.lastIndexOf('/') + 1));
}

/** Go's path.Ext: the suffix from the final dot of the last element. */
function ext(p: string): string {
  for (let i = p.length - 1; i >= 0 && p[i] !== '/'; i--) {
    if (p[i] === '.') return p.slice(i);
  }
  return '';
}

const isAbs = (p: string): boolean => p.startsWith('/');

/** Path functions of sprig's map. */
export const pathFuncs: FuncMap = {
  base: goFunc(['string'], base),
  dir: goFunc(['string'], dir),
  clean: goFunc(['string'], clean),
  ext: goFunc(['string'], ext),
  isAbs: goFunc(['string'], isAbs),
  osBase: goFunc(['string'], base),
  osDir: goFunc(['string'], dir),
  osClean: goFunc(['string'], clean),
  osExt: goFunc(['string'], ext),
  osIsAbs: goFunc(['string'], isAbs),
};
