/** Kinds of lexical items. */
export type ItemType = 'error' | 'bool' | 'char' | 'charConstant' | 'comment' | 'complex' | 'assign' | 'declare' | 'EOF' | 'field' | 'identifier' | 'leftDelim' | 'leftParen' | 'number' | 'pipe' | 'rawString' | 'rightDelim' | 'rightParen' | 'space' | 'string' | 'text' | 'variable' | 'block' | 'break' | 'continue' | 'dot' | 'define' | 'else' | 'end' | 'if' | 'nil' | 'range' | 'template' | 'with';
/** A token: its type, offset in the input (UTF-16 index), text and 1-based line. */
export interface Item {
    readonly type: ItemType;
    readonly pos: number;
    readonly val: string;
    readonly line: number;
}
/** The item type of a keyword (a Map, so `toString` and friends are not keywords). */
export declare function keywordItem(word: string): ItemType | undefined;
/** Go's text for an item in parse errors (item.String). */
export declare function describeItem(i: Item): string;
