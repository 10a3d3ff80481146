/**
 * The command line: one option table (read by node:util `parseArgs` and by the help text),
 * and its translation into {@link CliOptions}.
 */
import { parseArgs } from 'node:util';
import { KinjectError } from '../lib/errors.js';

/** The process exit status, one row per outcome. */
export const ExitCode = {
  /** Done; with `--diff`: nothing would change. */
  Ok: 0,
  /** `--diff` only: some input would change. */
  Changes: 1,
  /** Anything went wrong: bad arguments, unreadable or invalid input, injection failed. Nothing is written. */
  Error: 2,
} as const;
/** One of the {@link ExitCode} values. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

interface OptionRow {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** Placeholder in the help text. */
  arg?: string;
  help: string;
  /** Also taken by `kinject uninject` (which needs no configuration). */
  uninject?: true;
}

/** Every option kinject takes. */
const OPTIONS: Readonly<Record<string, OptionRow>> = {
  filename: {
    type: 'string',
    short: 'f',
    multiple: true,
    arg: 'FILE|DIR|GLOB|-',
    help: 'input manifests (repeatable); a folder means its *.yaml, *.yml and *.json; - or nothing reads stdin',
    uninject: true,
  },
  output: {
    type: 'string',
    short: 'o',
    arg: 'FILE',
    help: 'write the result to FILE (atomically) instead of stdout',
    uninject: true,
  },
  'injector-config': {
    type: 'string',
    arg: 'FILE',
    help: 'the istio-sidecar-injector ConfigMap (kubectl get cm -o yaml) or its `config` text',
  },
  values: {
    type: 'string',
    multiple: true,
    arg: 'FILE',
    help: 'Helm values (JSON or YAML, or the injector ConfigMap), merged in order',
  },
  'mesh-config': { type: 'string', arg: 'FILE', help: 'the mesh config, or the `istio` ConfigMap' },
  set: {
    type: 'string',
    multiple: true,
    arg: 'K=V',
    help: "override values, Helm's --set syntax (repeatable)",
  },
  revision: {
    type: 'string',
    arg: 'REV',
    help: 'control-plane revision (default: the default revision)',
  },
  'native-sidecars': {
    type: 'boolean',
    help: 'inject istio-proxy as a Kubernetes native sidecar (Kubernetes >= 1.29)',
  },
  'no-native-sidecars': {
    type: 'boolean',
    help: 'inject istio-proxy as a regular container (the default)',
  },
  env: {
    type: 'string',
    multiple: true,
    arg: 'K=V',
    help: "a variable for the templates' `env` function, or istiod's process env such as COMPLIANCE_POLICY (repeatable)",
  },
  diff: {
    type: 'boolean',
    help: 'print a git-appliable unified diff per changed input instead of the result; exit 1 if anything would change',
    uninject: true,
  },
  'in-place': {
    type: 'boolean',
    short: 'i',
    help: 'rewrite each changed -f file in place (atomically; all files or none); not with stdin or -o',
    uninject: true,
  },
  quiet: {
    type: 'boolean',
    short: 'q',
    help: 'report only warnings and errors on stderr',
    uninject: true,
  },
  help: { type: 'boolean', short: 'h', help: 'show this help', uninject: true },
  version: { type: 'boolean', help: 'show the version', uninject: true },
};

/** The subcommands: injecting (the default) and taking an injection away. */
export type Command = 'inject' | 'uninject';

/** What the command line asks for. */
export interface CliOptions {
  command: Command;
  inputs: string[];
  output?: string;
  injectorConfig?: string;
  values: string[];
  meshConfig?: string;
  set: string[];
  revision?: string;
  nativeSidecars: boolean;
  env: Record<string, string>;
  diff: boolean;
  inPlace: boolean;
  quiet: boolean;
  help: boolean;
  version: boolean;
}

