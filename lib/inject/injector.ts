/**
 * A configured injector: the injection config with its templates parsed once, ready to
 * inject object after object.
 */
import { isJsonMap, type JsonMap } from '../go/json-map.js';
import type { InjectionConfig } from '../config/types.js';
import { KinjectError } from '../errors.js';
import { injectObject, type ObjectOutcome } from './object.js';
import type { InjectionContext } from './pipeline.js';
import { parseTemplates } from './render.js';

/** A configured injector. */
export interface Injector {
  /** Inject one object (Istio's IntoObject); the input is not modified. Throws KinjectError. */
  injectObject(obj: JsonMap): ObjectOutcome;
}

/** Prepare an injector: templates are parsed here, once. Throws KinjectError('TEMPLATE_PARSE' | 'CONFIG'). */
export function prepareInjector(cfg: InjectionConfig): Injector {
  if (!isJsonMap(cfg.values))
    throw new KinjectError('CONFIG', 'failed to parse values.yaml; check Istiod logs for errors');
  const ctx: InjectionContext = { cfg, templates: parseTemplates(cfg.injector.templates, cfg.env) };
  return { injectObject: (obj) => injectObject(ctx, obj) };
}
