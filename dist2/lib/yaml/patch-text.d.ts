/** `text` (a YAML stream) with document `index` (default 0) edited in place to read as `value`; other documents untouched. */
export declare function patchYamlText(text: string, value: unknown, index?: number): string;
