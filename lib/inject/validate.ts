/**
 * Istio's validation of a pod's sidecar annotations (validate.go): each known annotation
 * has a rule; values that break it fail the injection with Istio's message.
 */
import { quote } from '../go/strconv.js';
import { injectionError } from './istio-errors.js';
import { parseProxyConfig } from './proxy-config.js';

/** A rule: undefined when the value is fine, else Go's error text. */
type Rule = (value: string) => string | undefined;

/** strconv.ParseUint(s, 10, bits) error text, or undefined. */
function parseUintError(s: string, bits: number): string | undefined {
  if (!/^[0-9]+$/.test(s)) return `strconv.ParseUint: parsing ${quote(s)}: invalid syntax`;
  return BigInt(s) >= 1n << BigInt(bits)
    ? `strconv.ParseUint: parsing ${quote(s)}: value out of range`
    : undefined;
}

/** Istio's parsePort (port numbers are trimmed, the message shows them as given). */
function parsePortError(port: string): string | undefined {
  const e = parseUintError(port.trim(), 16);
  return e === undefined ? undefined : `failed parsing port '${port}': ${e}`;
}

/** Istio's validatePortList: a comma-separated list of ports (empty is fine). */
function portListRule(param: string): Rule {
  return (value) => {
    const list = value.trim();
    if (list === '') return undefined;
    for (const port of list.split(',')) {
      const e = parsePortError(port);
      if (e !== undefined) return `${param} invalid: failed parsing port '${port}': ${e}`;
    }
    return undefined;
  };
}

/** Go's netip parseIPv4 problem (message and the unparsed rest), or undefined for a valid address. */
function ipv4Problem(s: string): { msg: string; at?: string } | undefined {
  let val = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    if (ch >= '0' && ch <= '9') {
      if (digits === 1 && val === 0) return { msg: 'IPv4 field has octet with leading zero' };
      val = val * 10 + Number(ch);
      digits++;
      if (val > 255) return { msg: 'IPv4 field has value >255' };
    } else if (ch === '.') {
      if (i === 0 || i === s.length - 1 || s.charAt(i - 1) === '.')
        return { msg: 'IPv4 field must have at least one digit', at: s.slice(i) };
      if (dots === 3) return { msg: 'IPv4 address too long' };
      dots++;
      val = 0;
      digits = 0;
    } else {
      return { msg: 'unexpected character', at: s.slice(i) };
    }
  }
  return dots < 3 ? { msg: 'IPv4 address too short' } : undefined;
}

/** Is it an IPv4 address as Go's netip accepts it? */
function isIPv4(s: string): boolean {
  return ipv4Problem(s) === undefined;
}

/** Go's netip.ParseAddr error text, or undefined (IPv6 problems are not itemised as Go does). */
function parseAddrError(s: string): string | undefined {
  const at = `ParseAddr(${quote(s)})`;
  const kind = /[.:%]/.exec(s)?.[0];
  if (kind === undefined) return `${at}: unable to parse IP`;
  if (kind === '%') return `${at}: missing IPv6 address`;
  if (kind === ':') return isIPv6(s) ? undefined : `${at}: unable to parse IP`;
  const p = ipv4Problem(s);
  return p === undefined
    ? undefined
    : `${at}: ${p.msg}${p.at === undefined ? '' : ` (at ${quote(p.at)})`}`;
}

