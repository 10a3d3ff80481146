/**
 * Random Go templates over given data: text, trims, comments, literals, field chains,
 * variables, pipelines, parentheses, if/else if/else, with/else, range (with break/continue),
 * define/template/block, printf formats, builtins and sprig. Mostly valid and mostly
 * well-typed, so both success and error paths of the engines are compared.
 */
import { BUILTIN_FUNCS, SPRIG_FUNCS, type FuncEntry, type Hint } from './func-table.js';
import { collectPaths, KEY_POOL, STRING_POOL } from './gen-data.js';
import type { Random } from '../../support/random.js';

/** The dot's value when the generator cannot know it (after a function call, say). */
const UNKNOWN = Symbol('unknown');

/** What is in scope where a node is generated. */
interface Scope {
  dot: unknown;
  root: unknown;
  vars: readonly string[];
  inRange: boolean;
}

/** Generator state shared by one template. */
interface Gen {
  rnd: Random;
  funcs: readonly FuncEntry[];
  /** Templates defined so far (callable without recursion). */
  defined: string[];
  /** Blocks started so far: a block's name is taken before its body, which may hold blocks. */
  blocks: number;
  /** Nodes left to emit, so templates stay small. */
  budget: number;
}

// No '{': right before an action it would make `{{{`, a parse error that hides everything else.
const TEXT_POOL = [
  '',
  'a',
  ' ',
  '\n',
  '  \n\t',
  'text',
  ' | ',
  '}',
  'é',
  '<x>',
  '\n  - item: ',
] as const;
const VERB_POOL = [
  '%v',
  '%d',
  '%s',
  '%q',
  '%x',
  '%X',
  '%T',
  '%t',
  '%g',
  '%G',
  '%e',
  '%f',
  '%5.2f',
  '%-4v|',
  '%+v',
  '%#v',
  '%03d',
  '%.1s',
  '%c',
  '%%',
  '%z',
  '%[1]v',
  '%[2]d',
  '%b',
  '%o',
  '%O',
  '%U',
  '%#x',
  '% x',
  '%+q',
  '%#q',
  '%6.2v',
  '%*d',
  '%.*f',
  '%08.3f',
  '%-8q',
  '%+d',
  '% d',
  '%.0f',
  '%.3g',
  '%10.4e',
  '%!',
  '%#o',
  '%x%%',
] as const;
const STRING_LITERALS = [
  ...STRING_POOL.map((s) => JSON.stringify(s)),
  '`raw\\n`',
  '"\\u00e9\\t"',
] as const;
const INT_LITERALS = ['0', '1', '2', '3', '-1', '10', '0x10', "'a'", '1_000'] as const;
/** Index keys: map keys that exist (or not), and list positions in and out of range. */
const KEY_LITERALS = [
  ...KEY_POOL.map((k) => JSON.stringify(k)),
  '"with space"',
  '0',
  '1',
  '2',
  '-1',
  '7',
] as const;
// Small, like NUMBER_POOL (exact integer arithmetic, no platform-dependent conversions).
const FLOAT_LITERALS = ['1.5', '0.0', '-2.5', '1e3', '1000000.0', '1e7', '0.1'] as const;

/** Keep Go's int and float64 apart: JSON numbers are float64 even when whole. */
function matchesHint(value: unknown, hint: Hint): boolean {
  const table: Record<Hint, (v: unknown) => boolean> = {
    s: (v) => typeof v === 'string',
    i: () => false,
    n: (v) => typeof v === 'number',
    f: (v) => typeof v === 'number',
    b: (v) => typeof v === 'boolean',
    l: (v) => Array.isArray(v),
    m: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
    c: (v) => typeof v === 'string' || (typeof v === 'object' && v !== null),
    k: (v) => typeof v === 'string',
    a: () => true,
  };
  return table[hint](value);
}

/**
 * A field chain from dot or `$`, usually reaching a value of the wanted kind, sometimes a
 * missing key (whose value the generator does not know).
 */
