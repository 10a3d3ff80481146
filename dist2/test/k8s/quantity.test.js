/**
 * Resource quantities against the real thing: test/k8s/quantity.recorded.json holds what
 * k8s.io/apimachinery v0.36.1 makes of each input when it decodes a manifest's quantity and
 * encodes it again (recorded from apimachinery, see test/RECORDINGS.md).
 */
import t from 'tap';
import { readFileSync } from 'node:fs';
import { canonicalQuantity } from '../../lib/k8s/quantity.js';
const cases = JSON.parse(readFileSync(new URL('../../../test/k8s/quantity.recorded.json', import.meta.url), 'utf8'));
t.test('recorded quantities', async (t) => {
    t.ok(cases.length > 300);
    for (const c of cases) {
        if (c.error !== undefined) {
            t.throws(() => canonicalQuantity(c.in), { code: 'INJECTION', message: c.error }, `${JSON.stringify(c.in)} fails`);
        }
        else {
            let got;
            try {
                got = canonicalQuantity(c.in);
            }
            catch (e) {
                got = `threw ${e.message}`;
            }
            t.equal(got, c.s, JSON.stringify(c.in));
        }
    }
});
//# sourceMappingURL=quantity.test.js.map