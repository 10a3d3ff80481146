/**
 * The uninjector: uninjection (object.ts) in the shape of an injector, so that it fits
 * wherever an injector does (`injectStream(text, file, uninjector)`), with report lines.
 */
import type { InjectionConfig } from '../config/types.js';
import type { Injector, WorkloadReport } from '../inject/index.js';
import { templateMetadataOracle } from '../inject/template-metadata.js';
import { uninjectObject, type UninjectReport } from './object.js';

/** An uninject report as a workload report line. */
function asWorkloadReport(r: UninjectReport): WorkloadReport {
  const { uninjected, ...found } = r;
  // Nothing injects; the template changes exactly when a sidecar was taken away.
  const rest = {
    ...found,
    revision: null,
    warnings: [],
    hadSidecar: uninjected,
    templateChanged: uninjected,
  };
  return uninjected
    ? {
        ...rest,
        injected: false,
        uninjected: true,
        rule: 'INJECTION_STATUS',
        reason: 'INJECTION_STATUS',
        message: 'what injection added is taken away',
      }
    : {
        ...rest,
        injected: false,
        rule: 'NO_INJECTION_STATUS',
        reason: 'NO_INJECTION_STATUS',
        message: 'not injected (no sidecar.istio.io/status annotation)',
      };
}

/**
 * An uninjector: takes every injected pod's sidecar away; the rest passes through. With the
 * configuration that injected, it also takes away the labels and annotations that its
 * templates (custom ones too) and `injectedAnnotations` added; without one, those Istio's
 * own templates add. Throws KinjectError('TEMPLATE_PARSE') for templates that do not parse.
 */
export function prepareUninjector(cfg?: InjectionConfig): Injector {
  const templates = cfg === undefined ? undefined : templateMetadataOracle(cfg);
  return {
    injectObject(obj) {
      const { object, changed, workloads } = uninjectObject(obj, templates);
      return {
        object,
        rewritten: changed,
        workloads: workloads.map(asWorkloadReport),
        warnings: [],
      };
    },
  };
}

/** Takes every injected pod's sidecar away, knowing the labels and annotations Istio's templates add. */
export const uninjector: Injector = prepareUninjector();
