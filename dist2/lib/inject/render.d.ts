import { Template } from '../template/index.js';
/** The annotation naming the templates a pod wants. */
export declare const TEMPLATES_ANNOTATION = "inject.istio.io/templates";
/** Parsed templates by name. */
export type ParsedTemplates = ReadonlyMap<string, Template>;
/** Parse every template of the injector config (Go names each one `inject`). */
export declare function parseTemplates(texts: Readonly<Record<string, string>>, env: Readonly<Record<string, string>>): ParsedTemplates;
/** The template names for a pod: its annotation's comma list, else the defaults; aliases expanded once. */
export declare function selectTemplates(annotations: Readonly<Record<string, string>>, defaults: readonly string[], aliases: Readonly<Record<string, readonly string[]>>): string[];
/** Render one template over the template data; Istio's errors for unknown names and failures. */
export declare function renderTemplate(templates: ParsedTemplates, name: string, data: unknown): string;
