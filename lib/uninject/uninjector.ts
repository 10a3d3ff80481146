/**
 * The uninjector: uninjection (object.ts) in the shape of an injector, so that it fits
 * wherever an injector does (`injectStream(text, file, uninjector)`), with report lines.
 */
import type { InjectionConfig } from '../config/types.js';
import type { Injector, WorkloadReport } from '../inject/index.js';
import { STATUS_ANNOTATION } from '../inject/status.js';
import { templateMetadataOracle } from '../inject/template-metadata.js';
import { uninjectObject, type UninjectReport } from './object.js';

/** An uninject report as a workload report line. */
function asWorkloadReport(r: UninjectReport): WorkloadReport {
  const { uninjected, unreadableStatus, ...found } = r;
  // Nothing injects; the template changes exactly when a sidecar was taken away.
  const rest = {
    ...found,
    revision: null,
    // A sidecar may well be there: what it added cannot be told, so it all stays.
    warnings: unreadableStatus
      ? [
          `its ${STATUS_ANNOTATION} annotation is not the JSON object injection writes: nothing is taken away`,
        ]
      : [],
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
        message: unreadableStatus
          ? `not uninjected (its ${STATUS_ANNOTATION} annotation does not read)`
          : `not injected (no ${STATUS_ANNOTATION} annotation)`,
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
      const reports = workloads.map(asWorkloadReport);
      return {
        object,
        rewritten: changed,
        workloads: reports,
        // As injection's: each workload's warnings, also the object's.
        warnings: reports.flatMap((w) => w.warnings),
      };
    },
  };
}

/** Takes every injected pod's sidecar away, knowing the labels and annotations Istio's templates add. */
export const uninjector: Injector = prepareUninjector();
