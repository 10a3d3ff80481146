/** `override` layered over `base`; neither input is modified. */
export declare function deepMerge(base: unknown, override: unknown): unknown;
/** A deep copy of plain JSON-like data, so merged results never alias their inputs. */
export declare function clone<T>(value: T): T;
/** `obj[key] = value`, also for keys such as `__proto__` that plain assignment would misread. */
export declare function setKey(obj: Record<string, unknown>, key: string, value: unknown): void;
