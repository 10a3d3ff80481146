/**
 * The kinject command: arguments in, manifests out. A failed run writes nothing on stdout
 * (and never a partial `-o` file). The usual run streams (cli/streaming.ts); what needs every
 * input whole before it can answer (a diff, --in-place, cluster mode, explain, --check, a
 * KRM ResourceList) reads them whole and answers at the end.
 */
import path from 'node:path';
import { parse } from 'yaml';
import { KinjectError, formatError } from '../lib/errors.js';
import {
  injectStream,
  prepareInjector,
  renderReport,
  type Injector,
  type InjectionConfig,
  type StreamOutcome,
  prepareUninjector,
} from '../lib/index.js';
import { clusterDecider, explainDecider, type ClusterModel } from '../lib/cluster/index.js';
import { decideKubeInject, type Decider } from '../lib/inject/index.js';
import { checkLines } from '../lib/report/check.js';
import { explainRows, renderExplainJson, renderExplainTable } from '../lib/report/explain.js';
import { ExitCode, helpText, parseCliArgs, type CliOptions } from './args.js';
import { clusterModel } from './cluster-model.js';
import { configFileArgs } from './config-file.js';
import { listInputs, readAll, STDIN_NAME, type InputText } from './inputs.js';
import { asResourceList, peekResourceList, runFunction } from './krm.js';
import { createProgress } from './progress.js';
import type { CliIO } from './io.js';
import { writeOutputFile } from './output.js';
import type { ParsedStream } from '../lib/yaml/index.js';
import {
  loadConfig,
  loadSources,
  revisionConfig,
  type LoadedSources,
  type RevisionConfig,
} from './load-config.js';
import { rewriteInPlace } from './in-place.js';
import { runStreaming } from './streaming.js';

/** One input and what injection made of it. */
interface Processed {
  input: InputText;
  outcome: StreamOutcome;
}

/** Run kinject with `argv` (without `node` and the script name); resolves to the exit status. */
export async function main(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  try {
    return await run(argv, io);
  } catch (e) {
    // A reader that stopped reading wants no more: not even a message.
    if (e instanceof KinjectError && e.code === 'OUTPUT_CLOSED') return ExitCode.Closed;
    io.writeStderr(`kinject: ${describeFailure(e)}\n`);
    return ExitCode.Error;
  }
}

