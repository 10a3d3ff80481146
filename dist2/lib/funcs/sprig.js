import { cryptoFuncs } from './sprig/crypto.js';
import { defaultFuncs } from './sprig/defaults.js';
import { dictFuncs } from './sprig/dicts.js';
import { durationFuncs } from './sprig/durations.js';
import { encodingFuncs } from './sprig/encoding.js';
import { listFuncs } from './sprig/lists.js';
import { numericFuncs } from './sprig/numeric.js';
import { pathFuncs } from './sprig/paths.js';
import { regexFuncs } from './sprig/regex.js';
import { semverFuncs } from './sprig/semver.js';
import { snakeCaseFuncs } from './sprig/snake-case.js';
import { stringFuncs } from './sprig/strings.js';
import { urlFuncs } from './sprig/url.js';
import { wordFuncs } from './sprig/word-case.js';
/** Sprig's text-template function map (hermetic functions only; see the module comment). */
export const sprigFuncs = Object.freeze({
    ...stringFuncs,
    ...wordFuncs,
    ...snakeCaseFuncs,
    ...numericFuncs,
    ...listFuncs,
    ...dictFuncs,
    ...defaultFuncs,
    ...encodingFuncs,
    ...pathFuncs,
    ...durationFuncs,
    ...regexFuncs,
    ...urlFuncs,
    ...semverFuncs,
    ...cryptoFuncs,
});
//# sourceMappingURL=sprig.js.map