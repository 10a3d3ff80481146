/**
 * Parser tests: parse trees (via String()) and parse errors. Every expected value below was
 * recorded from Go 1.19's text/template (Template.Parse, then Tree.Root.String(), or the
 * error text) with the function map of `engine-funcs.ts`.
 */
import t from 'tap';
import { Template } from '../../lib/template/template.js';
import { testFuncs } from './engine-funcs.js';

interface ParseCase {
  text: string;
  data?: unknown;
  tree?: string;
  out?: string;
  err?: string;
}

// Recorded from Go 1.19 text/template.
const CASES: ParseCase[] = [
  { text: '{{', err: 'template: t:1: unclosed action' },
  { text: '{{.a', err: 'template: t:1: unclosed action' },
  { text: '{{.a\n\n', err: 'template: t:3: unclosed action started at t:1' },
  { text: 'a\n{{if .a}}\nb', err: 'template: t:3: unexpected EOF' },
  { text: '{{end}}', err: 'template: t:1: unexpected {{end}}' },
  { text: '{{else}}', err: 'template: t:1: unexpected {{else}}' },
  { text: '{{if .a}}{{else}}{{else}}{{end}}', err: 'template: t:1: expected end; found {{else}}' },
  { text: '{{range .a}}{{else if .b}}{{end}}', err: 'template: t:1: unexpected <if> in input' },
  { text: '{{with .a}}{{else if .b}}{{end}}', err: 'template: t:1: unexpected <if> in input' },
  { text: '{{break}}', err: 'template: t:1: {{break}} outside {{range}}' },
  { text: '{{range .}}{{break 1}}{{end}}', err: 'template: t:1: unexpected "1" in {{break}}' },
  { text: '{{continue}}', err: 'template: t:1: {{continue}} outside {{range}}' },
  {
    text: '{{define "x"}}{{end}}{{define "x"}}a{{end}}{{define "x"}}b{{end}}',
    err: 'template: t:1: template: multiple definition of template "x"',
  },
  { text: '{{define x}}{{end}}', err: 'template: t:1: unexpected "x" in define clause' },
  { text: '{{define "x" 1}}{{end}}', err: 'template: t:1: unexpected "1" in define clause' },
  { text: '{{define "x"}}', err: 'template: t:1: unexpected EOF' },
  { text: '{{template x}}', err: 'template: t:1: unexpected "x" in template clause' },
  {
    text: '{{template "x" 1 2}}',
    err: 'template: t:1:11: executing "t" at <{{template "x" 1 2}}>: template "x" not defined',
  },
  { text: '{{"abc}}', err: 'template: t:1: unterminated quoted string' },
  { text: '{{`abc}}', err: 'template: t:1: unterminated raw quoted string' },
  { text: "{{'ab'}}", err: "template: t:1: malformed character constant: 'ab'" },
  { text: "{{'a}}", err: 'template: t:1: unterminated character constant' },
  { text: "{{'\\q'}}", err: 'template: t:1: invalid syntax' },
  { text: '{{"\\q"}}', err: 'template: t:1: invalid syntax' },
  { text: '{{/* abc', err: 'template: t:1: unclosed comment' },
  { text: '{{/* abc */ .x}}', err: 'template: t:1: comment ends before closing delimiter' },
  { text: '{{ ( .x }}', err: 'template: t:1: unclosed left paren' },
  { text: '{{ .x ) }}', err: 'template: t:1: unexpected ")" in command' },
  { text: '{{ (.x)) }}', err: 'template: t:1: unexpected ")" in command' },
  { text: '{{ .x | }}', out: '<no value>', tree: '{{.x}}' },
  { text: '{{ | .x }}', err: 'template: t:1: unexpected "|" in command' },
  { text: '{{ $x := }}', err: 'template: t:1: missing value for command' },
  { text: '{{ $x, $y := 1 }}', err: 'template: t:1: too many declarations in command' },
  {
    text: '{{ range $x, $y, $z := . }}{{end}}',
    err: 'template: t:1: too many declarations in range',
  },
  {
    text: '{{ range $x, 1 := . }}{{end}}',
    err: 'template: t:1: range can only initialize variables',
  },
  { text: '{{ $x := 1 | 2 }}', err: 'template: t:1: non executable command in pipeline stage 2' },
  { text: '{{ .x 1 | true }}', err: 'template: t:1: non executable command in pipeline stage 2' },
  { text: '{{ 1.2.3 }}', err: 'template: t:1: unexpected ".3" in operand' },
  { text: '{{ 0x }}', err: 'template: t:1: illegal number syntax: "0x"' },
  { text: '{{ 1e }}', err: 'template: t:1: illegal number syntax: "1e"' },
  { text: '{{ 08 }}', err: 'template: t:1: integer overflow: "08"' },
  { text: '{{ 1__0 }}', err: 'template: t:1: illegal number syntax: "1__0"' },
  { text: '{{ 1_ }}', err: 'template: t:1: illegal number syntax: "1_"' },
  { text: '{{ 0x1.p1 }}', out: '2', tree: '{{0x1.p1}}' },
  { text: '{{ 1+ }}', err: 'template: t:1: bad number syntax: "1+"' },
  { text: '{{ 1+2 }}', err: 'template: t:1: bad number syntax: "1+2"' },
  { text: '{{ .x.y.1 }}', err: 'template: t:1: unexpected ".1" in operand' },
  { text: '{{ $.x }}', out: '<no value>', tree: '{{$.x}}' },
  { text: '{{ $x.y }}', err: 'template: t:1: undefined variable "$x"' },
  { text: '{{ # }}', err: 'template: t:1: unexpected "#" in command' },
  { text: '{{ é }}', err: 'template: t:1: function "é" not defined' },
  { text: '{{ .é }}', out: '<no value>', tree: '{{.é}}' },
  { text: '{{ \u0001 }}', err: 'template: t:1: unrecognized character in action: U+0001' },
  { text: '{{ :x }}', err: 'template: t:1: expected :=' },
  { text: '{{ $x = 1 }}', err: 'template: t:1:8: executing "t" at <1>: undefined variable: $x' },
  {
    text: '{{ .x\n| len }}',
    err: 'template: t:2:2: executing "t" at <len>: error calling len: reflect: call of reflect.Value.Type on zero Value',
  },
  {
    text: '{{if\n.x\n(}}{{end}}',
    err: 'template: t:3: unclosed left paren in action started at t:1',
  },
  { text: '{{ nil.x }}', err: 'template: t:1: unexpected . after term "nil"' },
  { text: '{{ true.x }}', err: 'template: t:1: unexpected . after term "true"' },
  {
    text: '{{ (1).x }}',
    err: 'template: t:1:4: executing "t" at <1>: can\'t evaluate field x in type int',
  },
  { text: '{{ .x.y | printf "%s" }}{{- -}}', err: 'template: t:1: illegal number syntax: "-"' },
  { text: '{{-3}}{{- 3 -}}{{ -3 }}', out: '-33-3', tree: '{{-3}}{{3}}{{-3}}' },
  { text: 'a {{- /* x */}} b', out: 'a b', tree: 'a b' },
  {
    text: '{{block "b" .}}{{else}}{{end}}',
    err: 'template: t:1: unexpected {{else}} in block clause',
  },
  { text: '{{block "b"}}{{end}}', err: 'template: t:1: missing value for block clause' },
  {
    text: '{{define "a"}}{{define "b"}}{{end}}{{end}}',
    err: 'template: t:1: unexpected <define> in command',
  },
  { text: '{{with $x := .}}{{end}}{{$x}}', err: 'template: t:1: undefined variable "$x"' },
  {
    text: '{{if $x := 1}}{{$x}}{{else if $y := 2}}{{$x}}{{$y}}{{end}}',
    out: '1',
    tree: '{{if $x := 1}}{{$x}}{{else}}{{if $y := 2}}{{$x}}{{$y}}{{end}}{{end}}',
  },
  { text: '{{range}}{{end}}', err: 'template: t:1: missing value for range' },
  { text: '{{with}}{{end}}', err: 'template: t:1: missing value for with' },
  { text: '{{template}}', err: 'template: t:1: unexpected "}}" in template clause' },
  { text: '{{else if}}', err: 'template: t:1: unexpected {{else}}' },
  { text: 'x{{.a}}{{end}}y', err: 'template: t:1: unexpected {{end}}' },
  { text: '{{define "t"}}body{{end}}', out: 'body', tree: 'body' },
  { text: '  {{define "t"}}body{{end}}  ', out: 'body', tree: 'body' },
  {
    text: '{{.x | .y}}',
    data: { x: 1, y: 2 },
    err: 'template: t:1:7: executing "t" at <.y>: y is not a method but has arguments',
  },
  {
    text: '{{.x | $}}',
    data: { x: 1 },
    err: 'template: t:1:7: executing "t" at <$>: can\'t give argument to non-function $',
  },
  {
    text: '{{ (.x) 1 }}',
    data: { x: 1 },
    err: 'template: t:1:3: executing "t" at <(.x) 1>: can\'t give argument to non-function .x',
  },
  {
    text: '{{ .x.Len }}',
    data: { x: 'abc' },
    err: 'template: t:1:5: executing "t" at <.x.Len>: can\'t evaluate field Len in type interface {}',
  },
  {
    text: '{{ printf "%s" . | toUpper }}',
    data: 'a',
    out: 'A',
    tree: '{{printf "%s" . | toUpper}}',
  },
  {
    text: '{{ range $i := . }}{{$i}}{{end}}',
    data: [1, 2],
    out: '12',
    tree: '{{range $i := .}}{{$i}}{{end}}',
  },
  {
    text: '{{ range $i, $x := . }}{{$i}}{{$x}}{{end}}',
    data: [1, 2],
    out: '0112',
    tree: '{{range $i, $x := .}}{{$i}}{{$x}}{{end}}',
  },
];

