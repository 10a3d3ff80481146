/**
 * A configured injector: the injection config with its templates parsed once, ready to
 * inject object after object; other revisions' configs are prepared when a decider first
 * routes a workload to them.
 */
import { isJsonMap, type JsonMap } from '../go/json-map.js';
import type { InjectionConfig } from '../config/types.js';
import { KinjectError } from '../errors.js';
import { decideKubeInject, type Decider } from './decider.js';
import { injectObject, type InjectorRun, type ObjectOutcome } from './object.js';
import type { InjectionContext } from './pipeline.js';
import { parseTemplates } from './render.js';
import type { StoredTrees } from '../template/parse/stored.js';

/** A configured injector. */
export interface Injector {
  /** Inject one object (Istio's IntoObject); the input is not modified. Throws KinjectError. */
  injectObject(obj: JsonMap): ObjectOutcome;
}

/** How {@link prepareInjector} prepares. */
export interface PrepareOptions {
  /** Templates known to parse (kinject's embedded ones): a template with one of these texts is parsed on first use, not up front. */
  knownTemplates?: Readonly<Record<string, string>>;
  /** Parse trees of known templates, by name (the build stores the embedded ones): revived, not parsed. */
  storedTrees?: Readonly<Record<string, StoredTrees>>;
}

/**
 * Prepare an injector: templates are parsed here, once. `decide` routes each workload
 * (default: kube-inject's rules). Throws KinjectError('TEMPLATE_PARSE' | 'CONFIG').
 */
export function prepareInjector(
  cfg: InjectionConfig,
  decide?: Decider,
  options: PrepareOptions = {},
): Injector {
  const contexts = new Map<InjectionConfig, InjectionContext>();
  const contextFor = (c: InjectionConfig): InjectionContext => {
    const known = contexts.get(c);
    if (known !== undefined) return known;
    if (!isJsonMap(c.values))
      throw new KinjectError('CONFIG', 'failed to parse values.yaml; check Istiod logs for errors');
    const templates = parseTemplates(
      c.injector.templates,
      c.env,
      options.knownTemplates,
      c.injector.templateSources,
      options.storedTrees,
    );
    const made = { cfg: c, templates };
    contexts.set(c, made);
    return made;
  };
  const run: InjectorRun = { ctx: contextFor(cfg), contextFor, decide: decide ?? decideKubeInject };
  return { injectObject: (obj) => injectObject(run, obj) };
}
