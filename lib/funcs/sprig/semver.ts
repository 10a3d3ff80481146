/**
 * Sprig's semver and semverCompare on a port of Masterminds/semver v3: NewVersion's loose
 * parsing (`v` prefix, missing minor/patch), precedence with prereleases, and constraint
 * checks (`=`, `!=`, `<`, `<=`, `>`, `>=`, `~`, `^`, x-ranges, hyphen ranges, `||`, `,`).
 * A version is a `*semver.Version` struct whose methods templates can call.
 */
import { FuncError, goFunc, GoInt, GoStruct, type FuncMap, type GoFunc } from '../../go/value.js';
import { fail } from './convert.js';

/** A parsed version (Masterminds' Version). */
interface Version {
  major: bigint;
  minor: bigint;
  patch: bigint;
  pre: string;
  metadata: string;
  original: string;
}

const VERSION =
  /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;
const UINT64_MAX = (1n << 64n) - 1n;

function segment(text: string): bigint {
  const n = BigInt(text);
  if (n > UINT64_MAX)
    fail(
      `Error parsing version segment: strconv.ParseUint: parsing ${JSON.stringify(text)}: value out of range`,
    );
  return n;
}

/** Masterminds' NewVersion. */
function parseVersion(v: string): Version {
  const m = VERSION.exec(v);
  if (!m) fail('Invalid Semantic Version');
  const pre = m[5] ?? '';
  const metadata = m[8] ?? '';
  const version = {
    major: segment(m[1] ?? '0'),
    minor: m[2] ? segment(m[2].slice(1)) : 0n,
    patch: m[3] ? segment(m[3].slice(1)) : 0n,
    pre,
    metadata,
    original: v,
  };
  if (pre.split('.').some((p) => /^[0-9]+$/.test(p) && p.length > 1 && p[0] === '0'))
    fail('Version segment starts with 0');
  return version;
}

/** Version.String: `1.2.3-pre+meta`. */
function versionString(v: Version): string {
  return `${v.major}.${v.minor}.${v.patch}${v.pre ? '-' + v.pre : ''}${v.metadata ? '+' + v.metadata : ''}`;
}

const cmp = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);
const NUMERIC = /^[0-9]+$/;

/** comparePrePart: numeric identifiers below alphanumeric ones, a missing part lowest. */
function comparePrePart(s: string, o: string): number {
  if (s === o) return 0;
  if (s === '') return -1;
  if (o === '') return 1;
  const sn = NUMERIC.test(s) && BigInt(s) <= UINT64_MAX;
  const on = NUMERIC.test(o) && BigInt(o) <= UINT64_MAX;
  if (!sn && !on) return s > o ? 1 : -1;
  if (!on) return -1;
  if (!sn) return 1;
  return BigInt(s) > BigInt(o) ? 1 : -1;
}

function comparePrerelease(a: string, b: string): number {
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = comparePrePart(x[i] ?? '', y[i] ?? '');
    if (d !== 0) return d;
  }
  return 0;
}

/** Version.Compare: precedence, metadata ignored. */
function compareVersions(v: Version, o: Version): number {
  const d = cmp(v.major, o.major) || cmp(v.minor, o.minor) || cmp(v.patch, o.patch);
  if (d !== 0) return d;
  if (v.pre === '' && o.pre === '') return 0;
  if (v.pre === '') return 1;
  if (o.pre === '') return -1;
  return comparePrerelease(v.pre, o.pre);
}

/** One constraint: operator, version, and which parts were wildcards. */
interface Constraint {
  op: string;
  con: Version;
  dirty: boolean;
  minorDirty: boolean;
  patchDirty: boolean;
}

