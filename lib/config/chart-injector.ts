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

type Values = Record<string, unknown>;

/** A CONFIG error about one chart value. */
function valueError(path: string, expected: string): KinjectError {
  return new KinjectError('CONFIG', `values: \`${path}\` must be ${expected}`, {
    file: '--values',
  });
}

/** The injector config for these chart values; `builtIn` supplies the templates and aliases. */
export function chartInjectorConfig(chart: Values, builtIn: InjectorConfig): InjectorConfig {
  const webhook = mapAt(chart, 'sidecarInjectorWebhook');
  return {
    policy: policyOf(mapAt(chart, 'global', 'proxy')['autoInject'], builtIn.policy),
    defaultTemplates: defaultTemplatesOf(webhook['defaultTemplates']),
    templates: { ...builtIn.templates, ...userTemplates(webhook['templates']) },
    aliases: builtIn.aliases,
    alwaysInjectSelector: selectorsOf(webhook, 'alwaysInjectSelector'),
    neverInjectSelector: selectorsOf(webhook, 'neverInjectSelector'),
    injectedAnnotations: annotationsOf(webhook['injectedAnnotations']),
  };
}

function policyOf(v: unknown, fallback: InjectorConfig['policy']): InjectorConfig['policy'] {
  if (v === undefined || v === null || v === '') return fallback;
  if (v === 'enabled' || v === 'disabled') return v;
  throw valueError('global.proxy.autoInject', '"enabled" or "disabled"');
}

function defaultTemplatesOf(v: unknown): string[] {
  if (!truthy(v)) return ['sidecar'];
  if (!Array.isArray(v)) throw valueError('sidecarInjectorWebhook.defaultTemplates', 'a list');
  return v.map(goString);
}

/** The user's templates by name; an entry set to null defines none. */
function userTemplates(v: unknown): Record<string, string> {
  if (v === undefined || v === null) return {};
  if (!isJsonMap(v)) throw valueError('sidecarInjectorWebhook.templates', 'a map of templates');
  const out: Record<string, string> = {};
  for (const [name, text] of Object.entries(v)) {
    if (text === null) continue;
    if (typeof text !== 'string')
      throw valueError(`sidecarInjectorWebhook.templates.${name}`, 'a template text');
    out[name] = text;
  }
  return out;
}

function selectorsOf(webhook: Values, key: string): LabelSelector[] {
  const v = webhook[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || !v.every(isJsonMap))
    throw valueError(`sidecarInjectorWebhook.${key}`, 'a list of label selectors');
  return v;
}

/** Annotation values are quoted by the chart, so any scalar becomes its text. */
function annotationsOf(v: unknown): Record<string, string> {
  if (v === undefined || v === null) return {};
  if (!isJsonMap(v))
    throw valueError('sidecarInjectorWebhook.injectedAnnotations', 'a map of annotations');
  return Object.fromEntries(
    Object.entries(v)
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([k, value]) => [k, goString(value)]),
  );
}