/** Parse argv (without `node` and the script); bad usage throws a USAGE KinjectError. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  const command: Command = argv[0] === 'uninject' ? 'uninject' : 'inject';
  const args = command === 'inject' ? argv : argv.slice(1);
  let parsed: ReturnType<typeof parseWithTable>;
  try {
    parsed = parseWithTable(args);
  } catch (e) {
    throw new KinjectError('USAGE', (e as Error).message.split('\n')[0] ?? String(e));
  }
  const { values: v, positionals, tokens } = parsed;
  if (positionals.length > 0) {
    throw new KinjectError(
      'USAGE',
      `unexpected argument ${JSON.stringify(positionals[0])} (inputs are given with -f)`,
    );
  }
  if (v['diff'] === true && v['output'] !== undefined) {
    throw new KinjectError(
      'USAGE',
      '--diff prints a diff on stdout; it cannot be combined with -o',
    );
  }
  if (command === 'uninject') checkUninject(tokens);
  const str = (name: string): string | undefined => v[name] as string | undefined;
  const list = (name: string): string[] => (v[name] as string[] | undefined) ?? [];
  if (v['in-place'] === true)
    checkInPlace(list('filename'), v['output'] !== undefined, v['diff'] === true);
  return {
    command,
    inputs: list('filename'),
    output: str('output'),
    injectorConfig: str('injector-config'),
    values: list('values'),
    meshConfig: str('mesh-config'),
    set: list('set'),
    revision: str('revision'),
    nativeSidecars: lastSwitch(tokens, 'native-sidecars') ?? false,
    env: parseEnv(list('env')),
    diff: v['diff'] === true,
    inPlace: v['in-place'] === true,
    quiet: v['quiet'] === true,
    help: v['help'] === true,
    version: v['version'] === true,
  };
}

/** `kinject uninject` needs no configuration: an option that configures injection is a mistake. */
function checkUninject(tokens: ReturnType<typeof parseWithTable>['tokens']): void {
  const option = tokens.find((t) => t.kind === 'option' && OPTIONS[t.name]?.uninject !== true);
  if (option?.kind === 'option')
    throw new KinjectError(
      'USAGE',
      `uninject takes no ${option.rawName}: it reads what to take away from each pod's sidecar.istio.io/status annotation`,
    );
}

/** `--in-place` needs files to write back to: not stdin, and neither -o nor --diff. */
function checkInPlace(inputs: readonly string[], output: boolean, diff: boolean): void {
  const why =
    inputs.length === 0 || inputs.includes('-')
      ? 'needs -f FILE: stdin has no file to write back to'
      : output
        ? 'writes each input back to its own file; it cannot be combined with -o'
        : diff
          ? 'cannot be combined with --diff (run --diff first to see what would change)'
          : undefined;
  if (why !== undefined) throw new KinjectError('USAGE', `--in-place ${why}`);
}

function parseWithTable(argv: readonly string[]) {
  const options = Object.fromEntries(
    // parseArgs rejects keys that are present but undefined, so only set ones are copied.
    Object.entries(OPTIONS).map(([name, o]) => [
      name,
      { type: o.type, multiple: o.multiple ?? false, ...(o.short ? { short: o.short } : {}) },
    ]),
  );
  return parseArgs({
    args: [...argv],
    options,
    allowPositionals: true,
    strict: true,
    tokens: true,
  });
}

/** `--x` / `--no-x`: the one given last wins; undefined if neither. */
function lastSwitch(
  tokens: ReturnType<typeof parseWithTable>['tokens'],
  name: string,
): boolean | undefined {
  let value: boolean | undefined;
  for (const t of tokens) {
    if (t.kind === 'option' && t.name === name) value = true;
    if (t.kind === 'option' && t.name === `no-${name}`) value = false;
  }
  return value;
}

function parseEnv(pairs: readonly string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0)
      throw new KinjectError('USAGE', `--env ${JSON.stringify(pair)}: expected NAME=VALUE`);
    env[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return env;
}

/** The `--help` text, generated from the option table. */
export function helpText(): string {
  const rows = Object.entries(OPTIONS).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.arg ? ` ${o.arg}` : ''}`;
    return `  ${flag.padEnd(38)} ${o.help}`;
  });
  const codes = Object.entries(ExitCode).map(([name, code]) => `  ${code}  ${name}`);
  return [
    'Usage: kinject [options] [-f FILE]...',
    '       kinject uninject [-f FILE]... [-o FILE | -i | --diff]',
    '',
    "Inject Istio's sidecar into Kubernetes manifests, offline, as Istio's injection webhook would.",
    'Reads YAML or JSON manifests, writes them back with the sidecar injected; reports go to stderr.',
    '`kinject uninject` takes an injection away again (what its sidecar.istio.io/status annotation lists).',
    '',
    'Options:',
    ...rows,
    '',
    'Exit status:',
    ...codes,
    '',
    'Example: cat deploy.yaml | kinject | kubectl apply -f -',
    '',
  ].join('\n');
}
