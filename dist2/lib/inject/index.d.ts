import type { InjectionConfig } from '../config/types.js';
import { type Obj } from './pod.js';
import { type ReasonCode } from './policy.js';
import { type PodTemplate } from '../k8s/workloads.js';
import { type NamespacedName, type TypeMeta } from './workload-meta.js';
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
    /** Its earlier injection was taken away (uninject, or injection now turned off). */
    uninjected?: true;
    reason: ReasonCode | UninjectReason;
    message: string;
}
/** Why uninject did what it did to a pod template. */
export type UninjectReason = 'INJECTION_STATUS' | 'NO_INJECTION_STATUS';
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
/** A workload's pod template, and who it belongs to (templates' DeploymentMeta / TypeMeta). */
export interface FoundWorkload {
    template: PodTemplate;
    deploy: NamespacedName;
    type: TypeMeta;
    /** Path from the object to the pod template, for reports (`[]` for a Pod). */
    path: Path;
}
/** Locate the pod of a workload object; undefined for kinds kube-inject passes through. */
export declare function findWorkload(obj: Obj): FoundWorkload | undefined;