t.test('parse trees and parse errors match Go', async (t) => {
  for (const c of CASES) {
    const tmpl = new Template('t').funcs(testFuncs);
    let got: string;
    try {
      tmpl.parse(c.text);
      got = tmpl.toString();
    } catch (e) {
      got = (e as Error).message;
    }
    // Cases whose error comes from execution only check that the tree parses.
    if (c.tree !== undefined) t.equal(got, c.tree, c.text);
    else if (c.err !== undefined && c.err.includes(': executing '))
      t.notMatch(got, /^template: t:\d+: /, c.text);
    else if (c.err !== undefined) t.equal(got, c.err, c.text);
  }
});

t.test('String() of a tree re-parses to the same String()', async (t) => {
  for (const c of CASES) {
    if (c.tree === undefined) continue;
    const again = new Template('t').funcs(testFuncs).parse(c.tree);
    t.equal(again.toString(), c.tree, c.text);
  }
});

t.test('assignment keeps "=" in String() so that it round-trips', async (t) => {
  // Go 1.19 prints ":=" here, which would re-parse as a declaration.
  const tmpl = new Template('t').parse('{{$x := 1}}{{$x = 2}}{{range $i, $e = .}}{{end}}');
  t.equal(tmpl.toString(), '{{$x := 1}}{{$x = 2}}{{range $i, $e = .}}{{end}}');
});

