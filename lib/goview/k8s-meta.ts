/**
 * Go schema of Kubernetes object metadata for template views.
 * Rows are the Go struct fields of ObjectMeta, TypeMeta and label selectors
 * (k8s.io/api core/v1 and k8s.io/apimachinery meta/v1 at v0.36.1, the version Istio builds with): Go name,
 * json tag, type. Named string types (Protocol, PullPolicy …) are plain strings here;
 * types kinject does not model are `~v1.Name` (opaque: no fields, JSON passed through).
 */
import { scalarString } from '../go/json-map.js';
import { k8sStruct, type StructDef } from './schema.js';

/** Object metadata types by registry name. */
export const K8S_META_TYPES: Readonly<Record<string, StructDef>> = {
  ObjectMeta: k8sStruct(
    'v1.ObjectMeta',
    [
      ['Name', 'name,omitempty', 'string'],
      ['GenerateName', 'generateName,omitempty', 'string'],
      ['Namespace', 'namespace,omitempty', 'string'],
      ['SelfLink', 'selfLink,omitempty', 'string'],
      ['UID', 'uid,omitempty', 'string'],
      ['ResourceVersion', 'resourceVersion,omitempty', 'string'],
      ['Generation', 'generation,omitempty', 'int64'],
      ['CreationTimestamp', 'creationTimestamp,omitempty,omitzero', 'Time'],
      ['DeletionTimestamp', 'deletionTimestamp,omitempty', '*Time'],
      ['DeletionGracePeriodSeconds', 'deletionGracePeriodSeconds,omitempty', '*int64'],
      ['Labels', 'labels,omitempty', 'map[string]string'],
      ['Annotations', 'annotations,omitempty', 'map[string]string'],
      ['OwnerReferences', 'ownerReferences,omitempty', '[]OwnerReference'],
      ['Finalizers', 'finalizers,omitempty', '[]string'],
      ['ManagedFields', 'managedFields,omitempty', '[]~v1.ManagedFieldsEntry'],
    ],
    true,
  ),
  OwnerReference: k8sStruct('v1.OwnerReference', [
    ['APIVersion', 'apiVersion', 'string'],
    ['Kind', 'kind', 'string'],
    ['Name', 'name', 'string'],
    ['UID', 'uid', 'string'],
    ['Controller', 'controller,omitempty', '*bool'],
    ['BlockOwnerDeletion', 'blockOwnerDeletion,omitempty', '*bool'],
  ]),
  TypeMeta: k8sStruct('v1.TypeMeta', [
    ['Kind', 'kind,omitempty', 'string'],
    ['APIVersion', 'apiVersion,omitempty', 'string'],
  ]),
  // k8s.io/apimachinery/pkg/types: no json tags, so encoding/json uses the Go names;
  // its String() prints "namespace/name".
  NamespacedName: k8sStruct(
    'types.NamespacedName',
    [
      ['Namespace', 'Namespace', 'string'],
      ['Name', 'Name', 'string'],
    ],
    false,
    (j) => `${scalarString(j.Namespace)}/${scalarString(j.Name)}`,
  ),
  LabelSelector: k8sStruct('v1.LabelSelector', [
    ['MatchLabels', 'matchLabels,omitempty', 'map[string]string'],
    ['MatchExpressions', 'matchExpressions,omitempty', '[]LabelSelectorRequirement'],
  ]),
  LabelSelectorRequirement: k8sStruct('v1.LabelSelectorRequirement', [
    ['Key', 'key', 'string'],
    ['Operator', 'operator', 'string'],
    ['Values', 'values,omitempty', '[]string'],
  ]),
};
