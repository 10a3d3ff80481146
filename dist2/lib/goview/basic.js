import { GoInt } from '../template/value.js';
/** The Go value of a basic type: string, boolean, number (float64) or GoInt. */
export function basicValue(name, json) {
    switch (name) {
        case 'string':
            return typeof json === 'string'
                ? json
                : json === undefined || json === null
                    ? ''
                    : String(json);
        case 'bool':
            return json === true || json === 'true';
        case 'float64':
            return Number(json ?? 0) || 0;
        default:
            return new GoInt(Math.trunc(Number(json ?? 0)) || 0, name);
    }
}
//# sourceMappingURL=basic.js.map