function generateField(g: Gen, scope: Scope, hint: Hint): { text: string; value: unknown } {
  const fromDot =
    scope.dot === UNKNOWN ? [] : collectPaths(scope.dot).map((p) => ({ ...p, base: '' }));
  const fromRoot = collectPaths(scope.root).map((p) => ({ ...p, base: '$' }));
  const all = [...fromDot, ...fromRoot];
  const fitting = all.filter((p) => matchesHint(p.value, hint));
  const pool = fitting.length > 0 && g.rnd.chance(0.85) ? fitting : all;
  if (pool.length === 0 || g.rnd.chance(0.07)) {
    return {
      text: `.${g.rnd.pick(KEY_POOL)}${g.rnd.chance(0.3) ? '.missing' : ''}`,
      value: UNKNOWN,
    };
  }
  const p = g.rnd.pick(pool);
  return { text: `${p.base}.${p.path.join('.')}`, value: p.value };
}

/** A literal of (usually) the wanted kind. */
function generateLiteral(g: Gen, hint: Hint): string {
  const byHint: Partial<Record<Hint, readonly string[]>> = {
    s: STRING_LITERALS,
    k: KEY_LITERALS,
    i: INT_LITERALS,
    n: [...INT_LITERALS, ...FLOAT_LITERALS],
    f: FLOAT_LITERALS,
    b: ['true', 'false'],
  };
  const pool = byHint[hint] ?? [
    ...STRING_LITERALS,
    ...INT_LITERALS,
    ...FLOAT_LITERALS,
    'true',
    'nil',
  ];
  return g.rnd.pick(pool);
}

/** A list or map argument: sprig's list/dict when available, else a field. */
function generateCollection(g: Gen, scope: Scope, hint: 'l' | 'm'): string {
  const ctor = hint === 'l' ? 'list' : 'dict';
  if (!g.funcs.some((fn) => fn.name === ctor)) return generateField(g, scope, hint).text;
  const item = (): string => generateLiteral(g, 'a');
  return hint === 'l'
    ? `(list ${item()} ${item()})`
    : `(dict ${generateLiteral(g, 's')} ${item()})`;
}

/**
 * An argument: literal, field, variable, dot, or a parenthesised pipeline. Variables, dot and
 * nested pipelines have unknown types, so typed parameters get them rarely: otherwise most
 * templates would stop at their first type error.
 */
function generateOperand(g: Gen, scope: Scope, hint: Hint, depth: number): string {
  const r = g.rnd.next();
  if ((hint === 'l' || hint === 'm') && r < 0.35) return generateCollection(g, scope, hint);
  // Range indexes are Go ints: the only int-typed values besides literals.
  const indexes = scope.vars.filter((v) => v.startsWith('$i'));
  if ((hint === 'i' || hint === 'k') && indexes.length > 0 && g.rnd.chance(0.3))
    return g.rnd.pick(indexes);
  const untyped = hint === 'a' ? 1 : 0.3;
  if (r < 0.35) return generateLiteral(g, hint);
  if (r < 0.35 + 0.5 * (1.3 - untyped)) return generateField(g, scope, hint).text;
  if (r < 0.9 && scope.vars.length > 0 && g.rnd.chance(untyped * 0.5))
    return g.rnd.pick(scope.vars);
  if (r < 0.9 && g.rnd.chance(untyped * 0.3)) return '.';
  if (depth <= 0 || r < 0.9) return generateLiteral(g, hint);
  return `(${generatePipeline(g, scope, depth - 1)})`;
}

/** A printf call: a format of random verbs and a (sometimes mismatched) number of arguments. */
function generatePrintf(g: Gen, scope: Scope, depth: number, piped: boolean): string {
  const verbs = Array.from({ length: g.rnd.between(1, 3) }, () => g.rnd.pick(VERB_POOL));
  const format = JSON.stringify(verbs.join(g.rnd.pick([' ', '', ':'])));
  const wanted = verbs.filter((v) => v !== '%%').length + g.rnd.between(-1, 1) - (piped ? 1 : 0);
  const args = Array.from({ length: Math.max(0, wanted) }, () =>
    generateOperand(g, scope, 'a', depth),
  );
  return ['printf', format, ...args].join(' ');
}

