/**
 * Lexical items of Go's text/template (parse/lex.go's item and itemType).
 */
import { quote } from '../../go/strconv.js';

/** Kinds of lexical items. */
export type ItemType =
  | 'error'
  | 'bool'
  | 'char'
  | 'charConstant'
  | 'comment'
  | 'complex'
  | 'assign'
  | 'declare'
  | 'EOF'
  | 'field'
  | 'identifier'
  | 'leftDelim'
  | 'leftParen'
  | 'number'
  | 'pipe'
  | 'rawString'
  | 'rightDelim'
  | 'rightParen'
  | 'space'
  | 'string'
  | 'text'
  | 'variable'
  // Keywords.
  | 'block'
  | 'break'
  | 'continue'
  | 'dot'
  | 'define'
  | 'else'
  | 'end'
  | 'if'
  | 'nil'
  | 'range'
  | 'template'
  | 'with';

/** A token: its type, offset in the input (UTF-16 index), text and 1-based line. */
export interface Item {
  readonly type: ItemType;
  readonly pos: number;
  readonly val: string;
  readonly line: number;
}

const KEYWORDS: ReadonlyMap<string, ItemType> = new Map(
  Object.entries({
    '.': 'dot',
    block: 'block',
    break: 'break',
    continue: 'continue',
    define: 'define',
    else: 'else',
    end: 'end',
    if: 'if',
    range: 'range',
    nil: 'nil',
    template: 'template',
    with: 'with',
  } as Record<string, ItemType>),
);

/** The item type of a keyword (a Map, so `toString` and friends are not keywords). */
export function keywordItem(word: string): ItemType | undefined {
  return KEYWORDS.get(word);
}

/** Go's text for an item in parse errors (item.String). */
export function describeItem(i: Item): string {
  switch (i.type) {
    case 'EOF':
      return 'EOF';
    case 'error':
      return i.val;
    default:
      if (KEYWORDS.get(i.val) === i.type) return `<${i.val}>`;
      return i.val.length > 10 ? quote(i.val.slice(0, 10)) + '...' : quote(i.val);
  }
}
