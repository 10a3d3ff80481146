/**
 * Strategic merge against the real thing: cases recorded from apimachinery (see test/RECORDINGS.md),
 * which runs k8s.io/apimachinery v0.36.1 strategicpatch.StrategicMergeMapPatch on Pod-shaped
 * Go types with core/v1's patch tags. Results compare as JSON values (Go's maps have no
 * key order); list order matters.
 */
import t from 'tap';
import { readFileSync } from 'node:fs';
import { strategicMergePatch } from '../../lib/k8s/strategic-merge.js';
import type { JsonMap } from '../../lib/go/json-map.js';

interface Recorded {
  original: JsonMap;
  patch: JsonMap;
  result?: JsonMap;
  error?: string;
}

const cases = JSON.parse(
  readFileSync(new URL('../../../test/k8s/strategic-merge.recorded.json', import.meta.url), 'utf8'),
) as Recorded[];

t.test('recorded cases', async (t) => {
  t.ok(cases.length > 100);
  cases.forEach((c, i) => {
    const name = `case ${i}`;
    if (c.error !== undefined) {
      t.throws(
        () => strategicMergePatch(c.original, c.patch),
        { code: 'INJECTION' },
        `${name}: fails (${c.error.split('\n')[0]})`,
      );
    } else {
      t.same(strategicMergePatch(c.original, c.patch), c.result, name);
    }
  });
});