/** A function call; when `piped`, the last argument comes from the pipeline. */
function generateCall(g: Gen, scope: Scope, depth: number, piped: boolean): string {
  if (g.rnd.chance(0.12)) return generatePrintf(g, scope, depth, piped);
  // A piped value's type is unknown: prefer functions whose last parameter takes anything.
  const open = g.funcs.filter((fn) => (fn.rest ?? fn.params[fn.params.length - 1]) === 'a');
  const fn = g.rnd.pick(piped && g.rnd.chance(0.7) ? open : g.funcs);
  const hints = [
    ...fn.params,
    ...Array.from({ length: fn.rest ? g.rnd.between(0, fn.maxRest ?? 0) : 0 }, () => fn.rest!),
  ];
  const own = piped && hints.length > 0 ? hints.slice(0, -1) : hints;
  return [fn.name, ...own.map((h) => generateOperand(g, scope, h, depth))].join(' ');
}

/** A pipeline: an operand or a call, then up to two calls fed by `|`. */
function generatePipeline(g: Gen, scope: Scope, depth: number): string {
  const first = g.rnd.chance(0.5)
    ? generateOperand(g, scope, 'a', depth)
    : generateCall(g, scope, depth, false);
  const stages = [first];
  while (stages.length < 3 && g.rnd.chance(0.25)) stages.push(generateCall(g, scope, depth, true));
  return stages.join(' | ');
}

/** `{{` and `}}` with optional trim markers. */
function wrapAction(g: Gen, inner: string): string {
  return `{{${g.rnd.chance(0.15) ? '- ' : ''}${inner}${g.rnd.chance(0.15) ? ' -' : ''}}}`;
}

/** Runs of text between actions. */
function generateText(g: Gen): string {
  return g.rnd.pick(TEXT_POOL);
}

/** `{{if}}` with optional else-if and else branches. */
function generateIf(g: Gen, scope: Scope, depth: number): string {
  let out =
    wrapAction(g, `if ${generatePipeline(g, scope, 1)}`) + generateBody(g, scope, depth - 1);
  if (g.rnd.chance(0.3))
    out +=
      wrapAction(g, `else if ${generatePipeline(g, scope, 1)}`) + generateBody(g, scope, depth - 1);
  if (g.rnd.chance(0.5)) out += wrapAction(g, 'else') + generateBody(g, scope, depth - 1);
  return out + wrapAction(g, 'end');
}

/** `{{with}}`: dot becomes the value, which the generator knows when it is a field. */
function generateWith(g: Gen, scope: Scope, depth: number): string {
  const field = g.rnd.chance(0.8) ? generateField(g, scope, 'm') : undefined;
  const head = field?.text ?? generatePipeline(g, scope, 1);
  const inner: Scope = { ...scope, dot: field?.value ?? UNKNOWN };
  let out = wrapAction(g, `with ${head}`) + generateBody(g, inner, depth - 1);
  if (g.rnd.chance(0.4)) out += wrapAction(g, 'else') + generateBody(g, scope, depth - 1);
  return out + wrapAction(g, 'end');
}

/** A representative element of a ranged-over value, to generate fields against. */
function sampleElement(g: Gen, value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return UNKNOWN;
  const items = Object.values(value);
  return items.length > 0 ? g.rnd.pick(items) : UNKNOWN;
}

/** `{{range}}` over a list or map (a field or a list/dict call), with optional variables, break/continue and else. */
function generateRange(g: Gen, scope: Scope, depth: number): string {
  // Never an int: Go 1.24+ ranges over integers, the Go 1.19 oracle refuses them.
  const hint = g.rnd.pick(['l', 'm'] as const);
  const field = g.rnd.chance(0.85) ? generateField(g, scope, hint) : undefined;
  const head = field && field.value !== UNKNOWN ? field.text : generateCollection(g, scope, hint);
  const n = scope.vars.length;
  const decl = g.rnd.pick(['', `$v${n} := `, `$i${n}, $v${n} := `]);
  const vars = [...scope.vars, ...(decl.match(/\$\w+/g) ?? [])];
  const inner: Scope = { ...scope, vars, inRange: true, dot: sampleElement(g, field?.value) };
  let out = wrapAction(g, `range ${decl}${head}`) + generateBody(g, inner, depth - 1);
  if (g.rnd.chance(0.3)) out += wrapAction(g, 'else') + generateBody(g, scope, depth - 1);
  return out + wrapAction(g, 'end');
}

