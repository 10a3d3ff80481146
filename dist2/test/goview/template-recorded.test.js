/**
 * Views under the template engine against Go: test/goview/template.recorded.json holds what
 * Go's text/template printed for each case, run on real Go structs generated from the same
 * schema tables (see test/RECORDINGS.md). Each case's data is a SidecarTemplateData
 * in JSON; here it is wrapped with goView('*SidecarTemplateData', …).
 */
import t from 'tap';
import { readFileSync } from 'node:fs';
import { goView } from '../../lib/goview/index.js';
import { Template } from '../../lib/template/template.js';
const cases = JSON.parse(readFileSync(new URL('../../../test/goview/template.recorded.json', import.meta.url), 'utf8'));
/** Our output, or `ERR message`. */
function render(c) {
    try {
        return new Template('inject').parse(c.template).execute(goView('*SidecarTemplateData', c.data));
    }
    catch (e) {
        return `ERR ${e.message}`;
    }
}
t.test('recorded template cases', async (t) => {
    t.ok(cases.length > 100);
    cases.forEach((c, i) => {
        t.equal(render(c), c.output ?? `ERR ${c.error ?? ''}`, `case ${i}: ${c.template}`);
    });
});
//# sourceMappingURL=template-recorded.test.js.map