/**
 * Choosing and running the injection templates: `inject.istio.io/templates` (or the
 * default templates), aliases expanded, each parsed once per configuration with sprig's
 * and Istio's functions, as Istio's ParseTemplates / selectTemplates / runTemplate do.
 */
import { locateTemplateLine, type TemplatePiece } from '../config/template-sources.js';
import { KinjectError, messageOf, type Location } from '../errors.js';
import { injectionError } from './istio-errors.js';
import { istioFuncsWithEnv } from '../funcs/istio.js';
import { sprigFuncs } from '../funcs/sprig.js';
import type { FuncMap } from '../go/value.js';
import { Template } from '../template/index.js';
import { reviveTrees, storeTrees, type StoredTrees } from '../template/parse/stored.js';

/** The annotation naming the templates a pod wants. */
export const TEMPLATES_ANNOTATION = 'inject.istio.io/templates';

/** Parsed templates by name (a template may be parsed on first use, see {@link parseTemplates}). */
export interface ParsedTemplates {
  /** The named template, parsed; undefined if there is none. Throws KinjectError('TEMPLATE_PARSE'). */
  get(name: string): Template | undefined;
  /** Every template's name. */
  keys(): Iterable<string>;
}

/**
 * The template line a Go parse error is about: where an unclosed construct opened when Go
 * says so (`unclosed action started at inject:2`), else the line Go names first.
 */
function errorLine(message: string): number | undefined {
  const line = /started at inject:(\d+)/.exec(message) ?? /^template: inject:(\d+):/.exec(message);
  return line?.[1] === undefined ? undefined : Number(line[1]);
}

/**
 * An injection template before its text: Go names each one `inject`, with sprig's and
 * Istio's functions.
 */
function emptyTemplate(istio: FuncMap): Template {
  return new Template(TEMPLATE_NAME).funcs(sprigFuncs).funcs(istio);
}

/** The name Istio parses every injection template under (it shows in Go's error texts). */
const TEMPLATE_NAME = 'inject';

/**
 * One template parsed. One that does not parse is reported with its name and Go's message, at
 * its line in the file it came from when `sources` say where that is.
 */
function parseOne(
  name: string,
  text: string,
  istio: FuncMap,
  sources: readonly TemplatePiece[] | undefined,
): Template {
  try {
    return emptyTemplate(istio).parse(text);
  } catch (e) {
    const message = messageOf(e);
    const line = errorLine(message);
    const where = line === undefined ? undefined : locateTemplateLine(sources, line);
    throw new KinjectError(
      'TEMPLATE_PARSE',
      `template ${JSON.stringify(name)}: ${message}`,
      where ?? {},
      { cause: e },
    );
  }
}

/**
 * The parse trees of an injection template's text, as the build stores them for the embedded
 * templates ({@link parseTemplates}' `stored`). Throws TemplateError when the text does not parse.
 */
export function storeTemplate(text: string): StoredTrees {
  return storeTrees(
    TEMPLATE_NAME,
    emptyTemplate(istioFuncsWithEnv({}))
      .parse(text)
      .templates()
      .flatMap((t) => t.parseTree ?? []),
  );
}

/** A template revived from its stored trees; undefined when they are damaged (it is parsed then). */
function reviveOne(stored: StoredTrees, text: string, istio: FuncMap): Template | undefined {
  try {
    const template = emptyTemplate(istio);
    for (const [name, tree] of reviveTrees(stored, TEMPLATE_NAME, text))
      template.addParseTree(name, tree);
    return template;
  } catch {
    return undefined;
  }
}

/**
 * The injector config's templates, each parsed at most once. Istio parses them all up front,
 * so a broken one fails the run even if no pod asks for it, and so does this, except for a
 * template whose text is one of `known` (kinject's embedded templates, which tests parse):
 * those are parsed on first use. Most runs need only `sidecar`, and parsing the others cost
 * every start. A known template with trees in `stored` (by name, from {@link storeTemplate}:
 * the build stores the embedded ones) is revived from them, not parsed from its text (~20 ms
 * of every start for the sidecar template). `sources` place a template's parse error in its file.
 */
export function parseTemplates(
  texts: Readonly<Record<string, string>>,
  env: Readonly<Record<string, string>>,
  known: Readonly<Record<string, string>> = {},
  sources: Readonly<Record<string, readonly TemplatePiece[]>> = {},
  stored: Readonly<Record<string, StoredTrees>> = {},
): ParsedTemplates {
  const istio = istioFuncsWithEnv({ ...env });
  const isKnown = (name: string) => hasOwn(known, name) && known[name] === texts[name];
  const parsed = new Map<string, Template>();
  const get = (name: string): Template | undefined => {
    const found = parsed.get(name);
    if (found !== undefined || !hasOwn(texts, name)) return found;
    const text = texts[name] ?? '';
    const trees = isKnown(name) && hasOwn(stored, name) ? stored[name] : undefined;
    const template =
      (trees && reviveOne(trees, text, istio)) ?? parseOne(name, text, istio, sources[name]);
    parsed.set(name, template);
    return template;
  };
  for (const name of Object.keys(texts)) if (!isKnown(name)) get(name);
  return { get, keys: () => Object.keys(texts) };
}

function hasOwn(o: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

/** The template names for a pod: its annotation's comma list, else the defaults; aliases expanded once. */
export function selectTemplates(
  annotations: Readonly<Record<string, string>>,
  defaults: readonly string[],
  aliases: Readonly<Record<string, readonly string[]>>,
): string[] {
  const raw = annotations[TEMPLATES_ANNOTATION];
  const names =
    raw === undefined
      ? defaults
      : String(raw)
          .split(',')
          .map((n) => n.trim());
  return names.flatMap((n) =>
    Object.prototype.hasOwnProperty.call(aliases, n) ? [...(aliases[n] ?? [])] : [n],
  );
}

/**
 * Render one template over the template data; Istio's errors for unknown names and failures.
 * An unknown name is blamed on `requestedAt` (the pod's templates annotation, when it named it).
 */
export function renderTemplate(
  templates: ParsedTemplates,
  name: string,
  data: unknown,
  requestedAt: Location = {},
): string {
  const t = templates.get(name);
  if (t === undefined) {
    const have = [...templates.keys()].sort().join(', ');
    throw injectionError(
      'INJECTION',
      [`requested template ${JSON.stringify(name)} not found; have ${have}`],
      requestedAt,
    );
  }
  try {
    return t.execute(data);
  } catch (e) {
    throw injectionError('TEMPLATE_EXEC', [messageOf(e)], {}, { cause: e });
  }
}
