/** Building what cluster mode (and explain) knows about the cluster from the run's files and flags. */
import {
  addNamespace,
  addNamespaceObjects,
  compileRules,
  defaultWebhookConfigurations,
  namespaceFileObjects,
  parseNamespaceLabels,
  proxyConfigObjects,
  streamObjects,
  type ClusterModel,
  type NamespaceLabels,
  type RevisionSetup,
} from '../lib/cluster/index.js';
import { isJsonMap } from '../lib/go/json-map.js';
import type { CliOptions } from './args.js';
import type { InputText } from './inputs.js';
import type { CliIO } from './io.js';
import { revisionConfig, type LoadedSources } from './load-config.js';

/** The namespaces' labels: Namespace objects in the inputs, then `--namespaces` files, then `--namespace-labels`. */
async function namespaceLabels(
  opts: CliOptions,
  inputObjects: readonly unknown[],
  readFile: (file: string) => Promise<string>,
): Promise<NamespaceLabels> {
  const known: NamespaceLabels = new Map();
  addNamespaceObjects(known, inputObjects);
  for (const file of opts.namespaces)
    addNamespaceObjects(known, namespaceFileObjects(await readFile(file), file));
  for (const arg of opts.namespaceLabels) {
    const { name, labels } = parseNamespaceLabels(arg);
    addNamespace(known, name, labels);
  }
  return known;
}

/** The cluster model for a run; `lenient` (explain) lets a revision without an injector ConfigMap use the embedded defaults. */
export async function clusterModel(
  sources: LoadedSources,
  opts: CliOptions,
  io: CliIO,
  inputs: readonly InputText[],
  readFile: (file: string) => Promise<string>,
  lenient: boolean,
): Promise<ClusterModel> {
  const objects = inputs.map((i) => ({ name: i.name, objects: streamObjects(i.text, i.name) }));
  const defaultNamespace = opts.namespace ?? '';
  const revisions = new Map<string, RevisionSetup>();
  const cp = sources.controlPlane;
  const revision = (rev: string): RevisionSetup => {
    const key = rev === 'default' ? '' : rev;
    const known = revisions.get(key);
    if (known !== undefined) return known;
    const made = revisionConfig(sources, opts, io, key, lenient);
    const compiled = compileRules(made.config.injector);
    const setup = {
      cfg: made.config,
      rules: { rules: compiled.rules, warnings: [...made.warnings, ...compiled.warnings] },
    };
    revisions.set(key, setup);
    return setup;
  };
  return {
    webhooks: cp.webhooks.length > 0 ? cp.webhooks : chartWebhooks(revision, opts.revision ?? ''),
    namespaces: await namespaceLabels(
      opts,
      objects.flatMap((o) => o.objects),
      readFile,
    ),
    defaultNamespace,
    proxyConfigs: [
      ...cp.proxyConfigs.map((p) =>
        p.namespace === '' ? { ...p, namespace: defaultNamespace || 'default' } : p,
      ),
      ...objects.flatMap((o) =>
        proxyConfigObjects(o.objects, o.name, defaultNamespace || 'default'),
      ),
    ],
    revision,
  };
}

/**
 * Without a control plane, the webhooks the chart renders for the revision's values,
 * `sidecarInjectorWebhook.enableNamespacesByDefault` (the `auto.` webhook) included.
 */
function chartWebhooks(
  revision: (rev: string) => RevisionSetup,
  rev: string,
): ReturnType<typeof defaultWebhookConfigurations> {
  let setup: RevisionSetup;
  try {
    setup = revision(rev);
  } catch {
    // A configuration that does not load fails where a pod needs it, as before.
    return defaultWebhookConfigurations(rev);
  }
  const values = setup.cfg.values;
  const webhook = values['sidecarInjectorWebhook'];
  return defaultWebhookConfigurations(setup.cfg.revision, [], {
    enableNamespacesByDefault: isJsonMap(webhook) && webhook['enableNamespacesByDefault'] === true,
  });
}
