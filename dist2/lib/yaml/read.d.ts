/**
 * Reading a manifest stream (multi-document YAML, or one JSON value) into plain values, keeping
 * what writing it back needs: each document's exact source slice and its syntax tree with positions.
 */
import { Document } from 'yaml';
import { KinjectError, type Position } from '../errors.js';
/** One document of a stream, as the injector sees it. */
export interface SourceDocument {
    /** 0-based within the file. */
    readonly index: number;
    /** Plain JS (YAML 1.1 typed); null for an empty document or one that does not parse. */
    readonly value: unknown;
    /** YAML_PARSE / JSON_PARSE problems, placed (file, doc, pos). Empty when the document is fine. */
    readonly errors: KinjectError[];
    /** 1-based line/col of the node at `path` (keys and sequence indexes), for error messages. */
    posOf(path: readonly (string | number)[]): Position | undefined;
}
/** A whole input file. */
export interface SourceStream {
    readonly file: string;
    readonly format: 'yaml' | 'json';
    readonly docs: readonly SourceDocument[];
}
/** A document with what writing it back needs. */
export interface ParsedDocument extends SourceDocument {
    /** Its slice of the stream text: [start, end). Slices of a stream's documents tile the whole text. */
    readonly start: number;
    readonly end: number;
    /** Its syntax tree (for JSON, parsed on first use). */
    tree(): Document.Parsed | undefined;
}
/** A stream with its text, as `readStream` returns it. */
export interface ParsedStream extends SourceStream {
    readonly text: string;
    readonly docs: readonly ParsedDocument[];
}
/** Reads a manifest stream. Never throws for bad input: problems are on each document's `errors`. */
export declare function readStream(text: string, file: string): ParsedStream;
