/**
 * A scalar whose explicit tag its text does not fit (`!!int abc`, `!!bool 1`). go-yaml v2,
 * and so kubectl and istioctl, refuses such a document ("cannot decode !!str `abc` as a
 * !!int"); `yaml` only warns and keeps the text as a string, which would let kinject inject a
 * manifest the cluster never accepts.
 */
import { isScalar } from 'yaml';
import { KinjectError, type Location } from '../errors.js';
import type { LinePositions } from './read.js';

/** The tags go-yaml checks a scalar's text against, by their short name. */
const CHECKED_TAGS: ReadonlyMap<string, string> = new Map(
  ['int', 'float', 'bool', 'null'].map((name) => [`tag:yaml.org,2002:${name}`, `!!${name}`]),
);

/** The error for `node` if it is a scalar whose explicit tag its text does not fit, placed at the scalar. */
export function tagProblem(
  node: unknown,
  lines: LinePositions,
  where: Location,
): KinjectError | undefined {
  if (!isScalar(node) || node.tag === undefined) return undefined;
  const tag = CHECKED_TAGS.get(node.tag);
  // None of these tags resolves to a string: a string is `yaml` giving up on the text.
  if (tag === undefined || typeof node.value !== 'string') return undefined;
  return new KinjectError('YAML_PARSE', `cannot decode \`${node.value}\` as a ${tag}`, {
    ...where,
    pos: node.range ? lines.linePos(node.range[0]) : undefined,
  });
}
