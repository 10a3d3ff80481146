/**
 * The injector config: the `config` text of the `istio-sidecar-injector` ConfigMap, or the
 * whole ConfigMap as `kubectl get cm istio-sidecar-injector -n istio-system -o yaml` prints
 * it (its `data.values` then comes along), or, as istioctl also accepts, a bare sidecar
 * template.
 */
import { isJsonMap } from '../go/json-map.js';
import type { InjectorConfig, LabelSelector } from './types.js';
import { KinjectError } from '../errors.js';
import {
  configError,
  configMapData,
  parseConfigMapping,
  parseConfigText,
  type ConfigDocument,
  type ConfigText,
} from './parse-data.js';
import { wholeText, type TemplatePiece } from './template-sources.js';
import { valuesTypeProblem } from './values-types.js';

/** What an injector config file provides: the config, and the values if it was a whole ConfigMap. */
export interface LoadedInjector {
  injector: InjectorConfig;
  values?: Record<string, unknown>;
}

/** Parse an injector config file (see the module comment for the accepted forms). */
export function parseInjectorConfig(source: ConfigText): LoadedInjector {
  let doc: ConfigDocument;
  try {
    doc = parseConfigText(source);
  } catch (e) {
    // A bare template is seldom valid YAML; istioctl takes such a file as the sidecar template.
    if (e instanceof KinjectError && source.text.includes('{{'))
      return { injector: bareTemplate(source) };
    throw e;
  }
  const data = configMapData(doc.value);
  if (!data) return { injector: readInjectorConfig(doc, source) };
  if (typeof data['config'] !== 'string')
    throw configError(doc, ['data'], 'ConfigMap has no `data.config` text');
  const config = doc.nested(['data', 'config']);
  const injector = readInjectorConfig(parseConfigText(config), config);
  if (typeof data['values'] !== 'string') return { injector };
  return { injector, values: parseValues(doc.nested(['data', 'values'])) };
}

/**
 * Parse a values file: Helm values as JSON or YAML, or a ConfigMap whose `data.values`
 * holds them. A field istiod could not read into its Values type is refused, at the field.
 */
export function parseValues(source: ConfigText): Record<string, unknown> {
  return parseConfigMapping(source, 'values', 'values', (doc, value) => {
    const problem = valuesTypeProblem(value);
    if (problem !== undefined) throw configError(doc, problem.path, problem.message);
  });
}

/** The config of a file that is a single template: everything else takes its default. */
function bareTemplate(source: ConfigText): InjectorConfig {
  return normalize(
    { policy: 'enabled', templates: { sidecar: source.text } },
    { sidecar: wholeText(source) },
  );
}

/**
 * Where each template of a parsed config is: a block scalar's lines are the file's lines; a
 * quoted scalar's are mapped back through its escapes (else placed at the scalar).
 */
export function templateSourcesOf(
  doc: ConfigDocument,
  path: readonly string[],
  names: readonly string[],
): Record<string, TemplatePiece[]> {
  return Object.fromEntries(
    names.map((name) => {
      const nested = doc.nested([...path, name]);
      const pieces: TemplatePiece[] =
        nested.offset !== undefined || nested.place !== undefined
          ? wholeText(nested)
          : [{ file: doc.file, fromLine: 1 }];
      return [name, pieces];
    }),
  );
}

function readInjectorConfig(doc: ConfigDocument, source: ConfigText): InjectorConfig {
  const raw = doc.value;
  // istioctl: a file without templates is taken as a bare sidecar template.
  if (
    !isJsonMap(raw) ||
    !isJsonMap(raw['templates']) ||
    Object.keys(raw['templates']).length === 0
  ) {
    return bareTemplate(source);
  }
  return injectorFromMapping(
    doc,
    raw,
    templateSourcesOf(doc, ['templates'], Object.keys(raw['templates'])),
  );
}

/**
 * An injector config from an already parsed mapping (`doc` locates errors): fields are
 * type-checked, then defaulted as Istio's UnmarshalConfig does.
 */
export function injectorFromMapping(
  doc: ConfigDocument,
  raw: Record<string, unknown>,
  templateSources?: Readonly<Record<string, readonly TemplatePiece[]>>,
): InjectorConfig {
  checkShape(doc, raw);
  return normalize(raw, templateSources);
}

/** Each field's type check, and how the error names what was expected. */
const FIELDS: Readonly<Record<string, { ok: (v: unknown) => boolean; expected: string }>> = {
  // Istio's Config takes any string (one other than enabled/disabled injects nothing).
  policy: { ok: (v) => typeof v === 'string', expected: 'a string ("enabled" or "disabled")' },
  defaultTemplates: { ok: (v) => isStringList(v), expected: 'a list of template names' },
  templates: {
    ok: (v) => isMapOf(v, (t) => typeof t === 'string'),
    expected: 'a map of template name to template text',
  },
  aliases: {
    ok: (v) => isMapOf(v, isStringList),
    expected: 'a map of alias to a list of template names',
  },
  neverInjectSelector: {
    ok: (v) => Array.isArray(v) && v.every(isJsonMap),
    expected: 'a list of label selectors',
  },
  alwaysInjectSelector: {
    ok: (v) => Array.isArray(v) && v.every(isJsonMap),
    expected: 'a list of label selectors',
  },
  injectedAnnotations: {
    ok: (v) => isMapOf(v, (t) => typeof t === 'string'),
    expected: 'a map of annotation to string value',
  },
};

function isStringList(v: unknown): boolean {
  return Array.isArray(v) && v.every((t) => typeof t === 'string');
}

function isMapOf(v: unknown, ok: (item: unknown) => boolean): boolean {
  return isJsonMap(v) && Object.values(v).every(ok);
}

/** Type-check the fields, so that a bad config fails at load, with a position. */
function checkShape(doc: ConfigDocument, raw: Record<string, unknown>): void {
  for (const [field, { ok, expected }] of Object.entries(FIELDS)) {
    const value = raw[field];
    // null is how an empty `injectedAnnotations:` reads; it means "none".
    if (value === null || value === undefined || ok(value)) continue;
    throw configError(doc, [field], `injector config: \`${field}\` must be ${expected}`);
  }
}

/** Fill defaults as Istio's UnmarshalConfig does (empty defaultTemplates means `sidecar`). */
function normalize(
  raw: Record<string, unknown>,
  templateSources?: Readonly<Record<string, readonly TemplatePiece[]>>,
): InjectorConfig {
  const defaultTemplates = (raw['defaultTemplates'] as string[] | null | undefined) ?? [];
  return {
    // Istio's Config leaves a missing policy empty, and its webhook then injects nothing
    // (kube-inject ignores the policy). A bare template has no config: it is `enabled`.
    policy: (raw['policy'] as string | null | undefined) ?? '',
    defaultTemplates: defaultTemplates.length > 0 ? defaultTemplates : ['sidecar'],
    templates: (raw['templates'] as Record<string, string> | undefined) ?? {},
    aliases: (raw['aliases'] as Record<string, string[]> | null | undefined) ?? {},
    neverInjectSelector: (raw['neverInjectSelector'] as LabelSelector[] | null | undefined) ?? [],
    alwaysInjectSelector: (raw['alwaysInjectSelector'] as LabelSelector[] | null | undefined) ?? [],
    injectedAnnotations:
      (raw['injectedAnnotations'] as Record<string, string> | null | undefined) ?? {},
    ...(templateSources === undefined ? {} : { templateSources }),
  };
}
