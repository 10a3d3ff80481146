/**
 * A control plane's revisions: the pieces (ConfigMaps, istiod env) the files hold for each,
 * the names they go by, and the error for a revision the files do not configure.
 */
import { KinjectError } from '../errors.js';
import type { ControlPlane, RevisionPieces } from './read.js';

/** The pieces the files hold for a revision ('' or `default` is the default revision). */
export function revisionPieces(cp: ControlPlane, revision: string): RevisionPieces {
  return cp.revisions.get(revision === 'default' ? '' : revision) ?? {};
}

/** The ConfigMap names a revision's pieces go by. */
export function pieceNames(revision: string): { injector: string; mesh: string; istiod: string } {
  const suffix = revision === '' || revision === 'default' ? '' : `-${revision}`;
  return {
    injector: `istio-sidecar-injector${suffix}`,
    mesh: `istio${suffix}`,
    istiod: `istiod${suffix}`,
  };
}

/** How many objects an error lists before it says "and N more". */
const LISTED = 25;

/**
 * The error for a run that needs pieces (`what`: ConfigMap names) the control-plane files do
 * not hold: it names the files and lists what they did contain.
 */
export function missingPiecesError(
  cp: ControlPlane,
  files: readonly string[],
  revision: string,
  what: readonly string[],
): KinjectError {
  const rev = revision === '' ? 'the default revision' : `revision ${JSON.stringify(revision)}`;
  const shown = cp.contents.slice(0, LISTED);
  const more = cp.contents.length > LISTED ? `, and ${cp.contents.length - LISTED} more` : '';
  const contained = shown.length === 0 ? 'no objects' : `${shown.join(', ')}${more}`;
  const revisions = [...cp.revisions.keys()].map((r) => (r === '' ? 'default' : r));
  const known =
    revisions.length === 0 ? '' : `; revisions with configuration: ${revisions.join(', ')}`;
  return new KinjectError(
    'CONFIG',
    `--control-plane ${files.join(', ')}: no ConfigMap ${what.join(' or ')} for ${rev}; the files contain ${contained}${known}`,
  );
}
