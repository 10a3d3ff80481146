/**
 * Go schema of Istio's SidecarTemplateData (pkg/kube/inject/inject.go): the data every
 * injection template runs on. Its fields have no json tags, so their JSON names are the
 * Go names.
 */
import { type StructDef } from './schema.js';
/** SidecarTemplateData by registry name. */
export declare const ISTIO_INJECT_TYPES: Readonly<Record<string, StructDef>>;
