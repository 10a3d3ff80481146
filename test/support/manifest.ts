/**
 * The parts of Kubernetes manifests that the end-to-end tests read from kinject's output
 * (the documents of a stream, or a KRM ResourceList). A field a test reads that the document
 * does not have fails that test with a TypeError, as it should.
 */

/** A container, as the tests look at it. */
export interface ManifestContainer {
  name: string;
  restartPolicy?: string;
  resources: { requests: Record<string, string> };
}

/** An object's or a pod template's metadata. */
export interface ManifestMeta {
  name: string;
  namespace?: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

/** A workload's pod template. */
export interface ManifestPod {
  metadata: ManifestMeta;
  spec: { containers: ManifestContainer[]; initContainers?: ManifestContainer[] };
}

/** A manifest document: a workload (`spec.template`), or a ResourceList (`items`, `results`). */
export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: ManifestMeta;
  spec: { template: ManifestPod };
  items: Manifest[];
  results?: { severity: string; message: string }[];
}