/** Is it an IPv6 address (hex groups, one `::` at most, optional trailing IPv4)? */
function isIPv6(s: string): boolean {
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
  let width = groups.length;
  const last = groups[groups.length - 1];
  if (last !== undefined && last.includes('.')) {
    if (!isIPv4(last)) return false;
    groups.pop();
    width += 1; // an embedded IPv4 address takes two groups
  }
  if (!groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  return halves.length === 2 ? width < 8 : width === 8;
}

/** Go's netip.ParsePrefix error text, or undefined. */
function parsePrefixError(s: string): string | undefined {
  const at = `netip.ParsePrefix(${quote(s)})`;
  const slash = s.lastIndexOf('/');
  if (slash < 0) return `${at}: no '/'`;
  const ip = s.slice(0, slash);
  const bits = s.slice(slash + 1);
  const addrError = parseAddrError(ip);
  if (addrError !== undefined) return `${at}: ${addrError}`;
  const v6 = ip.includes(':');
  if (!/^[+-]?[0-9]+$/.test(bits)) return `${at}: bad bits after slash: ${quote(bits)}`;
  const n = Number(bits);
  return n < 0 || n > (v6 ? 128 : 32) ? `${at}: prefix length out of range` : undefined;
}

/** Istio's validateCIDRList, with the parameter name for the message. */
function cidrListRule(param: string, allowStar: boolean): Rule {
  return (value) => {
    if ((allowStar && value === '*') || value === '') return undefined;
    for (const cidr of value.split(',')) {
      const e = parsePrefixError(cidr);
      if (e !== undefined) return `${param} invalid: failed parsing cidr '${cidr}': ${e}`;
    }
    return undefined;
  };
}

/** Istio's ValidateInterfaceNames. */
const interfaceNames: Rule = (value) => {
  if (value === '') return undefined;
  for (const raw of value.split(',')) {
    const iface = raw.trim();
    if (iface === '') return 'empty interface name';
    if (iface.length > 15) return `interface name ${quote(iface)} too long (max 15 chars)`;
    if (!/^[a-zA-Z][a-zA-Z0-9_.-]*$/.test(iface))
      return `interface name ${quote(iface)} contains invalid characters`;
  }
  return undefined;
};

const uint32: Rule = (value) => parseUintError(value, 32);

const bool: Rule = (value) =>
  ['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)
    ? undefined
    : `strconv.ParseBool: parsing ${quote(value)}: invalid syntax`;

const QUANTITY =
  /^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$/;

/** Kubernetes resource.ParseQuantity (syntax only), rejecting control characters first. */
const quantity: Rule = (value) => {
  if (/[\u0000-\u001f\u007f-\u009f]/.test(value)) return 'value contains control characters';
  return QUANTITY.test(value)
    ? undefined
    : "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
};

const interceptionMode: Rule = (mode) =>
  ['REDIRECT', 'TPROXY', 'NONE'].includes(mode)
    ? undefined
    : `interceptionMode invalid, use REDIRECT,TPROXY,NONE: ${mode}`;

const statusPort: Rule = (port) => {
  const e = parsePortError(port);
  return e === undefined ? undefined : `excludeInboundPorts invalid: ${e}`;
};

/** The proxy config annotation must at least be a YAML mapping (Istio's deeper proxy config checks are not modelled). */
const proxyConfig: Rule = (value) => {
  try {
    parseProxyConfig(value);
    return undefined;
  } catch (e) {
    return `failed to convert to apply proxy config: ${(e as Error).message.replace(/^could not parse proxy config: /, '')}`;
  }
};

/** Annotation → rule (Istio's AnnotationValidation). */
const RULES: Readonly<Record<string, Rule>> = {
  'sidecar.istio.io/interceptionMode': interceptionMode,
  'status.sidecar.istio.io/port': statusPort,
  'readiness.status.sidecar.istio.io/initialDelaySeconds': uint32,
  'readiness.status.sidecar.istio.io/periodSeconds': uint32,
  'readiness.status.sidecar.istio.io/failureThreshold': uint32,
  'traffic.sidecar.istio.io/includeOutboundIPRanges': cidrListRule('includeIPRanges', true),
  'traffic.sidecar.istio.io/excludeOutboundIPRanges': cidrListRule('excludeIPRanges', false),
  'traffic.sidecar.istio.io/includeInboundPorts': (v) =>
    v === '*' ? undefined : portListRule('includeInboundPorts')(v),
  'traffic.sidecar.istio.io/excludeInboundPorts': portListRule('excludeInboundPorts'),
  'traffic.sidecar.istio.io/excludeOutboundPorts': portListRule('excludeOutboundPorts'),
  'traffic.sidecar.istio.io/excludeInterfaces': interfaceNames,
  'traffic.sidecar.istio.io/kubevirtInterfaces': interfaceNames,
  'istio.io/reroute-virtual-interfaces': interfaceNames,
  'prometheus.istio.io/merge-metrics': bool,
  'proxy.istio.io/config': proxyConfig,
  'sidecar.istio.io/proxyCPU': quantity,
  'sidecar.istio.io/proxyMemory': quantity,
  'sidecar.istio.io/proxyCPULimit': quantity,
  'sidecar.istio.io/proxyMemoryLimit': quantity,
};

/** Every problem with the annotations, as Istio words them (sorted by annotation name). */
export function annotationProblems(annotations: Readonly<Record<string, unknown>>): string[] {
  return problemsByName(annotations).map((p) => p.problem);
}

function problemsByName(
  annotations: Readonly<Record<string, unknown>>,
): { name: string; problem: string }[] {
  return Object.keys(annotations)
    .filter((name) => Object.prototype.hasOwnProperty.call(RULES, name))
    .sort()
    .flatMap((name) => {
      const value = String(annotations[name]);
      const e = RULES[name]?.(value);
      return e === undefined
        ? []
        : [{ name, problem: `invalid value '${value}' for annotation '${name}': ${e}` }];
    });
}

/** Go's hashicorp multierror text. */
function multiError(problems: readonly string[]): string {
  const head = problems.length === 1 ? '1 error occurred:' : `${problems.length} errors occurred:`;
  return `${head}\n${problems.map((p) => `\t* ${p}`).join('\n')}\n\n`;
}

/** Throw KinjectError('INVALID_ANNOTATION') if any Istio annotation is invalid. */
export function validateAnnotations(annotations: Readonly<Record<string, unknown>>): void {
  const problems = problemsByName(annotations);
  if (problems.length > 0) {
    const text = multiError(problems.map((p) => p.problem)).trimEnd();
    // The path (relative to the pod's metadata) lets the caller point at the first bad annotation.
    throw injectionError('INVALID_ANNOTATION', [text], {
      path: ['annotations', problems[0]?.name ?? ''],
    });
  }
}
