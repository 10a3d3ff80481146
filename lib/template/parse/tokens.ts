/**
 * Token access and error reporting of Go's parser (parse.Tree's next/peek/backup, errorf,
 * expect, unexpected): the base of the parser in parse.ts.
 */
import { TemplateError } from '../errors.js';
import { unquote } from '../../go/strconv.js';
import { describeItem, type Item, type ItemType } from './item.js';
import type { ParseOptions } from './parse.js';
import type { ListNode, NodeSource } from './node.js';

/** A parsed template: its name, the name of the top-level template it came from, its root. */
export class Tree implements NodeSource {
  root: ListNode | undefined;
  constructor(
    public name: string,
    readonly parseName: string,
    readonly text: string,
  ) {}
}

/** State shared by the trees of one parse run (the lexer output and the tree set). */
export interface Run {
  readonly items: Item[];
  index: number;
  readonly treeSet: Map<string, Tree>;
  readonly opts: ParseOptions;
}

/** Reads the run's items for one tree and reports errors the way Go's parser does. */
export class TokenReader {
  actionLine = 0;
  /** The last item this parser took from the lexer: Go reports errors at its line. */
  furthest: number;

  constructor(
    readonly t: Tree,
    readonly run: Run,
  ) {
    this.furthest = run.index;
  }

  next(): Item {
    const run = this.run;
    const i = Math.min(run.index++, run.items.length - 1); // Past the end, keep returning EOF/error.
    if (i > this.furthest) this.furthest = i;
    return run.items[i];
  }

  backup(): void {
    this.run.index--;
  }

  peek(): Item {
    const item = this.next();
    this.backup();
    return item;
  }

  nextNonSpace(): Item {
    let item: Item;
    do item = this.next();
    while (item.type === 'space');
    return item;
  }

  peekNonSpace(): Item {
    const item = this.nextNonSpace();
    this.backup();
    return item;
  }

  errorf(message: string): never {
    this.t.root = undefined;
    const line = this.run.items[this.furthest].line;
    throw new TemplateError(`template: ${this.t.parseName}:${line}: ${message}`);
  }

  expect(expected: ItemType, context: string): Item {
    const item = this.nextNonSpace();
    if (item.type !== expected) this.unexpected(item, context);
    return item;
  }

  expectOneOf(a: ItemType, b: ItemType, context: string): Item {
    const item = this.nextNonSpace();
    if (item.type !== a && item.type !== b) this.unexpected(item, context);
    return item;
  }

  unexpected(item: Item, context: string): never {
    if (item.type === 'error') {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== item.line) {
        extra = ` in action started at ${this.t.parseName}:${this.actionLine}`;
        if (item.val.endsWith(' action')) extra = extra.slice(' in action'.length); // No "action in action".
      }
      this.errorf(item.val + extra);
    }
    this.errorf(`unexpected ${describeItem(item)} in ${context}`);
  }

  unquote(item: Item): string {
    try {
      return unquote(item.val);
    } catch (e) {
      return this.errorf((e as Error).message);
    }
  }
}
