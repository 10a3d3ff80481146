/**
 * Templates are code from the user's cluster config (the injector ConfigMap). These tests
 * prove what that code cannot do: reach the file system, the network or the process
 * environment; escape into JavaScript through reflection; pollute objects through
 * `__proto__` / `constructor` keys; or run without bound in output, steps or recursion.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { Template, sprigFuncs } from '../../lib/go-template.js';
import { istioFuncsWithEnv } from '../../lib/funcs/istio.js';
import { MAX_LIST_ITEMS, MAX_OUTPUT, MAX_STEPS } from '../../lib/template/limits.js';

const render = (src: string, data: unknown = {}, env: Record<string, string> = {}): string =>
  new Template('inject').funcs(sprigFuncs).funcs(istioFuncsWithEnv(env)).parse(src).execute(data);

/** The message a template fails with (parse or execution). */
function failure(src: string, data: unknown = {}): string {
  try {
    render(src, data);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`expected ${src} to fail`);
}

const LIB = fileURLToPath(new URL('../../../lib/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return file.endsWith('.ts') ? [file] : [];
  });
}

t.test('no library module can reach the outside world', async (t) => {
  const files = sources(LIB);
  t.ok(files.length > 50, 'the library sources were found');
  // The only Node module the library may use is node:crypto (sprig's hashes and ciphers).
  const outside =
    /from ['"](node:)?(fs|fs\/promises|net|http|https|http2|dns|dgram|tls|child_process|cluster|worker_threads|vm|os|process|inspector|module)['"]/;
  const escapes =
    /(?<![\w./-])process\.|\bglobalThis\b|\beval\(|new Function\b|\brequire\(|\bimport\(/;
  for (const file of files) {
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const rel = path.relative(LIB, file);
    t.notMatch(code, outside, `${rel}: no I/O module`);
    t.notMatch(code, escapes, `${rel}: no process, globals, eval or dynamic loading`);
  }
});

t.test('the process environment is invisible; only variables passed explicitly', async (t) => {
  process.env.KINJECT_SANDBOX_SECRET = 'leaked';
  t.teardown(() => delete process.env.KINJECT_SANDBOX_SECRET);
  t.equal(render('{{ env "KINJECT_SANDBOX_SECRET" "unset" }}'), 'unset');
  t.equal(render('{{ env "HOME" "unset" }}'), 'unset');
  t.equal(
    render('{{ env "KINJECT_SANDBOX_SECRET" "unset" }}', {}, { KINJECT_SANDBOX_SECRET: 'given' }),
    'given',
  );
});

t.test('functions that reach the outside world do not exist', async (t) => {
  for (const fn of [
    'getHostByName "example.com"',
    'expandenv "$HOME"',
    'now',
    'randAlpha 3',
    'uuidv4',
  ]) {
    t.match(failure(`{{ ${fn} }}`), /function ".*" not defined/, fn);
  }
});

t.test('reflection finds no JavaScript behind the values', async (t) => {
  const data = { Values: { a: 1 }, List: [1] };
  for (const expr of [
    '.constructor',
    '.Values.constructor',
    '.Values.__proto__',
    '.Values.toString',
    '.Values.hasOwnProperty',
    'index .Values "constructor"',
    'index .Values "__proto__"',
    '(dict).constructor',
  ])
    t.equal(render(`{{ ${expr} }}`, data), '<no value>', expr);
  t.match(failure('{{ call .constructor "return process" }}', data), /call of nil|non-function/);
  t.match(failure('{{ .List.constructor }}', data), /can't evaluate field constructor/);
});

t.test('__proto__ and constructor keys are data, never prototypes', async (t) => {
  const before = Object.getOwnPropertyNames(Object.prototype).sort();
  t.equal(
    render('{{ $d := dict "__proto__" (dict "polluted" "yes") }}{{ $d }} {{ (dict).polluted }}'),
    'map[__proto__:map[polluted:yes]] <no value>',
  );
  t.equal(
    render('{{ $d := dict }}{{ $_ := set $d "__proto__" "x" }}{{ $d }} {{ $d.polluted }}'),
    'map[__proto__:x] <no value>',
  );
  t.equal(
    render(
      '{{ $d := fromJson "{\\"__proto__\\": {\\"polluted\\": 1}}" }}{{ $d }} {{ (dict).polluted }}',
    ),
    'map[__proto__:map[polluted:1]] <no value>',
  );
  t.equal(
    render(
      '{{ $m := merge (dict) (fromJson "{\\"__proto__\\": {\\"polluted\\": 1}}") }}{{ $m }} {{ $m.polluted }}',
    ),
    'map[__proto__:map[polluted:1]] <no value>',
  );
  t.equal(render('{{ $d := dict "constructor" "c" }}{{ $d.constructor }}'), 'c');
  t.same(Object.getOwnPropertyNames(Object.prototype).sort(), before, 'Object.prototype untouched');
  t.equal(({} as Record<string, unknown>).polluted, undefined);
});

t.test('a template calling itself stops with Go’s depth error', async (t) => {
  t.match(
    failure('{{ define "r" }}x{{ template "r" . }}{{ end }}{{ template "r" . }}'),
    /exceeded maximum template depth/,
  );
});

t.test('output, steps and list sizes are bounded, with a clear error', async (t) => {
  const chunk = Math.ceil(MAX_OUTPUT / 2) + 1;
  t.match(
    failure(`{{ repeat ${chunk} "x" }}{{ repeat ${chunk} "x" }}`),
    new RegExp(`template output exceeds kinject's bound of ${MAX_OUTPUT} characters`),
  );
  t.match(
    failure(`{{ repeat ${MAX_OUTPUT + 1} "x" | len }}`),
    /error calling repeat: result of \d+ characters is larger than kinject's bound/,
  );
  t.match(
    failure(`{{ range until ${MAX_LIST_ITEMS + 1} }}{{ end }}`),
    /error calling until: result of \d+ items is larger than kinject's bound/,
  );
  t.match(failure('{{ untilStep 0 100000000 1 | len }}'), /error calling untilStep: result of/);
  t.equal(render('{{ until 5 }} {{ untilStep 10 0 -3 }}'), '[0 1 2 3 4] [10 7 4 1]');
  // Each iteration walks its body's nodes: 2 per iteration here.
  t.match(
    failure(`{{ range until ${MAX_STEPS / 2 + 10} }}{{ $x := 1 }}{{ end }}`),
    new RegExp(`template execution exceeds kinject's bound of ${MAX_STEPS} steps`),
  );
});
