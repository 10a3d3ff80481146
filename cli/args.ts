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
  /** `--diff`: some input would change; `--check`: some workload is out of date. */
  Changes: 1,
  /** Anything went wrong: bad arguments, unreadable or invalid input, injection failed. Nothing is written. */
  Error: 2,
  /**
   * stdout's reader went away before it had everything (`kinject | head -1`): the run stops
   * quietly, as a pipe's SIGPIPE stops a Unix filter (the shell's 128 + 13).
   */
  Closed: 141,
} as const;
/** One of the {@link ExitCode} values. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** One row of the option table. */
export interface OptionRow {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** Placeholder in the help text. */
  arg?: string;
  help: string;
  /** Also taken by `kinject uninject` (configuration only to recognise what its templates added). */
  uninject?: true;
}

/** Every option kinject takes (also the keys `.kinject.yaml` and a function config accept). */
export const OPTIONS: Readonly<Record<string, OptionRow>> = {
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
    uninject: true,
  },
  values: {
    type: 'string',
    multiple: true,
    arg: 'FILE',
    help: 'istiod chart values (or IstioOperator; with --injector-config: its ConfigMap values), merged in order',
    uninject: true,
  },
  'mesh-config': {
    type: 'string',
    arg: 'FILE',
    help: 'the mesh config, or the `istio` ConfigMap',
    uninject: true,
  },
  set: {
    type: 'string',
    multiple: true,
    arg: 'K=V',
    help: "override values, Helm's --set syntax (repeatable)",
    uninject: true,
  },
  revision: {
    type: 'string',
    arg: 'REV',
    help: 'control-plane revision (default: the default revision)',
    uninject: true,
  },
  'control-plane': {
    type: 'string',
    multiple: true,
    arg: 'FILE',
    help: "the control plane (helm template istiod …, istioctl manifest generate, kubectl get … -o yaml): its injector and mesh ConfigMaps for --revision, istiod's env, webhooks (repeatable; pieces combine)",
    uninject: true,
  },
  'kube-version': {
    type: 'string',
    arg: 'X.Y',
    help: "the cluster's Kubernetes version (default: $KUBE_VERSION): with ENABLE_NATIVE_SIDECARS=auto, 1.33 or later means native sidecars",
    uninject: true,
  },
  'native-sidecars': {
    type: 'boolean',
    help: 'inject istio-proxy as a Kubernetes native sidecar, whatever istiod would decide',
    uninject: true,
  },
  'no-native-sidecars': {
    type: 'boolean',
    help: 'inject istio-proxy as a regular container, whatever istiod would decide',
    uninject: true,
  },
  env: {
    type: 'string',
    multiple: true,
    arg: 'K=V',
    help: "a variable for the templates' `env` function, or istiod's process env such as COMPLIANCE_POLICY (repeatable)",
    uninject: true,
  },
  mode: {
    type: 'string',
    arg: 'kube-inject|cluster',
    help: "how to decide: kube-inject (default: inject unless the pod opts out, as istioctl kube-inject) or cluster (webhooks, namespace labels, the injector's policy and selectors, as the cluster would)",
  },
  namespace: {
    type: 'string',
    short: 'n',
    arg: 'NS',
    help: 'cluster mode: the namespace of workloads that name none (default: default)',
  },
  namespaces: {
    type: 'string',
    multiple: true,
    arg: 'FILE',
    help: 'cluster mode: Namespace objects (kubectl get ns -o yaml) whose labels the webhooks read (repeatable)',
  },
  'namespace-labels': {
    type: 'string',
    multiple: true,
    arg: 'NS:K=V,…',
    help: "cluster mode: a namespace's labels, e.g. shop:istio-injection=enabled (NS: for none; repeatable)",
  },
  check: {
    type: 'boolean',
    help: 'CI: print nothing on stdout, name every workload that is not as kinject would write it (exit 1), exit 0 when all are up to date',
  },
  diff: {
    type: 'boolean',
    help: 'print a git-appliable unified diff per changed input instead of the result; exit 1 if anything would change',
    uninject: true,
  },
  config: {
    type: 'string',
    arg: 'FILE',
    help: 'read options from FILE instead of the .kinject.yaml found upward from the working directory',
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
  config?: string;
  injectorConfig?: string;
  values: string[];
  meshConfig?: string;
  set: string[];
  revision?: string;
  controlPlane: string[];
  kubeVersion?: string;
  /** `--native-sidecars` / `--no-native-sidecars`, the last one given; undefined when neither. */
  nativeSidecars?: boolean;
  env: Record<string, string>;
  mode: 'kube-inject' | 'cluster';
  namespace?: string;
  namespaces: string[];
  namespaceLabels: string[];
  check: boolean;
  /** `kinject explain …`. */
  explain: boolean;
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
  const { values: v, tokens } = parsed;
  const explain = parsed.positionals[0] === 'explain';
  const positionals = explain ? parsed.positionals.slice(1) : parsed.positionals;
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
  const mode = str('mode') ?? 'kube-inject';
  if (mode !== 'kube-inject' && mode !== 'cluster')
    throw new KinjectError(
      'USAGE',
      `--mode ${JSON.stringify(mode)}: expected kube-inject or cluster`,
    );
  const exclusive = ['diff', 'check'].filter((name) => v[name] === true);
  if (exclusive.length > 1 || (explain && exclusive.length > 0))
    throw new KinjectError(
      'USAGE',
      `${[...(explain ? ['explain'] : []), ...exclusive.map((x) => `--${x}`)].join(' and ')} cannot be combined`,
    );
  if (v['check'] === true && v['output'] !== undefined)
    throw new KinjectError('USAGE', '--check writes nothing; it cannot be combined with -o');
  if (explain && !['table', 'json', undefined].includes(str('output')))
    throw new KinjectError(
      'USAGE',
      `explain -o ${JSON.stringify(str('output'))}: expected table or json`,
    );
  // After explain's check: there -o names a format.
  checkFileNames(v);
  if (v['in-place'] === true)
    checkInPlace(list('filename'), v['output'] !== undefined, v['diff'] === true);
  return {
    command,
    inputs: list('filename'),
    output: str('output'),
    config: str('config'),
    injectorConfig: str('injector-config'),
    values: list('values'),
    meshConfig: str('mesh-config'),
    set: list('set'),
    revision: str('revision'),
    controlPlane: list('control-plane'),
    kubeVersion: str('kube-version'),
    nativeSidecars: lastSwitch(tokens, 'native-sidecars'),
    env: parseEnv(list('env')),
    mode,
    namespace: str('namespace'),
    namespaces: list('namespaces'),
    namespaceLabels: list('namespace-labels'),
    check: v['check'] === true,
    explain,
    diff: v['diff'] === true,
    inPlace: v['in-place'] === true,
    quiet: v['quiet'] === true,
    help: v['help'] === true,
    version: v['version'] === true,
  };
}