/** The stderr text of a failed run; a failure that is not a KinjectError is a kinject bug. */
function describeFailure(e: unknown): string {
  if (!(e instanceof KinjectError))
    return `internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
  return `${formatError(e)}${e.code === 'USAGE' ? ' (see kinject --help)' : ''}`;
}

async function run(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const given = parseCliArgs(argv);
  if (given.help) return done(io, helpText());
  if (given.version) return done(io, await versionText(io));
  // .kinject.yaml (or --config) first, the command line after it: flags override the file.
  // `uninject` reads none: its options there would be refused (the command must stay argv[0]).
  const fileArgs = given.command === 'uninject' ? [] : await configFileArgs(given.config, io);
  const withFile = (extra: readonly string[] = []): CliOptions =>
    // Nothing added: the command line as already parsed (a parse costs ~0.5 ms of a start).
    fileArgs.length === 0 && extra.length === 0
      ? given
      : parseCliArgs([...fileArgs, ...extra, ...argv]);
  const opts = withFile();
  // Configuration first: a bad flag should not wait for stdin.
  const sources = await loadSources(opts, io);
  // explain needs no injector ConfigMap when the control plane has webhooks: it decides only.
  const lenient = opts.explain && sources.controlPlane.webhooks.length > 0;
  const chosen = revisionConfig(sources, opts, io, opts.revision ?? '', lenient);
  const listed = await listInputs(opts.inputs, io);
  // Read whole, for what answers only once it has seen everything: a diff and --in-place
  // (each file whole), --check and explain (a summary), cluster mode and explain (the
  // inputs' Namespaces decide every workload).
  const whole = opts.diff || opts.inPlace || opts.check || opts.explain || opts.mode === 'cluster';
  const inputs = whole ? await readAll(listed) : undefined;
  const model = inputs && (await modelFor(opts, io, sources, inputs, lenient));
  const injectorFor = async (o: CliOptions): Promise<Injector> =>
    o === opts
      ? prepareTemplates(chosen.config, o, io, sources, deciderFor(o, model))
      : prepareTemplates(await loadConfig(o, io), o, io, sources);
  const injector = await injectorFor(opts);
  const asFunction = (list: ParsedStream) =>
    runFunction(list, io, async (functionArgs) => {
      if (functionArgs.length === 0) return { injector, quiet: opts.quiet };
      const fnOpts = withFile(functionArgs);
      return { injector: await injectorFor(fnOpts), quiet: fnOpts.quiet };
    });
  if (inputs === undefined) {
    const peeked = await peekResourceList(listed);
    if (peeked.list) return asFunction(peeked.list);
    return runStreaming(opts, io, peeked.inputs, injector, nativeSidecarLine(opts, chosen));
  }
  const resourceList = asResourceList(inputs);
  if (resourceList) return asFunction(resourceList);
  const progress = createProgress(io, inputs.length);
  const processed = inputs.map((input) => {
    const outcome = injectStream(input.text, input.name, injector);
    progress.tick(input.name);
    return { input, outcome };
  });
  progress.done();
  const results = processed.flatMap((p) => p.outcome.reports);
  const errors = processed.flatMap((p) => p.outcome.errors);
  const errorText = errors.map((e) => `kinject: ${formatError(e)}\n`).join('');
  if (opts.explain) return explain(opts, io, results, errorText, chosen);
  if (opts.check) {
    io.writeStderr(renderReport(results, true) + errorText);
    if (errors.length > 0) return ExitCode.Error;
    const lines = checkLines(results);
    await io.writeStdout(lines.map((l) => `${l}\n`).join(''));
    return lines.length > 0 ? ExitCode.Changes : ExitCode.Ok;
  }
  const report = renderReport(results, opts.quiet);
  if (errors.length > 0) {
    io.writeStderr(report + errorText);
    return ExitCode.Error;
  }
  await emit(opts, io, processed);
  io.writeStderr(nativeSidecarLine(opts, chosen) + report);
  return opts.diff && processed.some((p) => p.outcome.changed) ? ExitCode.Changes : ExitCode.Ok;
}

/** What the run knows about the cluster: needed by cluster mode, and by explain for its hints. */
async function modelFor(
  opts: CliOptions,
  io: CliIO,
  sources: LoadedSources,
  inputs: readonly InputText[],
  lenient: boolean,
): Promise<ClusterModel | undefined> {
  if (opts.mode !== 'cluster' && !opts.explain) return undefined;
  const readFile = async (file: string): Promise<string> =>
    (await readAll(await listInputs([file], io))).map((i) => i.text).join('\n---\n');
  return clusterModel(sources, opts, io, inputs, readFile, lenient);
}

/** The decider of the mode (explain adds its lints and hints). */
function deciderFor(opts: CliOptions, model: ClusterModel | undefined): Decider | undefined {
  const base = opts.mode === 'cluster' && model !== undefined ? clusterDecider(model) : undefined;
  if (!opts.explain) return base;
  return explainDecider(base ?? decideKubeInject, model, opts.mode);
}

/** `kinject explain`: the rows on stdout (errors on stderr, exit 2). */
async function explain(
  opts: CliOptions,
  io: CliIO,
  results: Parameters<typeof explainRows>[0],
  errorText: string,
  chosen: RevisionConfig,
): Promise<ExitCode> {
  if (errorText !== '') {
    io.writeStderr(errorText);
    return ExitCode.Error;
  }
  const rows = explainRows(results, opts.namespace ?? '');
  const color = io.stdoutIsTTY === true && (io.env?.NO_COLOR ?? '') === '';
  await io.writeStdout(
    opts.output === 'json' ? renderExplainJson(rows) : renderExplainTable(rows, color),
  );
  io.writeStderr(nativeSidecarLine(opts, chosen));
  return ExitCode.Ok;
}

/** Which setting decided native sidecars, when the run had anything to decide it by. */
function nativeSidecarLine(opts: CliOptions, chosen: RevisionConfig): string {
  const asked =
    opts.controlPlane.length > 0 ||
    opts.kubeVersion !== undefined ||
    opts.nativeSidecars !== undefined ||
    opts.env.ENABLE_NATIVE_SIDECARS !== undefined;
  if (!asked || opts.quiet) return '';
  const { native, decidedBy } = chosen.native;
  return `kinject: native sidecars ${native ? 'on' : 'off'}: ${decidedBy}\n`;
}

/**
 * The injector (or, for `uninject`, the uninjector, which runs the templates to recognise
 * what they added); a template that does not parse is blamed on the file it came from. The
 * embedded templates are known to parse: injection parses only those a run uses, when it
 * uses them, or revives them from the build's parse trees.
 */
function prepareTemplates(
  config: InjectionConfig,
  opts: CliOptions,
  io: CliIO,
  sources: LoadedSources,
  decide?: Decider,
): Injector {
  try {
    return opts.command === 'uninject'
      ? prepareUninjector(config)
      : prepareInjector(config, decide, {
          knownTemplates: sources.embedded.injector.templates,
          storedTrees: sources.embeddedTrees,
        });
  } catch (e) {
    if (e instanceof KinjectError) throw e.at({ file: opts.injectorConfig ?? io.templatesDir });
    throw e;
  }
}

/** Write the result: a diff, a file, or stdout. */
async function emit(opts: CliOptions, io: CliIO, processed: readonly Processed[]): Promise<void> {
  if (opts.diff) {
    await io.writeStdout(await renderDiffs(io, processed));
  } else if (opts.inPlace) {
    const rewrites = processed
      .filter((p) => p.outcome.changed)
      .map((p) => ({ name: p.input.name, text: p.outcome.output }));
    const written = await rewriteInPlace(io, rewrites);
    if (!opts.quiet) io.writeStderr(written.map((name) => `${name}: written\n`).join(''));
  } else if (opts.output !== undefined) {
    await writeOutputFile(io, opts.output, joinOutputs(processed));
  } else {
    await io.writeStdout(joinOutputs(processed));
  }
}

/** Several inputs become one YAML stream, separated by `---`. */
function joinOutputs(processed: readonly Processed[]): string {
  if (processed.length === 1) return processed[0]?.outcome.output ?? '';
  return processed
    .map((p) => p.outcome.output)
    .filter((text) => text.trim() !== '')
    .map((text) => (text.endsWith('\n') ? text : `${text}\n`))
    .join('---\n');
}

/** A unified diff per changed input, numbered as the file's lines; only changed documents are diffed. */
async function renderDiffs(io: CliIO, processed: readonly Processed[]): Promise<string> {
  // Loaded only for --diff, like globby: most runs never need it.
  const { unifiedDiff, COLOUR_PALETTE, PLAIN_PALETTE } = await import('../lib/diff/index.js');
  const palette = io.colour ? COLOUR_PALETTE : PLAIN_PALETTE;
  return processed
    .map((p) => unifiedDiff(diffName(io, p.input.name), p.input.text, p.outcome.edits, palette))
    .join('');
}

/**
 * A file's name in a diff: relative to the working folder when it is inside it (so that
 * `git apply` and `patch -p1` find it from there), with `/` separators; stdin is `-`.
 */
function diffName(io: CliIO, name: string): string {
  if (name === STDIN_NAME) return '-';
  const rel = path.relative(io.cwd, path.resolve(io.cwd, name));
  const shown = rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? name : rel;
  return shown.split(path.sep).join('/');
}

/** `kinject 0.1.0 (embedded defaults: Istio 1.32.0)`: the Istio version is the proxy tag the defaults inject. */
async function versionText(io: CliIO): Promise<string> {
  const pkg = JSON.parse(await io.readFile(path.join(io.templatesDir, '..', 'package.json'))) as {
    version?: string;
  };
  const values = parse(await io.readFile(path.join(io.templatesDir, 'values.yaml'))) as {
    global?: { tag?: unknown };
  } | null;
  const istio = values?.global?.tag;
  return `kinject ${pkg.version ?? 'unknown'} (embedded defaults: Istio ${typeof istio === 'string' ? istio : 'unknown'})\n`;
}

async function done(io: CliIO, text: string): Promise<ExitCode> {
  await io.writeStdout(text);
  return ExitCode.Ok;
}
