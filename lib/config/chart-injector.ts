/**
 * The injector config (`config` of the istio-sidecar-injector ConfigMap) that the istiod
 * chart renders from its values, with kinject's own templates standing in for Istio's:
 * - `defaultTemplates`: `sidecarInjectorWebhook.defaultTemplates`, `[sidecar]` when empty;
 * - `policy`: `global.proxy.autoInject`;
 * - `alwaysInjectSelector`, `neverInjectSelector`, `injectedAnnotations`: from
 *   `sidecarInjectorWebhook`, as they are;
 * - `templates`: the built-in ones, except those `sidecarInjectorWebhook.templates` names,
 *   plus every template it defines (a user's `sidecar` replaces kinject's).
 */
import { KinjectError } from '../errors.js';
import type { InjectorConfig, LabelSelector } from './types.js';
import { goString, mapAt, truthy } from './chart-values.js';
import { isJsonMap } from '../go/json-map.js';
import { resolvesAsNonString } from '../yaml/schema.js';
import { templateSourcesOf } from './injector.js';
import { parseConfigText, type ConfigText } from './parse-data.js';
import type { TemplatePiece } from './template-sources.js';

type Values = Record<string, unknown>;

/**
 * A CONFIG error about one chart value, carrying the value's `path` instead of a file: the
 * chart is every layer merged, and the caller knows which layer set it (see build.ts).
 */
function valueError(path: readonly string[], expected: string): KinjectError {
  return new KinjectError('CONFIG', `values: \`${path.join('.')}\` must be ${expected}`, { path });
}

/**
 * The injector config for these chart values; `builtIn` supplies the templates and aliases,
 * `userSources` where the values' own templates are (see valuesTemplateSources). Throws
 * KinjectError (CONFIG) for a value it cannot be rendered from, its `path` that value's.
 */
export function chartInjectorConfig(
  chart: Values,
  builtIn: InjectorConfig,
  userSources: Readonly<Record<string, readonly TemplatePiece[]>> = {},
): InjectorConfig {
  const webhook = mapAt(chart, 'sidecarInjectorWebhook');
  const user = userTemplates(webhook['templates']);
  const builtInSources = Object.entries(builtIn.templateSources ?? {}).filter(
    ([name]) => !Object.hasOwn(user, name),
  );
  const userKnown = Object.entries(userSources).filter(([name]) => Object.hasOwn(user, name));
  return {
    policy: policyOf(mapAt(chart, 'global', 'proxy')['autoInject'], builtIn.policy),
    defaultTemplates: defaultTemplatesOf(webhook['defaultTemplates']),
    templates: { ...builtIn.templates, ...user },
    aliases: builtIn.aliases,
    alwaysInjectSelector: selectorsOf(webhook, 'alwaysInjectSelector'),
    neverInjectSelector: selectorsOf(webhook, 'neverInjectSelector'),
    injectedAnnotations: annotationsOf(webhook['injectedAnnotations']),
    templateSources: Object.fromEntries([...builtInSources, ...userKnown]),
  };
}

/** Where chart values keep templates: their own layout, istiod's `pilot.`, an IstioOperator's `spec.values`. */
const TEMPLATE_PATHS: readonly (readonly string[])[] = [
  ['spec', 'values', 'pilot', 'sidecarInjectorWebhook', 'templates'],
  ['spec', 'values', 'sidecarInjectorWebhook', 'templates'],
  ['pilot', 'sidecarInjectorWebhook', 'templates'],
  ['sidecarInjectorWebhook', 'templates'],
];

/**
 * Where the templates that values files define are, by name: the last file (and within one,
 * the layout chartLayout lets win) that defines a template is where it comes from.
 */
export function valuesTemplateSources(
  files: readonly ConfigText[],
): Record<string, readonly TemplatePiece[]> {
  const out: Record<string, readonly TemplatePiece[]> = {};
  for (const file of files) {
    const doc = parseConfigText(file);
    for (const path of TEMPLATE_PATHS) {
      const templates = path.reduce<unknown>(
        (v, k) => (isJsonMap(v) ? v[k] : undefined),
        doc.value,
      );
      if (!isJsonMap(templates)) continue;
      const names = Object.keys(templates).filter((n) => typeof templates[n] === 'string');
      Object.assign(out, templateSourcesOf(doc, path, names));
    }
  }
  return out;
}

/**
 * The chart writes autoInject unquoted as the config's `policy`: any string Istio then reads
 * as a string loads (one other than enabled/disabled injects nothing); `true`, `3` … do not.
 */
function policyOf(v: unknown, fallback: string): string {
  if (v === undefined || v === null || v === '') return fallback;
  if (typeof v === 'string' && !resolvesAsNonString(v)) return v;
  throw valueError(['global', 'proxy', 'autoInject'], 'a string ("enabled" or "disabled")');
}

function defaultTemplatesOf(v: unknown): string[] {
  if (!truthy(v)) return ['sidecar'];
  if (!Array.isArray(v)) throw valueError(['sidecarInjectorWebhook', 'defaultTemplates'], 'a list');
  return v.map(goString);
}

/** The user's templates by name; an entry set to null defines none. */
function userTemplates(v: unknown): Record<string, string> {
  if (v === undefined || v === null) return {};
  if (!isJsonMap(v))
    throw valueError(['sidecarInjectorWebhook', 'templates'], 'a map of templates');
  const out: Record<string, string> = {};
  for (const [name, text] of Object.entries(v)) {
    if (text === null) continue;
    if (typeof text !== 'string')
      throw valueError(['sidecarInjectorWebhook', 'templates', name], 'a template text');
    out[name] = text;
  }
  return out;
}

function selectorsOf(webhook: Values, key: string): LabelSelector[] {
  const v = webhook[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || !v.every(isJsonMap))
    throw valueError(['sidecarInjectorWebhook', key], 'a list of label selectors');
  return v;
}

/** Annotation values are quoted by the chart, so any scalar becomes its text. */
function annotationsOf(v: unknown): Record<string, string> {
  if (v === undefined || v === null) return {};
  if (!isJsonMap(v))
    throw valueError(['sidecarInjectorWebhook', 'injectedAnnotations'], 'a map of annotations');
  return Object.fromEntries(
    Object.entries(v)
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([k, value]) => [k, goString(value)]),
  );
}
