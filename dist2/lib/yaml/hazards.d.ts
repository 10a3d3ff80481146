/**
 * What a parsed YAML document must not do before kinject turns it into plain values, checked
 * on the syntax tree (never on the expanded value, which is what an alias bomb attacks):
 *
 * - repeat a key in one mapping: kubectl (go-yaml v3, as kustomize reads manifests) refuses
 *   that with `mapping key "name" already defined at line 4`, where silently keeping the last
 *   one would inject a pod the user did not write;
 * - expand aliases past go-yaml's bound ("document contains excessive aliasing"), so that a
 *   few hundred bytes cannot become gigabytes.
 */
import { type Document, type LineCounter } from 'yaml';
import { KinjectError, type Location } from '../errors.js';
/** The problems of one parsed document that make it unusable (placed at `where` plus the node). */
export declare function documentHazards(doc: Document.Parsed, lines: LineCounter, where: Location): KinjectError[];
/**
 * How deep a document may nest. go-yaml and encoding/json stop at 10000; kinject's recursive
 * stages (merge, round-trip, views) run out of JavaScript stack at a few thousand, so the
 * bound is lower, and still far past any real manifest (CRD schemas nest a few dozen deep).
 */
export declare const MAX_NESTING = 500;
/** The path to the first value nested deeper than MAX_NESTING, or undefined (walked without recursion). */
export declare function tooDeep(value: unknown): (string | number)[] | undefined;
/** Throws KinjectError('YAML_PARSE') at the first value nested deeper than MAX_NESTING. */
export declare function assertNesting(value: unknown): void;