/**
 * `kinject uninject` takes the configuration flags (the injecting configuration, to recognise
 * what its templates added) but nothing that decides or reports on injection.
 */
function checkUninject(tokens: ReturnType<typeof parseWithTable>['tokens']): void {
  const option = tokens.find((t) => t.kind === 'option' && OPTIONS[t.name]?.uninject !== true);
  if (option?.kind === 'option')
    throw new KinjectError(
      'USAGE',
      `uninject takes no ${option.rawName}: it reads what to take away from each pod's sidecar.istio.io/status annotation`,
    );
}

/**
 * An option that names a file given an empty name (`-o ""`, an unset shell variable) is a
 * mistake: resolved, it would name the working folder (`-f ""` read every manifest there).
 */
function checkFileNames(values: Readonly<Record<string, unknown>>): void {
  for (const [name, row] of Object.entries(OPTIONS)) {
    const given = values[name];
    const empty = Array.isArray(given) ? given.includes('') : given === '';
    if (empty && row.arg?.startsWith('FILE'))
      throw new KinjectError('USAGE', `--${name} "": an empty file name`);
  }
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

/** One example per way kinject is used, for the help text. */
const EXAMPLES: readonly (readonly [string, string])[] = [
  ['A pipe', 'cat deploy.yaml | kinject | kubectl apply -f -'],
  ['CI: what injection would change', 'kinject --diff -q -f k8s/'],
  [
    'Helm 3 post-renderer',
    'helm template shop ./chart --post-renderer ./examples/helm-post-renderer.sh',
  ],
  [
    'Helm 4 post-renderer plugin',
    'helm plugin install examples/helm-plugin && helm template shop ./chart --post-renderer kinject',
  ],
  [
    'kpt (KRM function: stdin is a ResourceList)',
    'kpt fn eval pkg/ --exec kinject -- revision=canary',
  ],
  [
    'kustomize transformer (transformers: [kinject.yaml])',
    'KUSTOMIZE_PLUGIN_HOME=examples/kustomize-plugin kubectl kustomize --enable-alpha-plugins overlay/',
  ],
  ['Argo CD plugin (helm template | kinject, or a folder)', 'see examples/argocd/*/plugin.yaml'],
  ['npx, from the package', 'npx kinject -f deploy.yaml'],
];

/** The `--help` text, generated from the option table. */
export function helpText(): string {
  const rows = Object.entries(OPTIONS).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.arg ? ` ${o.arg}` : ''}`;
    return `  ${flag.padEnd(38)} ${o.help}`;
  });
  const codes = Object.entries(ExitCode).map(([name, code]) => `  ${code}  ${name}`);
  return [
    'Usage: kinject [options] [-f FILE]...',
    '       kinject explain [options] [-f FILE]... [-o table|json]',
    '       kinject uninject [config options] [-f FILE]... [-o FILE | -i | --diff]',
    '',
    "Inject Istio's sidecar into Kubernetes manifests, offline, as Istio's injection webhook would.",
    'Reads YAML or JSON manifests, writes them back with the sidecar injected; reports go to stderr.',
    'explain reports, per workload, whether it is injected, by which revision, and the rule that decided.',
    '`kinject uninject` takes an injection away again (what its sidecar.istio.io/status annotation lists);',
    'given the configuration that injected, also the labels and annotations its templates added.',
    '',
    'Options:',
    ...rows,
    '',
    'Exit status:',
    ...codes,
    '',
    'Options also come from .kinject.yaml (the nearest one upward from the working directory) or',
    'from --config FILE: its keys are the long flags above (set: {global.hub: my.registry}); flags win.',
    '',
    'Examples:',
    ...EXAMPLES.map(([what, command]) => `  ${what}:\n    ${command}`),
    '',
  ].join('\n');
}
