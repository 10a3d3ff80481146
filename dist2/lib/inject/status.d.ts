/**
 * The `sidecar.istio.io/status` annotation: what the injection added (by name), so a
 * later run can recognise and strip it.
 */
import { type Obj } from './pod.js';
/** The status annotation key. */
export declare const STATUS_ANNOTATION = "sidecar.istio.io/status";
/** What a previous injection recorded. */
export interface InjectionStatus {
    initContainers: string[];
    containers: string[];
    volumes: string[];
    imagePullSecrets: string[];
    revision: string;
}
/**
 * The annotation value for a rendered template pod spec, byte for byte as Istio's
 * `json.Marshal(SidecarInjectionStatus)` writes it (empty lists are `null`).
 */
export declare function formatInjectionStatus(templateSpec: Obj, revision: string): string;
/** Read a status annotation value; undefined if absent or not valid JSON (Istio ignores it then). */
export declare function parseInjectionStatus(value: unknown): InjectionStatus | undefined;
