/**
 * Token access and error reporting of Go's parser (parse.Tree's next/peek/backup, errorf,
 * expect, unexpected): the base of the parser in parse.ts.
 */
import { TemplateError } from '../errors.js';
import { goUnquote } from '../quote.js';
import { describeItem } from './item.js';
/** A parsed template: its name, the name of the top-level template it came from, its root. */
export class Tree {
    name;
    parseName;
    text;
    root;
    constructor(name, parseName, text) {
        this.name = name;
        this.parseName = parseName;
        this.text = text;
    }
}
/** Reads the run's items for one tree and reports errors the way Go's parser does. */
export class TokenReader {
    t;
    run;
    actionLine = 0;
    /** The last item this parser took from the lexer: Go reports errors at its line. */
    furthest;
    constructor(t, run) {
        this.t = t;
        this.run = run;
        this.furthest = run.index;
    }
    next() {
        const run = this.run;
        const i = Math.min(run.index++, run.items.length - 1); // Past the end, keep returning EOF/error.
        if (i > this.furthest)
            this.furthest = i;
        return run.items[i];
    }
    backup() {
        this.run.index--;
    }
    peek() {
        const item = this.next();
        this.backup();
        return item;
    }
    nextNonSpace() {
        let item;
        do
            item = this.next();
        while (item.type === 'space');
        return item;
    }
    peekNonSpace() {
        const item = this.nextNonSpace();
        this.backup();
        return item;
    }
    errorf(message) {
        this.t.root = undefined;
        const line = this.run.items[this.furthest].line;
        throw new TemplateError(`template: ${this.t.parseName}:${line}: ${message}`);
    }
    expect(expected, context) {
        const item = this.nextNonSpace();
        if (item.type !== expected)
            this.unexpected(item, context);
        return item;
    }
    expectOneOf(a, b, context) {
        const item = this.nextNonSpace();
        if (item.type !== a && item.type !== b)
            this.unexpected(item, context);
        return item;
    }
    unexpected(item, context) {
        if (item.type === 'error') {
            let extra = '';
            if (this.actionLine !== 0 && this.actionLine !== item.line) {
                extra = ` in action started at ${this.t.parseName}:${this.actionLine}`;
                if (item.val.endsWith(' action'))
                    extra = extra.slice(' in action'.length); // No "action in action".
            }
            this.errorf(item.val + extra);
        }
        this.errorf(`unexpected ${describeItem(item)} in ${context}`);
    }
    unquote(item) {
        try {
            return goUnquote(item.val);
        }
        catch (e) {
            return this.errorf(e.message);
        }
    }
}
//# sourceMappingURL=tokens.js.map