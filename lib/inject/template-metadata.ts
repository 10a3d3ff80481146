/**
 * A configuration's templates as uninject's oracle (lib/uninject/recompute.ts): the labels
 * and annotations they give a pod, plus the injector config's `injectedAnnotations`, which
 * injection sets on every pod.
 */
import type { InjectionConfig } from '../config/types.js';
import { KinjectError } from '../errors.js';
import { renderTemplatePod, type InjectionContext } from './pipeline.js';
import { stringMap, type Pod } from './pod.js';
import { applyProxyConfigAnnotation } from './proxy-config.js';
import { parseTemplates } from './render.js';
import type { NamespacedName, TypeMeta } from './workload-meta.js';

/** The labels and annotations injection's templates give one pod. */
export interface TemplateMetadata {
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

/** The oracle of one workload's pods; undefined when the templates cannot run on the pod. */
export type WorkloadMetadataOracle = (
  pod: Pod,
  workload: { deploy: NamespacedName; type: TypeMeta },
) => TemplateMetadata | undefined;

/** Each value as the text an annotation or label holds. */
function texts(map: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, String(v)]));
}

/** The oracle for a configuration; its templates are parsed here, once. Throws KinjectError('TEMPLATE_PARSE'). */
export function templateMetadataOracle(cfg: InjectionConfig): WorkloadMetadataOracle {
  const ctx: InjectionContext = {
    cfg,
    templates: parseTemplates(cfg.injector.templates, cfg.env, {}, cfg.injector.templateSources),
  };
  return (pod, { deploy, type }) => {
    const mesh = applyProxyConfigAnnotation(cfg.mesh, stringMap(pod.metadata, 'annotations'));
    let rendered: Pod;
    try {
      rendered = renderTemplatePod(ctx, { pod, deploy, type, mesh });
    } catch (e) {
      // A template that fails on this pod (or one the configuration lacks) tells nothing.
      if (e instanceof KinjectError) return undefined;
      throw e;
    }
    return {
      labels: texts(stringMap(rendered.metadata, 'labels')),
      annotations: {
        ...texts(stringMap(rendered.metadata, 'annotations')),
        ...cfg.injector.injectedAnnotations,
      },
    };
  };
}
