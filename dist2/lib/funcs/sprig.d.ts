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
import type { FuncMap } from '../template/value.js';
/** Sprig's text-template function map (hermetic functions only; see the module comment). */
export declare const sprigFuncs: FuncMap;
