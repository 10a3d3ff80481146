import { generateData } from './gen-data.js';
import { generateTemplate } from './gen-template.js';
import { createRandom } from './prng.js';
/** Options a fuzz case sometimes runs with. */
const OPTIONS = ['missingkey=zero', 'missingkey=error'];
/** The fuzz case for one seed: random data, then a template over it. */
export function generateFuzzCase(seed) {
    const rnd = createRandom(seed);
    const data = generateData(rnd);
    const sprig = rnd.chance(0.6);
    const option = rnd.chance(0.2) ? rnd.pick(OPTIONS) : undefined;
    const template = generateTemplate(rnd, data, sprig);
    return {
        name: 'fuzz',
        template,
        data,
        funcs: sprig ? 'sprig' : 'builtin',
        ...(option ? { option } : {}),
    };
}
//# sourceMappingURL=cases.js.map