/**
 * The usual run: documents stream through one at a time, their output held (in memory, then
 * in a temporary file, cli/output.ts) until every input has succeeded, so a failed run writes
 * nothing on stdout and never a partial `-o` file, however large the inputs.
 */
import { KinjectError, formatError } from '../lib/errors.js';
import { StreamInjector, type ChunkOutcome } from '../lib/inject/incremental.js';
import type { Injector } from '../lib/inject/index.js';
import { renderReport, type Result } from '../lib/report/index.js';
import { ExitCode, type CliOptions } from './args.js';
import type { InputSource } from './inputs.js';
import type { CliIO } from './io.js';
import { openOutput, type OutputSink } from './output.js';
import { createProgress } from './progress.js';

/** Inject `inputs` to stdout or `-o`; resolves to the exit status. `prelude` goes to stderr before the report on success. */
export async function runStreaming(
  opts: CliOptions,
  io: CliIO,
  inputs: readonly InputSource[],
  injector: Injector,
  prelude: string,
): Promise<ExitCode> {
  const sink = await openOutput(io, opts.output);
  const reports = new ReportTexts(
    opts.quiet,
    inputs.map((i) => i.name),
  );
  const errors: KinjectError[] = [];
  const progress = createProgress(io, inputs.length);
  try {
    const joined = new JoinedOutput(sink, inputs.length > 1);
    for (const input of inputs) {
      // Documents stream through: each goes out (to the sink) as soon as it is injected.
      const stream = new StreamInjector(input.name, injector);
      const out = joined.next();
      const report = reports.input(input.name);
      const take = async (o: ChunkOutcome): Promise<void> => {
        report.add(o.reports);
        if (errors.length === 0 && !stream.failed) await out.write(o.output);
      };
      for await (const chunk of input.chunks()) await take(stream.push(chunk));
      await take(stream.end());
      // As for a whole text: a text that does not parse has no report lines, only its errors.
      report.done(!stream.parseFailed);
      errors.push(...stream.errors());
      if (errors.length === 0) await out.end();
      progress.tick(input.name);
    }
  } catch (e) {
    progress.done();
    await sink.discard();
    throw e;
  }
  progress.done();
  if (errors.length > 0) {
    await sink.discard();
    io.writeStderr(reports.text() + errors.map((e) => `kinject: ${formatError(e)}\n`).join(''));
    return ExitCode.Error;
  }
  await sink.commit();
  io.writeStderr(prelude + reports.text());
  return ExitCode.Ok;
}

/** One input's report lines as they come; kept only if the input parsed. */
interface InputReport {
  add(results: readonly Result[]): void;
  done(keep: boolean): void;
}

/**
 * The report as it grows, in the order a whole-run report has (by file name, then document):
 * kept as rendered text per input, the results of each push being in order already. Only a
 * name given twice (the same file by two arguments) keeps its results, to sort them together.
 */
class ReportTexts {
  private readonly byFile = new Map<string, string[]>();
  private readonly repeated = new Map<string, Result[]>();
  private readonly twice: ReadonlySet<string>;

  constructor(
    private readonly quiet: boolean,
    names: readonly string[],
  ) {
    this.twice = new Set(names.filter((n, i) => names.indexOf(n) !== i));
  }

  input(file: string): InputReport {
    const texts: string[] = [];
    const results: Result[] = [];
    const repeated = this.twice.has(file);
    return {
      add: (r) => {
        if (repeated) results.push(...r);
        else texts.push(renderReport(r, this.quiet));
      },
      done: (keep) => {
        if (!keep) return;
        if (repeated) this.repeated.set(file, [...(this.repeated.get(file) ?? []), ...results]);
        else this.byFile.set(file, [...(this.byFile.get(file) ?? []), ...texts]);
      },
    };
  }

  text(): string {
    const all = new Map(this.byFile);
    for (const [file, results] of this.repeated) all.set(file, [renderReport(results, this.quiet)]);
    return [...all]
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
