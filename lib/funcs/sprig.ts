/**
 * Sprig v3's `TxtFuncMap` (github.com/Masterminds/sprig), the function library Istio's
 * injection templates use, re-implemented on the template value model. Each function has
 * Go's real parameter types, Go's result types and Go's error texts.
 *
 * Left out, because they are not hermetic (output depends on something besides the inputs):
 * - clock: `now`, `date`, `dateInZone`/`date_in_zone`, `dateModify`/`date_modify`,
 *   `mustDateModify`/`must_date_modify`, `ago`, `htmlDate`, `htmlDateInZone`, `unixEpoch`
 *   (they take or produce time.Time values, which only `now` and `toDate` create);
 * - local time zone: `toDate`, `mustToDate` (parse in time.Local);
 * - randomness: `randAlpha`, `randAlphaNum`, `randAscii`, `randNumeric`, `randInt`,
 *   `randBytes`, `shuffle`, `uuidv4`;
 * - random salts, IVs, keys or serial numbers: `bcrypt`, `htpasswd`, `encryptAES`,
 *   `genPrivateKey`, `genCA`, `genCAWithKey`, `genSelfSignedCert`,
 *   `genSelfSignedCertWithKey`, `genSignedCert`, `genSignedCertWithKey`;
 * - network: `getHostByName`;
 * - environment: `env`, `expandenv`.
 *
 * Left out although hermetic, for its size: `buildCustomCert` (X.509 parsing).
 *
 * Known limits: Go's regexp flag groups other than a leading `(?i)`/`(?s)`/`(?m)` are
 * reported as unsupported; Go strings are bytes, so a function that cuts a string inside a
 * UTF-8 sequence (trunc, substr, abbrev, wrap) yields U+FFFD where Go keeps the raw bytes.
 *
 * Map iteration in Go is random; `keys`, `values` and `omit` here follow insertion order.
 */
import type { FuncMap } from '../go/value.js';
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
export const sprigFuncs: FuncMap = Object.freeze({
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
