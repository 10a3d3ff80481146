const SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
/** Results in a stable order: by file, document, position, then severity (most severe first). */
export function sortResults(results) {
    return [...results].sort((a, b) => compareText(a.file.path, b.file.path) ||
        a.file.index - b.file.index ||
        (a.pos?.line ?? 0) - (b.pos?.line ?? 0) ||
        (a.pos?.col ?? 0) - (b.pos?.col ?? 0) ||
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** How each code reads in the text report. */
const CODE_TEXT = {
    INJECTED: () => 'injected',
    SKIPPED: (r) => `skipped: ${r.message}`,
    UNINJECTED: (r) => `uninjected: ${r.message}`,
    PASSED_THROUGH: (r) => `passed through: ${r.message}`,
    ISTIO_WARNING: (r) => `warning: ${r.message}`,
};
/** `Deployment sample/hello` (namespace and kind left out when unknown). */
export function formatResourceRef(ref) {
    const name = [ref.namespace, ref.name ?? '<unnamed>'].filter(Boolean).join('/');
    return ref.kind ? `${ref.kind} ${name}` : name;
}
/** One line: `FILE:LINE: Deployment sample/hello: injected`. */
export function formatResult(r) {
    const where = r.pos ? `${r.file.path}:${r.pos.line}` : `${r.file.path}#${r.file.index}`;
    return `${where}: ${formatResourceRef(r.resourceRef)}: ${CODE_TEXT[r.code](r)}`;
}
/** The report for stderr: sorted, one line each; `quiet` keeps only warnings and errors. */
export function renderReport(results, quiet = false) {
    return sortResults(results)
        .filter((r) => !quiet || r.severity !== 'info')
        .map((r) => `${formatResult(r)}\n`)
        .join('');
}
//# sourceMappingURL=index.js.map