/** kinject as a KRM function: a `ResourceList` in, the same list injected and with `results` out. */
export {
  isResourceList,
  runResourceList,
  failResourceList,
  errorResult,
  type FunctionOutcome,
  type KrmResult,
} from './resource-list.js';
