import { KinjectError } from '../errors.js';
import { configError, configMapData, isMapping, parseConfigText, } from './parse-data.js';
const POLICIES = ['enabled', 'disabled'];
/** Parse an injector config file (see the module comment for the accepted forms). */
export function parseInjectorConfig(source) {
    let doc;
    try {
        doc = parseConfigText(source);
    }
    catch (e) {
        // A bare template is seldom valid YAML; istioctl takes such a file as the sidecar template.
        if (e instanceof KinjectError && source.text.includes('{{'))
            return { injector: bareTemplate(source.text) };
        throw e;
    }
    const data = configMapData(doc.value);
    if (!data)
        return { injector: readInjectorConfig(doc, source.text) };
    if (typeof data['config'] !== 'string')
        throw configError(doc, ['data'], 'ConfigMap has no `data.config` text');
    const injector = readInjectorConfig(parseConfigText(doc.nested(['data', 'config'])), String(data['config']));
    if (typeof data['values'] !== 'string')
        return { injector };
    return { injector, values: parseValues(doc.nested(['data', 'values'])) };
}
/**
 * Parse a values file: Helm values as JSON or YAML, or a ConfigMap whose `data.values`
 * holds them.
 */
export function parseValues(source) {
    const doc = parseConfigText(source);
    const data = configMapData(doc.value);
    if (data) {
        if (typeof data['values'] !== 'string')
            throw configError(doc, ['data'], 'ConfigMap has no `data.values` text');
        return parseValues(doc.nested(['data', 'values']));
    }
    if (doc.value === null || doc.value === undefined)
        return {};
    if (!isMapping(doc.value))
        throw configError(doc, [], 'values must be a mapping');
    return doc.value;
}
/** The config of a file that is a single template: everything else takes its default. */
function bareTemplate(text) {
    return normalize({ templates: { sidecar: text } });
}
function readInjectorConfig(doc, text) {
    const raw = doc.value;
    // istioctl: a file without templates is taken as a bare sidecar template.
    if (!isMapping(raw) ||
        !isMapping(raw['templates']) ||
        Object.keys(raw['templates']).length === 0) {
        return bareTemplate(text);
    }
    return injectorFromMapping(doc, raw);
}
/**
 * An injector config from an already parsed mapping (`doc` locates errors): fields are
 * type-checked, then defaulted as Istio's UnmarshalConfig does.
 */
export function injectorFromMapping(doc, raw) {
    checkShape(doc, raw);
    return normalize(raw);
}
/** Each field's type check, and how the error names what was expected. */
const FIELDS = {
    policy: {
        ok: (v) => typeof v === 'string' && POLICIES.includes(v),
        expected: '"enabled" or "disabled"',
    },
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
        ok: (v) => Array.isArray(v) && v.every(isMapping),
        expected: 'a list of label selectors',
    },
    alwaysInjectSelector: {
        ok: (v) => Array.isArray(v) && v.every(isMapping),
        expected: 'a list of label selectors',
    },
    injectedAnnotations: {
        ok: (v) => isMapOf(v, (t) => typeof t === 'string'),
        expected: 'a map of annotation to string value',
    },
};
function isStringList(v) {
    return Array.isArray(v) && v.every((t) => typeof t === 'string');
}
function isMapOf(v, ok) {
    return isMapping(v) && Object.values(v).every(ok);
}
/** Type-check the fields, so that a bad config fails at load, with a position. */
function checkShape(doc, raw) {
    for (const [field, { ok, expected }] of Object.entries(FIELDS)) {
        const value = raw[field];
        // null is how an empty `injectedAnnotations:` reads; it means "none".
        if (value === null || value === undefined || ok(value))
            continue;
        throw configError(doc, [field], `injector config: \`${field}\` must be ${expected}`);
    }
}
/** Fill defaults as Istio's UnmarshalConfig does (empty defaultTemplates means `sidecar`). */
function normalize(raw) {
    const defaultTemplates = raw['defaultTemplates'] ?? [];
    return {
        // kube-inject always injects unless the pod opts out; an explicit `disabled` is honoured.
        policy: raw['policy'] ?? 'enabled',
        defaultTemplates: defaultTemplates.length > 0 ? defaultTemplates : ['sidecar'],
        templates: raw['templates'] ?? {},
        aliases: raw['aliases'] ?? {},
        neverInjectSelector: raw['neverInjectSelector'] ?? [],
        alwaysInjectSelector: raw['alwaysInjectSelector'] ?? [],
        injectedAnnotations: raw['injectedAnnotations'] ?? {},
    };
}
//# sourceMappingURL=injector.js.map