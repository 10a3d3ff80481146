/**
 * Sprig's semver and semverCompare on a port of Masterminds/semver v3: NewVersion's loose
 * parsing (`v` prefix, missing minor/patch), precedence with prereleases, and constraint
 * checks (`=`, `!=`, `<`, `<=`, `>`, `>=`, `~`, `^`, x-ranges, hyphen ranges, `||`, `,`).
 * A version is a `*semver.Version` struct whose methods templates can call.
 */
import { type FuncMap } from '../../template/value.js';
/** semver and semverCompare of sprig's map. */
export declare const semverFuncs: FuncMap;
