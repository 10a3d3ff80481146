import type { InjectionConfig } from '../config/types.js';
import { type ReasonCode } from './policy.js';
export type { ReasonCode } from './policy.js';
/** A path of keys from a document's root. */
export type Path = (string | number)[];
/** What happened to one pod template. */
export interface WorkloadReport {
    kind: string;
    name: string;
    namespace?: string;
    /** Path from the document root to the pod template (`[]` for a Pod). */
    path: Path;
    injected: boolean;
    reason: ReasonCode;
    message: string;
}
/** The result of injecting one object. */
export interface ObjectOutcome {
    /** The new object (the input is not mutated); the same reference if nothing changed. */
    object: Record<string, unknown>;
    changed: boolean;
    /** One per pod template found (a List has several; other kinds: none). */
    workloads: WorkloadReport[];
    /** Istio's log lines worth showing the user. */
    warnings: string[];
}
/** A configured injector. */
export interface Injector {
    injectObject(obj: Record<string, unknown>): ObjectOutcome;
}
/** Prepare an injector: templates are parsed here, once. Throws KinjectError('TEMPLATE_PARSE' | 'CONFIG'). */
export declare function prepareInjector(cfg: InjectionConfig): Injector;
