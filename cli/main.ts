/**
 * The kinject command: arguments in, manifests out. Documents stream through one at a time;
 * their output is held (in memory, then in a temporary file, cli/output.ts) until the run
 * has succeeded, so a failed run writes nothing on stdout (and never a partial `-o` file).
 */
import path from 'node:path';
import { KinjectError, formatError } from '../lib/errors.js';
import {
  injectStream,
  prepareInjector,
  renderReport,
  type Injector,
  type Result,
  type InjectionConfig,
  type StreamOutcome,
  uninjector,
} from '../lib/index.js';
import { ExitCode, helpText, parseCliArgs, type CliOptions } from './args.js';
import { StreamInjector, type ChunkOutcome } from '../lib/inject/incremental.js';
import { listInputs, readWhole, STDIN_NAME, type InputSource } from './inputs.js';
import type { CliIO } from './io.js';
import { fileSink, stdoutSink, type OutputSink } from './output.js';
import { loadConfig } from './load-config.js';
import { rewriteInPlace } from './in-place.js';

/** One whole input and what injection made of it (for --diff). */
interface Processed {
  input: { name: string; text: string };
  outcome: StreamOutcome;
}

/** Run kinject with `argv` (without `node` and the script name); resolves to the exit status. */
export async function main(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  try {
    return await run(argv, io);
  } catch (e) {
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
  const opts = parseCliArgs(argv);
  if (opts.help) return done(io, helpText());
  if (opts.version) return done(io, await versionText(io));
  // Configuration first: a bad flag should not wait for stdin.
  const injector =
    opts.command === 'uninject'
      ? uninjector
      : prepareTemplates(await loadConfig(opts, io), opts, io);
  const inputs = await listInputs(opts.inputs, io);
  if (opts.diff || opts.inPlace) return runWhole(opts, io, inputs, injector);
  const sink = guarded(
    opts.output === undefined ? stdoutSink(io) : fileSink(io, path.resolve(io.cwd, opts.output)),
    opts.output,
  );
  const reports = new ReportTexts(opts.quiet);
  const errors: KinjectError[] = [];
  try {
    const joined = new JoinedOutput(sink, inputs.length > 1);
    for (const input of inputs) {
      // Documents stream through: each goes out (to the sink) as soon as it is injected.
      const stream = new StreamInjector(input.name, injector);
      const out = joined.next();
      const take = async (o: ChunkOutcome) => {
        reports.add(input.name, o.reports);
        errors.push(...o.errors);
        if (errors.length === 0) await out.write(o.output);
      };
      for await (const chunk of input.chunks()) await take(stream.push(chunk));
      await take(stream.end());
      if (errors.length === 0) await out.end();
    }
  } catch (e) {
    await sink.discard();
    throw e;
  }
  if (errors.length > 0) {
    await sink.discard();
    io.writeStderr(reports.text() + errors.map((e) => `kinject: ${formatError(e)}\n`).join(''));
    return ExitCode.Error;
  }
  await sink.commit();
  io.writeStderr(reports.text());
  return ExitCode.Ok;
}

/** The report as it grows: rendered per chunk (already in order), files in the order of their names. */
class ReportTexts {
  private readonly byFile = new Map<string, string[]>();
  constructor(private readonly quiet: boolean) {}

  add(file: string, results: readonly Result[]): void {
    const text = renderReport(results, this.quiet);
    if (text === '') return;
    const texts = this.byFile.get(file) ?? [];
    texts.push(text);
    this.byFile.set(file, texts);
  }

  text(): string {
    return [...this.byFile]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, texts]) => texts.join(''))
      .join('');
  }
}

/**
 * Several inputs become one YAML stream: each input's output that is not blank, ending in a
 * newline, `---` between them. One input's output goes out as it is.
 */
class JoinedOutput {
  private wroteAny = false;
  constructor(
    private readonly sink: OutputSink,
    private readonly many: boolean,
  ) {}

  /** The writer for the next input's output. */
  next(): { write(text: string): Promise<void>; end(): Promise<void> } {
    if (!this.many) return { write: (text) => this.sink.write(text), end: () => Promise.resolve() };
    let pending = '';
    let started = false;
    let last = '';
    return {
      write: async (text) => {
        if (text === '') return;
        if (!started && (pending + text).trim() === '') {
          pending += text;
          return;
        }
        if (!started && this.wroteAny) await this.sink.write('---\n');
        await this.sink.write(started ? text : pending + text);
        started = true;
        last = text;
      },
      end: async () => {
        if (started && !last.endsWith('\n')) await this.sink.write('\n');
        this.wroteAny ||= started;
      },
    };
  }
}

/** The sink, its failures reported as the user's OUTPUT_WRITE. */
function guarded(sink: OutputSink, file: string | undefined): OutputSink {
  const wrap =
    <A extends unknown[]>(f: (...a: A) => Promise<void>) =>
    (...a: A) =>
      f(...a).catch((e: unknown) => {
        throw new KinjectError('OUTPUT_WRITE', `cannot write: ${(e as Error).message}`, {
          file,
        });
      });
  return {
    write: wrap((text: string) => sink.write(text)),
    commit: wrap(() => sink.commit()),
    discard: () => sink.discard(),
  };
}

/** `--diff` and `--in-place`: each input whole; a unified diff per changed input, or each changed file rewritten. */
async function runWhole(
  opts: CliOptions,
  io: CliIO,
  inputs: readonly InputSource[],
  injector: Injector,
): Promise<ExitCode> {
  const processed: Processed[] = [];
  for (const input of inputs) {
    const text = await readWhole(input);
    processed.push({
      input: { name: input.name, text },
      outcome: injectStream(text, input.name, injector),
    });
  }
  const report = renderReport(
    processed.flatMap((p) => p.outcome.reports),
    opts.quiet,
  );
  const errors = processed.flatMap((p) => p.outcome.errors);
  if (errors.length > 0) {
    io.writeStderr(report + errors.map((e) => `kinject: ${formatError(e)}\n`).join(''));
    return ExitCode.Error;
  }
  if (opts.inPlace) {
    const rewrites = processed
      .filter((p) => p.outcome.changed)
      .map((p) => ({ name: p.input.name, text: p.outcome.output }));
    const written = await rewriteInPlace(io, rewrites);
    if (!opts.quiet) io.writeStderr(written.map((name) => `${name}: written\n`).join(''));
    io.writeStderr(report);
    return ExitCode.Ok;
  }
  await io.writeStdout(await renderDiffs(io, processed));
  io.writeStderr(report);
  return processed.some((p) => p.outcome.changed) ? ExitCode.Changes : ExitCode.Ok;
}

/** The injector; a template that does not parse is blamed on the file it came from. */
function prepareTemplates(config: InjectionConfig, opts: CliOptions, io: CliIO): Injector {
  try {
    // The embedded templates are known to parse: parse only those a run uses, when it uses them.
    return prepareInjector(config, { lazyTemplates: opts.injectorConfig === undefined });
  } catch (e) {
    if (e instanceof KinjectError) throw e.at({ file: opts.injectorConfig ?? io.templatesDir });
    throw e;
  }
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

async function versionText(io: CliIO): Promise<string> {
  const pkg = JSON.parse(await io.readFile(path.join(io.templatesDir, '..', 'package.json'))) as {
    version?: string;
  };
  return `kinject ${pkg.version ?? 'unknown'}\n`;
}

async function done(io: CliIO, text: string): Promise<ExitCode> {
  await io.writeStdout(text);
  return ExitCode.Ok;
}
