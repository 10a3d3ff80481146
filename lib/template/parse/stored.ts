/**
 * Parse trees as JSON data and back: the build stores the trees of kinject's embedded
 * templates, and a run revives them instead of lexing and parsing ~27 KB of template text on
 * every start (about 20 ms, against 1–2 ms to revive). Revived nodes are made by the node
 * classes' own constructors from the same values, so a revived tree is the parsed one: same
 * classes, same fields, same `String()`, same execution.
 *
 * The stored form is one flat array (few objects for JSON.parse to allocate): the top-level
 * template's name, the number of trees, then per tree its name and its root. A node is its
 * kind (an index into {@link CODECS}), its position, then its own fields in the order its
 * codec writes them; a node list is its length then its nodes; an absent node is
 * {@link ABSENT}. Template text is not stored: a string that is the text's own at the node
 * (text, identifiers, literals) is stored as its length, and revived as a slice of the text
 * given on revival, which must be the text the trees were parsed from (callers compare texts
 * first).
 */
import {
  ActionNode,
  BoolNode,
  BreakNode,
  ChainNode,
  CommandNode,
  CommentNode,
  ContinueNode,
  DotNode,
  FieldNode,
  IdentifierNode,
  IfNode,
  ListNode,
  NilNode,
  NumberNode,
  PipeNode,
  RangeNode,
  StringNode,
  TemplateNode,
  TextNode,
  VariableNode,
  WithNode,
  type Node,
  type NodeSource,
  type NumberValue,
} from './node.js';
import { Tree } from './tokens.js';

/** One value of the stored form. */
export type StoredValue = string | number | boolean;

/** Trees as {@link storeTrees} stores them: JSON data. */
export type StoredTrees = readonly StoredValue[];

/** The node types a finished tree holds ({{else}} and {{end}} exist only while parsing). */
type StoredNode = Exclude<Node, { type: 'else' | 'end' }>;
type StoredType = StoredNode['type'];
type NodeOf<T extends StoredType> = Extract<StoredNode, { type: T }>;

/** How one node type is written (its fields after kind and position) and read back. */
interface Codec<N extends StoredNode> {
  write(n: N, w: Writer): void;
  read(r: Reader, pos: number): N;
}

/** In place of a node that is not there (no {{else}}, a {{template}} without a pipeline). */
const ABSENT = -1;

/** NumberValue's four flags, as bits. */
const NUMBER_FLAGS = ['isInt', 'isUint', 'isFloat', 'isComplex'] as const;

/** Writes nodes to the flat form. */
class Writer {
  readonly out: StoredValue[] = [];
  /** The text of the tree being written. */
  source = '';

  value(v: StoredValue): void {
    this.out.push(v);
  }

  /**
   * A string that is usually the source's own text at `at` (what the lexer read there): then
   * only its length, which also makes the revived string a slice of the source, as parsed.
   */
  text(v: string, at: number): void {
    this.out.push(this.source.startsWith(v, at) ? v.length : v);
  }

  /** A double exactly: JSON would turn -0 into 0 (and `{{-0.0}}` prints `-0`). */
  double(v: number): void {
    this.out.push(Object.is(v, -0) ? '-0' : v);
  }

  node(n: Node | undefined): void {
    if (n === undefined) {
      this.out.push(ABSENT);
      return;
    }
    if (n.type === 'else' || n.type === 'end')
      throw new Error(`cannot store a tree holding {{${n.type}}}: it is not a finished tree`);
    this.out.push(KIND_OF[n.type], n.pos);
    // Indexed by a union type, CODECS gives a union of codecs TypeScript cannot call, though
    // each is called only with nodes of its own type.
    (CODECS[n.type] as Codec<StoredNode>).write(n, this);
  }

  nodes(list: readonly Node[]): void {
    this.out.push(list.length);
    for (const n of list) this.node(n);
  }
}

/**
 * Reads nodes from the flat form; anything unexpected throws (a damaged store is not used).
 * Revival runs once per start, cold: the reads are kept to few, plain calls.
 */
class Reader {
  i = 0;
  /** The tree being read (its nodes' source, as a parse gives them); set per tree. */
  tr: NodeSource = { parseName: '', text: '' };

  constructor(readonly data: readonly unknown[]) {}

  private fail(expected: string): never {
    throw new Error(`stored trees: expected ${expected} at ${this.i - 1}`);
  }

  number(): number {
    const v = this.data[this.i++];
    return typeof v === 'number' ? v : this.fail('a number');
  }

  string(): string {
    const v = this.data[this.i++];
    return typeof v === 'string' ? v : this.fail('a string');
  }

