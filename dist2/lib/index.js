/**
 * kinject's library: inject Istio's sidecar into Kubernetes manifests, offline.
 *
 * ```ts
 * import { buildInjectionConfig, prepareInjector, injectStream } from 'kinject';
 * const injector = prepareInjector(buildInjectionConfig(options, embeddedDefaults));
 * const { output, reports, errors } = injectStream(text, 'deploy.yaml', injector);
 * ```
 * Everything here is pure: texts in, texts and data out.
 */
import { KinjectError } from './errors.js';
import { prepareInjector } from './inject/index.js';
import { assertNesting } from './yaml/hazards.js';
import { applyEdits, documentEdits, readStream, } from './yaml/index.js';
export { KinjectError, formatError } from './errors.js';
export { buildInjectionConfig, loadEmbeddedDefaults, EMBEDDED_FILES, } from './config/index.js';
export { prepareInjector };
export { uninjector, uninjectObject, uninjectPod } from './uninject/index.js';
export { renderReport, sortResults, formatResult, } from './report/index.js';
/** Inject every workload of a YAML or JSON stream; `file` names it in reports and errors. */
export function injectStream(text, file, injector) {
    const stream = readStream(text, file);
    const parseErrors = stream.docs.flatMap((d) => d.errors);
    if (parseErrors.length > 0)
        return { output: '', changed: false, edits: [], reports: [], errors: parseErrors };
    const changes = new Map();
    const reports = [];
    const errors = [];
    for (const doc of stream.docs) {
        try {
            const outcome = injectDocument(doc, file, injector);
            if (!outcome)
                continue;
            if (outcome.changed)
                changes.set(doc.index, outcome.object);
            reports.push(...reportOutcome(outcome, doc, file));
        }
        catch (e) {
            const error = asKinjectError(e);
            // Point at the offending node when the error says which one, else at the document.
            errors.push(error.at({ file, doc: doc.index, pos: nearestPos(doc, error.path ?? []) }));
        }
    }
    if (errors.length > 0)
        return { output: '', changed: false, edits: [], reports, errors };
    const edits = documentEdits(stream, changes);
    const output = applyEdits(text, 0, text.length, edits);
    // Compared as text: re-injecting an injected pod yields an equal object, which is no change.
    return { output, changed: output !== text, edits, reports, errors };
}
/** Where `path` is in the document, or its nearest ancestor that is there (a missing field's parent). */
function nearestPos(doc, path) {
    for (let n = path.length; n > 0; n--) {
        const pos = doc.posOf(path.slice(0, n));
        if (pos !== undefined)
            return pos;
    }
    return doc.posOf([]);
}
/** Any failure as a KinjectError, so that even an unexpected one is reported with its document. */
function asKinjectError(e) {
    if (e instanceof KinjectError)
        return e;
    return new KinjectError('INJECTION', e instanceof Error ? e.message : String(e), {}, { cause: e });
}
/** One document through the injector; undefined for an empty document (comments only). */
function injectDocument(doc, file, injector) {
    if (doc.value === null || doc.value === undefined)
        return undefined;
    assertNesting(doc.value);
    if (typeof doc.value !== 'object' || Array.isArray(doc.value)) {
        throw new KinjectError('NOT_AN_OBJECT', 'document is not a Kubernetes object (expected a mapping with `kind`)', {
            file,
            doc: doc.index,
            pos: doc.posOf([]),
        });
    }
    return injector.injectObject(doc.value);
}
/** The report lines for one document: one per pod template, or "passed through", plus Istio's warnings. */
function reportOutcome(outcome, doc, file) {
    const object = doc.value;
    const where = { file: { path: file, index: doc.index } };
    const workloads = outcome.workloads.map((w) => ({
        severity: 'info',
        code: w.uninjected ? 'UNINJECTED' : w.injected ? 'INJECTED' : 'SKIPPED',
        message: w.message,
        reason: w.reason,
        resourceRef: { ...refOf(object), kind: w.kind, name: w.name, namespace: w.namespace },
        ...where,
        pos: doc.posOf(w.path),
    }));
    const passed = workloads.length > 0
        ? []
        : [
            {
                severity: 'info',
                code: 'PASSED_THROUGH',
                message: 'not a workload',
                resourceRef: refOf(object),
                ...where,
                pos: doc.posOf([]),
            },
        ];
    const warnings = outcome.warnings.map((text) => ({
        severity: 'warning',
        code: 'ISTIO_WARNING',
        // Istio's log lines carry a `===> ` marker and a newline that a report line does not need.
        message: text.replace(/^===>\s*/, '').trim(),
        resourceRef: refOf(object),
        ...where,
        pos: doc.posOf([]),
    }));
    return [...workloads, ...passed, ...warnings];
}
/** apiVersion, kind, name and namespace of an object, where they are strings. */
function refOf(object) {
    const meta = (typeof object['metadata'] === 'object' && object['metadata'] !== null ? object['metadata'] : {});
    const str = (v) => (typeof v === 'string' ? v : undefined);
    return {
        apiVersion: str(object['apiVersion']),
        kind: str(object['kind']),
        name: str(meta['name']),
        namespace: str(meta['namespace']),
    };
}
//# sourceMappingURL=index.js.map