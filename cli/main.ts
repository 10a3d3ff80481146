/**
 * The kinject command: arguments in, manifests out. All output is buffered and written at
 * the end, so a failed run writes nothing on stdout (and never a partial `-o` file).
 */
import path from 'node:path';
import { KinjectError, formatError } from '../lib/errors.js';
import {
  injectStream,
  prepareInjector,
  renderReport,
  type Injector,
  type InjectionConfig,
  type StreamOutcome,
  uninjector,
} from '../lib/index.js';
import { ExitCode, helpText, parseCliArgs, type CliOptions } from './args.js';
import { readInputs, STDIN_NAME, type InputText } from './inputs.js';
import { writeAtomically, type CliIO } from './io.js';
import { loadConfig } from './load-config.js';
import { rewriteInPlace } from './in-place.js';

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
  const processed = (await readInputs(opts.inputs, io)).map((input) => ({
    input,
    outcome: injectStream(input.text, input.name, injector),
  }));
  const report = renderReport(
    processed.flatMap((p) => p.outcome.reports),
    opts.quiet,
  );
  const errors = processed.flatMap((p) => p.outcome.errors);
  if (errors.length > 0) {
    io.writeStderr(report + errors.map((e) => `kinject: ${formatError(e)}\n`).join(''));
    return ExitCode.Error;
  }
  await emit(opts, io, processed);
  io.writeStderr(report);
  return opts.diff && processed.some((p) => p.outcome.changed) ? ExitCode.Changes : ExitCode.Ok;
}

/** The injector; a template that does not parse is blamed on the file it came from. */
function prepareTemplates(config: InjectionConfig, opts: CliOptions, io: CliIO): Injector {
  try {
    return prepareInjector(config);
  } catch (e) {
    if (e instanceof KinjectError) throw e.at({ file: opts.injectorConfig ?? io.templatesDir });
    throw e;
  }
}

/** Write the result: a diff, a file, or stdout. */
async function emit(opts: CliOptions, io: CliIO, processed: readonly Processed[]): Promise<void> {
  if (opts.diff) {
    io.writeStdout(await renderDiffs(io, processed));
  } else if (opts.inPlace) {
    const rewrites = processed
      .filter((p) => p.outcome.changed)
      .map((p) => ({ name: p.input.name, text: p.outcome.output }));
    const written = await rewriteInPlace(io, rewrites);
    if (!opts.quiet) io.writeStderr(written.map((name) => `${name}: written\n`).join(''));
  } else if (opts.output !== undefined) {
    await writeAtomically(io, path.resolve(io.cwd, opts.output), joinOutputs(processed)).catch(
      (e: unknown) => {
        throw new KinjectError('OUTPUT_WRITE', `cannot write: ${(e as Error).message}`, {
          file: opts.output,
        });
      },
    );
  } else {
    io.writeStdout(joinOutputs(processed));
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

async function versionText(io: CliIO): Promise<string> {
  const pkg = JSON.parse(await io.readFile(path.join(io.templatesDir, '..', 'package.json'))) as {
    version?: string;
  };
  return `kinject ${pkg.version ?? 'unknown'}\n`;
}

function done(io: CliIO, text: string): ExitCode {
  io.writeStdout(text);
  return ExitCode.Ok;
}