  boolean(): boolean {
    const v = this.data[this.i++];
    return typeof v === 'boolean' ? v : this.fail('a boolean');
  }

  /** What {@link Writer.text} wrote for a string at `at`. */
  text(at: number): string {
    const v = this.data[this.i++];
    if (typeof v === 'string') return v;
    const { text } = this.tr;
    return typeof v === 'number' && v >= 0 && at + v <= text.length
      ? text.slice(at, at + v)
      : this.fail('a text');
  }

  double(): number {
    return this.data[this.i] === '-0' ? (this.i++, -0) : this.number();
  }

  /** A node, or undefined where {@link ABSENT} stands. */
  node(): StoredNode | undefined {
    const kind = this.number();
    if (kind === ABSENT) return undefined;
    const type = KINDS[kind];
    return type === undefined ? this.fail('a node kind') : CODECS[type].read(this, this.number());
  }

  /** A node that must be there, of type `type` (of any type when not given). */
  required<T extends StoredType>(type?: T): NodeOf<T> {
    const n = this.node();
    if (n === undefined || (type !== undefined && n.type !== type))
      this.fail(`a ${type ?? 'present'} node`);
    return n as NodeOf<T>;
  }

  optional<T extends StoredType>(type: T): NodeOf<T> | undefined {
    return this.data[this.i] === ABSENT ? (this.i++, undefined) : this.required(type);
  }

  /** Nodes being read, for {@link nodes}: lists within lists take the slots above their parent's. */
  private readonly stack: Node[] = [];
  private top = 0;

  /**
   * A count, then that many nodes (of type `type`, or any), as an array of exactly that
   * length. Pushed one by one onto an empty array, V8 gave every list room for 17, and most
   * lists hold one or two nodes: ~110 KB of the trees that every start revives and keeps.
   */
  nodes<T extends StoredType>(type?: T): NodeOf<T>[] {
    const base = this.top;
    for (let count = this.number(); count > 0; count--) {
      const node = this.required(type);
      this.stack[this.top++] = node;
    }
    const list = this.stack.slice(base, this.top) as NodeOf<T>[];
    this.top = base;
    return list;
  }
}

/** Fields of `{{if}}`, `{{range}}` and `{{with}}` (they share a shape). */
function branchCodec<N extends IfNode | RangeNode | WithNode>(
  make: (...args: ConstructorParameters<typeof IfNode>) => N,
): Codec<N> {
  return {
    write: (n, w) => {
      w.value(n.line);
      w.node(n.pipe);
      w.node(n.list);
      w.node(n.elseList);
    },
    read: (r, pos) =>
      make(r.tr, pos, r.number(), r.required('pipe'), r.required('list'), r.optional('list')),
  };
}

/** A node type whose only field is its source line ({{break}}, {{continue}}). */
function lineCodec<N extends BreakNode | ContinueNode>(
  make: (tr: NodeSource, pos: number, line: number) => N,
): Codec<N> {
  return { write: (n, w) => w.value(n.line), read: (r, pos) => make(r.tr, pos, r.number()) };
}