/** A call of an already defined template, or a new block. */
function generateTemplateCall(g: Gen, scope: Scope, depth: number): string {
  if (g.defined.length === 0 || g.rnd.chance(0.3)) {
    const name = `blk${g.blocks++}`;
    const body = generateBody(
      g,
      { ...scope, vars: [], dot: UNKNOWN, root: UNKNOWN, inRange: false },
      depth - 1,
    );
    g.defined.push(name);
    return `{{block "${name}" ${generatePipeline(g, scope, 1)}}}${body}{{end}}`;
  }
  const arg = g.rnd.chance(0.8) ? ` ${generatePipeline(g, scope, 1)}` : '';
  return wrapAction(g, `template "${g.rnd.pick(g.defined)}"${arg}`);
}

/** Declare or assign a variable; returns the text and the scope after it. */
function generateVariable(g: Gen, scope: Scope): { text: string; scope: Scope } {
  if (scope.vars.length > 0 && g.rnd.chance(0.3)) {
    return {
      text: wrapAction(g, `${g.rnd.pick(scope.vars)} = ${generatePipeline(g, scope, 1)}`),
      scope,
    };
  }
  const name = `$x${scope.vars.length}`;
  const text = wrapAction(g, `${name} := ${generatePipeline(g, scope, 1)}`);
  return { text, scope: { ...scope, vars: [...scope.vars, name] } };
}

/** One node; may extend the scope for the nodes after it (variable declarations). */
function generateNode(g: Gen, scope: Scope, depth: number): { text: string; scope: Scope } {
  g.budget--;
  const r = g.rnd.next();
  const same = (text: string): { text: string; scope: Scope } => ({ text, scope });
  if (r < 0.2) return same(generateText(g));
  if (r < 0.5 || depth <= 0 || g.budget <= 0)
    return same(wrapAction(g, generatePipeline(g, scope, 2)));
  if (r < 0.6) return same(generateIf(g, scope, depth));
  if (r < 0.67) return same(generateWith(g, scope, depth));
  if (r < 0.77) return same(generateRange(g, scope, depth));
  if (r < 0.82) return same(generateTemplateCall(g, scope, depth));
  if (r < 0.85) return same(wrapAction(g, '/* comment */'));
  if (r < 0.9 && scope.inRange) return same(wrapAction(g, g.rnd.pick(['break', 'continue'])));
  return generateVariable(g, scope);
}

/** A sequence of nodes. */
function generateBody(g: Gen, scope: Scope, depth: number): string {
  let out = '';
  let current = scope;
  for (let i = g.rnd.between(1, 4); i > 0; i--) {
    const node = generateNode(g, current, depth);
    out += node.text;
    current = node.scope;
  }
  return out;
}

/** Builtins plus sprig (sprig templates may call both). */
const SPRIG_WITH_BUILTINS: readonly FuncEntry[] = [...BUILTIN_FUNCS, ...SPRIG_FUNCS];

/** A random template for `data`: a few `define`s, then a body that may call them. */
export function generateTemplate(rnd: Random, data: unknown, sprig: boolean): string {
  const g: Gen = {
    rnd,
    funcs: sprig ? SPRIG_WITH_BUILTINS : BUILTIN_FUNCS,
    defined: [],
    blocks: 0,
    budget: 16,
  };
  const scope: Scope = { dot: data, root: data, vars: [], inRange: false };
  let defines = '';
  for (let i = rnd.below(3); i > 0; i--) {
    const name = `t${g.defined.length}`;
    // Inside a define, dot and $ are the caller's argument, unknown here.
    defines += `{{define "${name}"}}${generateBody(g, { ...scope, dot: UNKNOWN, root: UNKNOWN }, 1)}{{end}}`;
    g.defined.push(name);
  }
  return defines + generateBody(g, scope, 3);
}
