/**
 * The function map the engine tests use. Each function mirrors a Go function of the same
 * name in the Go program the expected values were recorded with, so that Go's reflection
 * rules (argument conversion, counts, errors, panics) can be compared.
 */
import {
  FuncError,
  GoInt,
  GoStruct,
  goFunc,
  withGoType,
  type FuncMap,
} from '../../lib/go/value.js';
import { sprintf } from '../../lib/template/fmt.js';

/** Go: &Pod{Name: "p", Labels: map[string]string{"a": "b"}, Count: 2} (Spec is a nil *Spec), or a nil *Pod. */
function pod(nil: boolean): GoStruct {
  const labelMap: Record<string, string> = { a: 'b' };
  const labels = withGoType(labelMap, 'map[string]string');
  const spec = new GoStruct({ type: '*main.Spec', nil: true, fields: { Host: false } });
  const fields = nil
    ? { Name: '', Labels: withGoType({}, 'map[string]string'), Spec: null, Count: new GoInt(0) }
    : { Name: 'p', Labels: labels, Spec: spec, Count: new GoInt(2) };
  return new GoStruct({
    type: '*main.Pod',
    nil,
    fields,
    methods: {
      // Go: func (p *Pod) Get(k string) string { return p.Labels[k] } (panics on a nil *Pod).
      Get: goFunc(['string'], (k: string) => {
        if (nil)
          throw new Error('runtime error: invalid memory address or nil pointer dereference');
        return labels[k] ?? '';
      }),
      // Go: func (p *Pod) Hello() string { if p == nil { return "nil-hello" }; return "hi " + p.Name }
      Hello: goFunc([], () => (nil ? 'nil-hello' : 'hi p')),
    },
  });
}

/** Test functions, by the Go signature they mirror. */
export const testFuncs: FuncMap = {
  toUpper: goFunc(['string'], (s: string) => s.toUpperCase()), // strings.ToUpper
  repeat: goFunc(['string', 'int'], (s: string, n: GoInt) => s.repeat(n.value)), // strings.Repeat
  fail: goFunc(['string'], (s: string) => {
    throw new FuncError(`boom ${s}`); // func(s string) (string, error)
  }),
  panicky: goFunc([], () => {
    throw new Error('oops'); // func() string { panic("oops") }
  }),
  strs: goFunc([], () => withGoType(['a', 'b'], '[]string')),
  smap: goFunc([], () => withGoType({ a: 'x' }, 'map[string]string')),
  add: goFunc(['int', 'int'], (a: GoInt, b: GoInt) => new GoInt(a.value + b.value)),
  half: goFunc(['float64'], (f: number) => f / 2),
  join: goFunc(['string', 'string'], (sep: string, ...s: string[]) => s.join(sep), true), // func(sep string, s ...string) string
  nilf: goFunc([], () => null), // func() interface{} { return nil }
  u8: goFunc(['uint8'], (v: GoInt) => v),
  anyf: goFunc(['any'], (v: unknown) => sprintf('%T:%v', [v, v])),
  bools: goFunc(['bool'], (b: boolean) => !b),
  pod: goFunc([], () => pod(false)),
  nilpod: goFunc([], () => pod(true)),
};
