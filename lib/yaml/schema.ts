/**
 * YAML 1.1 as Kubernetes reads it (sigs.k8s.io/yaml → go-yaml v2): the options we parse with,
 * and the question every emitter must ask: "if I write this string plain, does it stay a string?".
 */
import type {
  CollectionTag,
  DocumentOptions,
  ParseOptions,
  ScalarTag,
  SchemaOptions,
  Tags,
} from 'yaml';

/** A YAML 1.1 tag's full name. */
const tagNamed = (name: string): string => `tag:yaml.org,2002:${name}`;

const FLOAT = tagNamed('float');

/**
 * YAML 1.1 tags `yaml` resolves where go-yaml v2 (into `interface{}`) gives something else:
 * it keeps `1:30` and `2001-12-14` as strings and reads `e3` as one; `!!set`, `!!omap` and
 * `!!pairs` are plain mappings and sequences to it (`yaml` makes a Set and a Map of them,
 * which are no JSON); `!!binary` is replaced by {@link GO_BINARY}.
 */
const REPLACED: readonly ((t: ScalarTag | CollectionTag) => boolean)[] = [
  (t) => t.format === 'TIME' || t.tag === tagNamed('timestamp'),
  (t) => t.tag === FLOAT && t.test instanceof RegExp && !t.test.test('.inf'),
  (t) => ['binary', 'set', 'omap', 'pairs'].map(tagNamed).includes(t.tag),
];

/** Standard base64 as Go's base64.StdEncoding decodes it: padded, line breaks ignored. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * `!!binary` as go-yaml v2 decodes it into `interface{}`: the decoded bytes as a string (JSON
 * then carries invalid UTF-8 as U+FFFD, as Go's encoder does), where `yaml` gives a Buffer.
 */
const GO_BINARY: ScalarTag = {
  tag: tagNamed('binary'),
  default: false,
  identify: () => false,
  resolve: (text, onError) => {
    const base64 = text.replace(/[\r\n]/g, '');
    if (!BASE64.test(base64)) {
      onError('!!binary value contains invalid base64 data');
      return text;
    }
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  },
};

/** Numbers as go-yaml v2 resolves them where `yaml`'s 1.1 schema differs: floats need a digit before `e`; ints may be `0o17` / `0X1F`. */
const GO_NUMBERS: readonly ScalarTag[] = [
  {
    tag: FLOAT,
    default: true,
    identify: (v) => typeof v === 'number',
    test: /^[-+]?(\.[0-9_]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$/,
    resolve: (s) => Number.parseFloat(s.replace(/_/g, '')),
  },
  {
    tag: 'tag:yaml.org,2002:int',
    default: true,
    identify: (v) => typeof v === 'number' && Number.isInteger(v),
    test: /^[-+]?0([oO][0-7_]+|X[0-9a-fA-F_]+)$/,
    resolve: (s) =>
      (s.startsWith('-') ? -1 : 1) *
      Number.parseInt(s.replace(/^[-+]?0./, '').replace(/_/g, ''), /[oO]/.test(s) ? 8 : 16),
  },
];

/** YAML 1.1's tags as go-yaml v2 resolves them into plain values (a `customTags` for `yaml`). */
export function goYamlTags(tags: Tags): Tags {
  return [
    ...tags.filter((t) => typeof t === 'object' && !REPLACED.some((drop) => drop(t))),
    ...GO_NUMBERS,
    GO_BINARY,
  ];
}

/** Options for `yaml`'s parser: YAML 1.1 scalars, no timestamps or base-60 numbers (go-yaml v2 resolves neither into plain values). */
export const PARSE_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  uniqueKeys: false,
  customTags: goYamlTags,
};

/** Plain scalars go-yaml v2 looks up by exact text (resolve.go's table), as the type they become. */
const RESOLVE_TABLE: ReadonlyMap<string, string> = new Map(
  [
    ['bool', 'y Y yes Yes YES n N no No NO true True TRUE false False FALSE on On ON off Off OFF'],
    ['null', '~ null Null NULL'],
    ['float', '.nan .NaN .NAN .inf .Inf .INF +.inf +.Inf +.INF -.inf -.Inf -.INF'],
    ['merge', '<<'],
  ].flatMap(([type, words]) => words.split(' ').map((w) => [w, type] as [string, string])),
);

/** Text shapes that some YAML 1.1 reader (go-yaml v2, or `yaml`'s 1.1 schema) types as non-strings. */
const NON_STRING_SHAPES: readonly RegExp[] = [
  /^[-+]?(0[bB][01_]+|0[oO]?[0-7_]+|0[xX][0-9a-fA-F_]+|[0-9][0-9_]*)$/, // ints in every base Go's ParseInt(_, 0) or YAML 1.1 accept
  /^[-+]?(\.[0-9_]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$/, // floats (also `1e3`, `1.`)
  /^[-+]?\.?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$/, // base 60, which other 1.1 readers still resolve
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?$/, // timestamps (go-yaml v2 resolves these when unquoted)
  /^\.$|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$/,
];

/** How every one of {@link NON_STRING_SHAPES} starts. */
const SHAPE_START = /^[-+.0-9]/;

/**
 * By character code (ASCII), whether a text starting with it may resolve as a non-string: the
 * first characters of {@link RESOLVE_TABLE}'s words and of {@link SHAPE_START}. Anything else
 * (most names, images, paths) is a string at its first character, without a lookup or a pattern.
 */
const MAY_RESOLVE = ((): Uint8Array => {
  const first = new Uint8Array(128);
  for (const word of RESOLVE_TABLE.keys()) first[word.charCodeAt(0)] = 1;
  for (let code = 0; code < 128; code++)
    if (SHAPE_START.test(String.fromCharCode(code))) first[code] = 1;
  return first;
})();

/** Whether go-yaml v2 (and our reader) would read `text`, written as a plain scalar, as something other than that string. */
export function resolvesAsNonString(text: string): boolean {
  if (text === '') return true;
  // Past ASCII the typed array gives undefined: no word or shape starts there.
  if (MAY_RESOLVE[text.charCodeAt(0)] !== 1) return false;
  return (
    RESOLVE_TABLE.has(text) ||
    (SHAPE_START.test(text) && NON_STRING_SHAPES.some((re) => re.test(text)))
  );
}