t.test('define, block and redefinition', async (t) => {
  const tmpl = new Template('main').parse('{{define "a"}}A{{end}}{{block "b" .}}B{{end}}main');
  t.same(
    tmpl
      .templates()
      .map((x) => x.name)
      .sort(),
    ['a', 'b', 'main'],
  );
  t.equal(tmpl.lookup('a')?.toString(), 'A');
  t.equal(tmpl.toString(), '{{template "b" .}}main');
  // A later parse redefines a template; an empty body does not replace a definition.
  tmpl.parse('{{define "a"}}A2{{end}}');
  t.equal(tmpl.executeTemplate('a', undefined), 'A2');
  t.equal(tmpl.execute(undefined), 'Bmain');
  tmpl.parse('{{define "b"}}{{end}}');
  t.equal(tmpl.executeTemplate('b', undefined), 'B');
  t.throws(() => new Template('x').parse('{{define "a"}}1{{end}}{{define "a"}}2{{end}}'), {
    message: 'template: x:1: template: multiple definition of template "a"',
  });
});

t.test('functions must be known when parsing', async (t) => {
  t.throws(() => new Template('x').parse('{{toUpper .}}'), {
    message: 'template: x:1: function "toUpper" not defined',
  });
  t.equal(new Template('x').funcs(testFuncs).parse('{{toUpper .}}').execute('a'), 'A');
  // A function named break or continue turns the keyword into an identifier.
  const brk = { break: testFuncs.toUpper };
  t.equal(new Template('x').funcs(brk).parse('{{break "a"}}').execute(undefined), 'A');
});

t.test('options and names', async (t) => {
  t.throws(() => new Template('x').option('missingkey=maybe'), {
    message: 'unrecognized option: missingkey=maybe',
  });
  t.throws(() => new Template('x').option(''), { message: 'empty option string' });
  t.throws(
    () =>
      new Template('x').funcs({
        'a-b': testFuncs.toUpper,
      }),
    {
      message: 'function name "a-b" is not a valid identifier',
    },
  );
  t.throws(() => new Template('x').executeTemplate('y', 1), {
    message: 'template: no template "y" associated with template "x"',
  });
  t.throws(() => new Template('x').execute(1), {
    message: 'template: x: "x" is an incomplete or empty template',
  });
});

t.test('custom delimiters', async (t) => {
  const tmpl = new Template('x').delims('[[', ']]').parse('{{.}} [[- . -]] [[/* c */]]');
  t.equal(tmpl.execute('v'), '{{.}}v');
});