const CV = String.raw`v?([0-9|x|X|\*]+)(\.[0-9|x|X|\*]+)?(\.[0-9|x|X|\*]+)?(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?`;
const CV_BARE = CV.replace(/\((?!\?)/g, '(?:');
const OPS = String.raw`=||!=|>|<|>=|=>|<=|=<|~|~>|\^`;
const CONSTRAINT = new RegExp(String.raw`^\s*(${OPS})\s*(${CV})\s*$`);
const RANGE = new RegExp(String.raw`\s*(${CV_BARE})\s+-\s+(${CV_BARE})\s*`, 'g');
const FIND = new RegExp(String.raw`(?:${OPS})\s*(?:${CV_BARE})`, 'g');
const VALID = new RegExp(
  String.raw`^(?:\s*(?:${OPS})\s*(?:${CV_BARE})\s*)(?:(?:\s+|,\s*)(?:${OPS})\s*(?:${CV_BARE})\s*)*$`,
);

const isX = (s: string): boolean => s === 'x' || s === 'X' || s === '*';

/** Masterminds' parseConstraint: wildcards become zeros and mark the constraint dirty. */
function parseConstraint(c: string): Constraint {
  const m = CONSTRAINT.exec(c);
  if (!m) fail(`improper constraint: ${c}`);
  const [major = '', minor = '', patch = '', pre = ''] = [m[3], m[4], m[5], m[6]];
  let ver = m[2] ?? '';
  let dirty = false;
  let minorDirty = false;
  let patchDirty = false;
  if (isX(major) || major === '') [ver, dirty] = [`0.0.0${pre}`, true];
  else if (isX(minor.slice(1)) || minor === '')
    [ver, dirty, minorDirty] = [`${major}.0.0${pre}`, true, true];
  else if (isX(patch.slice(1)) || patch === '')
    [ver, dirty, patchDirty] = [`${major}${minor}.0${pre}`, true, true];
  let con: Version;
  try {
    con = parseVersion(ver);
  } catch {
    return fail('constraint Parser Error');
  }
  return { op: m[1] ?? '', con, dirty, minorDirty, patchDirty };
}

type Check = (v: Version, c: Constraint) => boolean;

const tilde: Check = (v, c) => {
  if (compareVersions(v, c.con) < 0) return false;
  if (
    c.con.major === 0n &&
    c.con.minor === 0n &&
    c.con.patch === 0n &&
    !c.minorDirty &&
    !c.patchDirty
  )
    return true;
  return v.major === c.con.major && (v.minor === c.con.minor || c.minorDirty);
};

const notEqual: Check = (v, c) => {
  if (c.dirty) {
    if (c.con.major !== v.major) return true;
    if (c.con.minor !== v.minor && !c.minorDirty) return true;
    if (c.minorDirty) return false;
    if (c.con.patch !== v.patch && !c.patchDirty) return true;
    if (c.patchDirty)
      return (v.pre !== '' || c.con.pre !== '') && comparePrerelease(v.pre, c.con.pre) !== 0;
  }
  return compareVersions(v, c.con) !== 0;
};

const greaterThan: Check = (v, c) => {
  if (!c.dirty) return compareVersions(v, c.con) === 1;
  if (v.major !== c.con.major) return v.major > c.con.major;
  if (c.minorDirty) return false;
  if (c.patchDirty) return v.minor > c.con.minor;
  return compareVersions(v, c.con) === 1;
};

const lessThanEqual: Check = (v, c) => {
  if (!c.dirty) return compareVersions(v, c.con) <= 0;
  if (v.major > c.con.major) return false;
  return !(v.major === c.con.major && v.minor > c.con.minor && !c.minorDirty);
};

const caret: Check = (v, c) => {
  if (compareVersions(v, c.con) < 0) return false;
  if (c.con.major > 0n || c.minorDirty) return v.major === c.con.major;
  if (v.major > 0n) return false;
  if (c.con.minor > 0n || c.patchDirty) return v.minor === c.con.minor;
  if (v.minor > 0n) return false;
  return c.con.patch === v.patch;
};

const CHECKS: Readonly<Record<string, Check>> = {
  '': (v, c) => (c.dirty ? tilde(v, c) : compareVersions(v, c.con) === 0),
  '!=': notEqual,
  '>': greaterThan,
  '<': (v, c) => compareVersions(v, c.con) < 0,
  '>=': (v, c) => compareVersions(v, c.con) >= 0,
  '<=': lessThanEqual,
  '~': tilde,
  '^': caret,
};
const ALIASES: Readonly<Record<string, string>> = { '=': '', '=>': '>=', '=<': '<=', '~>': '~' };

/** One constraint's verdict; a prerelease only satisfies constraints that name one (except !=). */
function satisfies(v: Version, c: Constraint): boolean {
  const op = ALIASES[c.op] ?? c.op;
  if (op !== '!=' && v.pre !== '' && c.con.pre === '') return false;
  if (op === '!=' && c.dirty && v.pre !== '' && c.con.pre === '') return false;
  return (CHECKS[op] ?? (() => false))(v, c);
}

/** Masterminds' NewConstraint, then NewVersion, then Check. */
function checkConstraint(constraint: string, version: string): boolean {
  const rewritten = constraint.replace(
    RANGE,
    (_all, lo: string, hi: string) => `>= ${lo}, <= ${hi}`,
  );
  const groups = rewritten.split('||').map((part) => {
    if (!VALID.test(part)) fail(`improper constraint: ${part}`);
    return (part.match(FIND) ?? [part]).map(parseConstraint);
  });
  const v = parseVersion(version);
  return groups.some((g) => g.every((c) => satisfies(v, c)));
}

/** A Version as a template value: `*semver.Version` with Masterminds' methods. */
function versionValue(v: Version, pointer = true): GoStruct {
  const other = (o: unknown): Version => {
    const ver = o instanceof GoStruct ? versions.get(o) : undefined;
    if (!ver) throw new FuncError('wrong type for value; expected *semver.Version');
    return ver;
  };
  const next = (changes: Partial<Version>): GoStruct => {
    const n = { ...v, ...changes };
    return versionValue(
      { ...n, original: (v.original.startsWith('v') ? 'v' : '') + versionString(n) },
      false,
    );
  };
  const u64 = (n: bigint): GoInt => new GoInt(Number(n), 'uint64');
  // Value-receiver methods; a *Version also has the pointer-receiver ones below.
  const methods: Record<string, GoFunc> = {
    String: goFunc([], () => versionString(v)),
    Major: goFunc([], () => u64(v.major)),
    Minor: goFunc([], () => u64(v.minor)),
    Patch: goFunc([], () => u64(v.patch)),
    Prerelease: goFunc([], () => v.pre),
    Metadata: goFunc([], () => v.metadata),
    IncPatch: goFunc([], () =>
      next(v.pre ? { pre: '', metadata: '' } : { pre: '', metadata: '', patch: v.patch + 1n }),
    ),
    IncMinor: goFunc([], () => next({ pre: '', metadata: '', patch: 0n, minor: v.minor + 1n })),
    IncMajor: goFunc([], () =>
      next({ pre: '', metadata: '', patch: 0n, minor: 0n, major: v.major + 1n }),
    ),
  };
  const pointerMethods: Record<string, GoFunc> = {
    Original: goFunc([], () => v.original),
    Compare: goFunc(['any'], (o: unknown) => new GoInt(compareVersions(v, other(o)))),
    LessThan: goFunc(['any'], (o: unknown) => compareVersions(v, other(o)) < 0),
    GreaterThan: goFunc(['any'], (o: unknown) => compareVersions(v, other(o)) > 0),
    Equal: goFunc(['any'], (o: unknown) => compareVersions(v, other(o)) === 0),
  };
  const s = new GoStruct({
    type: pointer ? '*semver.Version' : 'semver.Version',
    methods: pointer ? { ...methods, ...pointerMethods } : methods,
    json: () => versionString(v),
  });
  versions.set(s, v);
  return s;
}

// The parsed version behind each struct handed to templates.
const versions = new WeakMap<GoStruct, Version>();

/** semver and semverCompare of sprig's map. */
export const semverFuncs: FuncMap = {
  semver: goFunc(['string'], (s: string) => versionValue(parseVersion(s))),
  semverCompare: goFunc(['string', 'string'], checkConstraint),
};
