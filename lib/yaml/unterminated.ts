/**
 * Where an unterminated quoted scalar opens. `yaml` reports a missing closing quote where
 * it gave up looking, which is often the end of the input, many lines below the mistake;
 * the line to fix is the one where the quote opens.
 */
import { visit, type Document, type YAMLError } from 'yaml';

/** The offset of the quote an unterminated-quote error is about; undefined for other errors. */
export function unterminatedQuoteStart(doc: Document, error: YAMLError): number | undefined {
  if (error.code !== 'MISSING_CHAR' || !/^Missing closing .quote/.test(error.message))
    return undefined;
  const at = error.pos[0];
  let start: number | undefined;
  // The quoted scalar that runs up to where the parser gave up is the one left open.
  visit(doc, {
    Scalar(_, node) {
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      if (quoted && node.range && node.range[0] < at && node.range[1] >= at) start = node.range[0];
    },
  });
  return start;
}