/** Every node type's codec; a type's kind in the stored form is its index here. */
const CODECS: { readonly [T in StoredType]: Codec<NodeOf<T>> } = {
  list: {
    write: (n, w) => w.nodes(n.nodes),
    read: (r, pos) => new ListNode(r.tr, pos, r.nodes()),
  },
  text: {
    write: (n, w) => w.text(n.text, n.pos),
    read: (r, pos) => new TextNode(r.tr, pos, r.text(pos)),
  },
  comment: {
    write: (n, w) => w.text(n.text, n.pos),
    read: (r, pos) => new CommentNode(r.tr, pos, r.text(pos)),
  },
  pipe: {
    write: (n, w) => {
      w.value(n.line);
      w.value(n.isAssign);
      w.nodes(n.decl);
      w.nodes(n.cmds);
    },
    read: (r, pos) => {
      const line = r.number();
      const isAssign = r.boolean();
      const pipe = new PipeNode(r.tr, pos, line, r.nodes('variable'), r.nodes('command'));
      pipe.isAssign = isAssign;
      return pipe;
    },
  },
  action: {
    write: (n, w) => {
      w.value(n.line);
      w.node(n.pipe);
    },
    read: (r, pos) => new ActionNode(r.tr, pos, r.number(), r.required('pipe')),
  },
  command: {
    write: (n, w) => w.nodes(n.args),
    read: (r, pos) => new CommandNode(r.tr, pos, r.nodes()),
  },
  identifier: {
    write: (n, w) => w.text(n.ident, n.pos),
    read: (r, pos) => new IdentifierNode(r.tr, pos, r.text(pos)),
  },
  // The constructors take the source form and split it, as the parser gives it.
  variable: {
    write: (n, w) => w.text(n.ident.join('.'), n.pos),
    read: (r, pos) => new VariableNode(r.tr, pos, r.text(pos)),
  },
  field: {
    write: (n, w) => w.text(`.${n.ident.join('.')}`, n.pos),
    read: (r, pos) => new FieldNode(r.tr, pos, r.text(pos)),
  },
  dot: { write: () => {}, read: (r, pos) => new DotNode(r.tr, pos) },
  nil: { write: () => {}, read: (r, pos) => new NilNode(r.tr, pos) },
  chain: {
    write: (n, w) => {
      w.node(n.node);
      w.value(n.field.length);
      for (const f of n.field) w.value(f);
    },
    read: (r, pos) => {
      const chain = new ChainNode(r.tr, pos, r.required());
      for (let count = r.number(); count > 0; count--) chain.field.push(r.string());
      return chain;
    },
  },
  bool: {
    write: (n, w) => w.value(n.value),
    read: (r, pos) => new BoolNode(r.tr, pos, r.boolean()),
  },
  number: {
    write: (n, w) => {
      w.text(n.text, n.pos);
      const { num } = n;
      w.value(NUMBER_FLAGS.reduce((bits, flag, i) => (num[flag] ? bits | (1 << i) : bits), 0));
      for (const v of [num.int, num.uint, num.float, ...num.complex]) w.double(v);
    },
    read: (r, pos) => {
      const text = r.text(pos);
      const bits = r.number();
      const has = (i: number) => (bits & (1 << i)) !== 0;
      const num: NumberValue = {
        isInt: has(0),
        isUint: has(1),
        isFloat: has(2),
        isComplex: has(3),
        int: r.double(),
        uint: r.double(),
        float: r.double(),
        complex: [r.double(), r.double()],
      };
      return new NumberNode(r.tr, pos, text, num);
    },
  },
  string: {
    write: (n, w) => {
      w.text(n.quoted, n.pos);
      w.text(n.text, n.pos + 1); // Inside the quotes, when it has no escapes.
    },
    read: (r, pos) => new StringNode(r.tr, pos, r.text(pos), r.text(pos + 1)),
  },
  if: branchCodec((...args) => new IfNode(...args)),
  range: branchCodec((...args) => new RangeNode(...args)),
  with: branchCodec((...args) => new WithNode(...args)),
  template: {
    write: (n, w) => {
      w.value(n.line);
      w.value(n.name);
      w.node(n.pipe);
    },
    read: (r, pos) => new TemplateNode(r.tr, pos, r.number(), r.string(), r.optional('pipe')),
  },
  break: lineCodec((tr, pos, line) => new BreakNode(tr, pos, line)),
  continue: lineCodec((tr, pos, line) => new ContinueNode(tr, pos, line)),
};

/** Kind → node type, and back. */
const KINDS = Object.keys(CODECS) as StoredType[];
const KIND_OF = Object.fromEntries(KINDS.map((type, kind) => [type, kind])) as Record<
  StoredType,
  number
>;

/**
 * The trees one parse made (a parse's result: the top-level template `parseName` and its
 * {{define}}s, in order), as JSON data. Throws if a tree has no root or is not finished.
 */
export function storeTrees(parseName: string, trees: Iterable<Tree>): StoredTrees {
  const w = new Writer();
  const list = [...trees];
  w.value(parseName);
  w.value(list.length);
  for (const tree of list) {
    if (tree.root === undefined) throw new Error(`cannot store tree ${tree.name}: no root`);
    w.source = tree.text;
    w.value(tree.name);
    w.node(tree.root);
  }
  return w.out;
}

/**
 * The trees {@link storeTrees} stored of a parse named `parseName`, revived over `text`, the
 * template text they were parsed from, by name in their order. Throws an Error when `stored`
 * is not such data.
 */
export function reviveTrees(stored: unknown, parseName: string, text: string): Map<string, Tree> {
  if (!Array.isArray(stored)) throw new Error('stored trees: not an array');
  const r = new Reader(stored);
  if (r.string() !== parseName) throw new Error(`stored trees: not of a parse named ${parseName}`);
  const trees = new Map<string, Tree>();
  for (let count = r.number(); count > 0; count--) {
    const tree = new Tree(r.string(), parseName, text);
    r.tr = tree;
    tree.root = r.required('list');
    trees.set(tree.name, tree);
  }
  if (r.i !== stored.length) throw new Error('stored trees: data left over');
  return trees;
}
