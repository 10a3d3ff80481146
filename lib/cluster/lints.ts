/**
 * The mistakes people make with injection labels on a pod template, found whatever the
 * decision: `explain` shows them on the workload's row.
 */
import { stringMap } from '../inject/pod.js';
import { type JsonMap } from '../go/json-map.js';

const INJECT = 'sidecar.istio.io/inject';

/** Warnings about a pod template's injection labels and annotations. */
export function podTemplateLints(meta: JsonMap): string[] {
  const labels = stringMap(meta, 'labels');
  const annotations = stringMap(meta, 'annotations');
  const out: string[] = [];
  const nsLabel = labels['istio-injection'];
  if (nsLabel !== undefined)
    out.push(
      `the label istio-injection=${nsLabel} on a pod does nothing: it belongs on the namespace; on a pod, use the label ${INJECT}=${nsLabel === 'enabled' ? 'true' : 'false'}`,
    );
  for (const [where, map] of [
    ['label', labels],
    ['annotation', annotations],
  ] as const) {
    const v = map[INJECT];
    if (v !== undefined && v !== 'true' && v !== 'false')
      out.push(
        `the ${where} ${INJECT}=${JSON.stringify(v)} is neither "true" nor "false": Istio ignores it and falls back to the default policy`,
      );
  }
  const label = labels[INJECT];
  const annotation = annotations[INJECT];
  if (label !== undefined && annotation !== undefined && label !== annotation)
    out.push(
      `the label ${INJECT}=${label} and the annotation ${INJECT}=${annotation} disagree: the label wins`,
    );
  return out;
}
