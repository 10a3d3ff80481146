const INT_KINDS = new Set([
    'int',
    'int8',
    'int16',
    'int32',
    'int64',
    'uint',
    'uint8',
    'uint16',
    'uint32',
    'uint64',
    'uintptr',
]);
/** Resolves type expressions against a registry of named types, with a cache. */
export class TypeResolver {
    registry;
    #cache = new Map();
    constructor(registry) {
        this.registry = registry;
    }
    /** The node of a type expression; throws on a name the registry lacks (a table bug). */
    resolve(expr) {
        let node = this.#cache.get(expr);
        if (node === undefined) {
            node = this.#parse(expr);
            this.#cache.set(expr, node);
        }
        return node;
    }
    #parse(expr) {
        if (expr.startsWith('*'))
            return { k: 'ptr', elem: this.resolve(expr.slice(1)) };
        if (expr.startsWith('[]'))
            return { k: 'slice', elem: this.resolve(expr.slice(2)) };
        if (expr.startsWith('map[string]'))
            return { k: 'map', elem: this.resolve(expr.slice('map[string]'.length)) };
        if (expr.startsWith('~'))
            return { k: 'opaque', goType: expr.slice(1) };
        if (expr === 'any')
            return { k: 'any' };
        if (expr === 'string' || expr === 'bool' || expr === 'float64')
            return { k: 'basic', name: expr };
        if (INT_KINDS.has(expr))
            return { k: 'basic', name: expr };
        const def = Object.prototype.hasOwnProperty.call(this.registry, expr)
            ? this.registry[expr]
            : undefined;
        switch (def?.kind) {
            case 'struct':
                return { k: 'struct', def };
            case 'enum':
                return { k: 'enum', def };
            case 'special':
                return { k: 'special', def };
            case 'map-alias':
                return { k: 'map', elem: this.resolve(def.elem), named: def.goType };
            default:
                throw new Error(`goview: unknown type ${JSON.stringify(expr)}`);
        }
    }
}
/** Go's `%T` name of a type. */
export function goTypeName(t) {
    switch (t.k) {
        case 'basic':
            return t.name;
        case 'ptr':
            return `*${goTypeName(t.elem)}`;
        case 'slice':
            return `[]${goTypeName(t.elem)}`;
        case 'map':
            return t.named ?? `map[string]${goTypeName(t.elem)}`;
        case 'struct':
        case 'enum':
        case 'special':
            return t.def.goType;
        case 'opaque':
            return t.goType;
        case 'any':
            return 'interface {}';
    }
}
//# sourceMappingURL=go-type.js.map