/**
 * Choosing and running the injection templates: `inject.istio.io/templates` (or the
 * default templates), aliases expanded, each parsed once per configuration with sprig's
 * and Istio's functions, as Istio's ParseTemplates / selectTemplates / runTemplate do.
 */
import { KinjectError, messageOf } from '../errors.js';
import { injectionError } from './istio-errors.js';
import { istioFuncsWithEnv } from '../funcs/istio.js';
import { sprigFuncs } from '../funcs/sprig.js';
import { Template } from '../template/index.js';

/** The annotation naming the templates a pod wants. */
export const TEMPLATES_ANNOTATION = 'inject.istio.io/templates';

/** Parsed templates by name. */
export type ParsedTemplates = ReadonlyMap<string, Template>;

/** Parse every template of the injector config (Go names each one `inject`). */
export function parseTemplates(
  texts: Readonly<Record<string, string>>,
  env: Readonly<Record<string, string>>,
): ParsedTemplates {
  const istio = istioFuncsWithEnv({ ...env });
  const parsed = new Map<string, Template>();
  for (const [name, text] of Object.entries(texts)) {
    try {
      parsed.set(name, new Template('inject').funcs(sprigFuncs).funcs(istio).parse(text));
    } catch (e) {
      throw new KinjectError(
        'TEMPLATE_PARSE',
        `template ${JSON.stringify(name)}: ${(e as Error).message}`,
        {},
        { cause: e },
      );
    }
  }
  return parsed;
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

/** Render one template over the template data; Istio's errors for unknown names and failures. */
export function renderTemplate(templates: ParsedTemplates, name: string, data: unknown): string {
  const t = templates.get(name);
  if (t === undefined) {
    const have = [...templates.keys()].sort().join(', ');
    throw injectionError('INJECTION', [
      `requested template ${JSON.stringify(name)} not found; have ${have}`,
    ]);
  }
  try {
    return t.execute(data);
  } catch (e) {
    throw injectionError('TEMPLATE_EXEC', [messageOf(e)], {}, { cause: e });
  }
}
