/**
 * The canonical text of a quantity given as a manifest holds it (a string, or a YAML
 * number). Throws KinjectError (INJECTION) with Go's message when it does not parse.
 */
export declare function canonicalQuantity(value: string | number): string;
