/**
 * Fuzz cases: each one generated from its own seed, so any case can be regenerated alone.
 */
import type { CaseInput } from '../support/case-files.js';
import { generateData } from './gen-data.js';
import { generateTemplate } from './gen-template.js';
import { createRandom } from '../../support/random.js';

/** Options a fuzz case sometimes runs with. */
const OPTIONS = ['missingkey=zero', 'missingkey=error'] as const;

/** The fuzz case for one seed: random data, then a template over it. */
export function generateFuzzCase(seed: number): CaseInput {
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
