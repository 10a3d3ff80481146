/**
 * Annotation validation (Istio's validate.go). The Go library texts inside the messages
 * (netip.ParsePrefix, strconv.ParseUint/ParseBool) were recorded by running Go 1.19 on the
 * same inputs; the wrapping texts are Istio's.
 */
import t from 'tap';
import { annotationProblems, validateAnnotations } from '../../lib/inject/validate.js';
const CIDR_OUT = 'traffic.sidecar.istio.io/includeOutboundIPRanges';
const CIDR_EX = 'traffic.sidecar.istio.io/excludeOutboundIPRanges';
const PORTS_IN = 'traffic.sidecar.istio.io/includeInboundPorts';
const PORTS_EX = 'traffic.sidecar.istio.io/excludeInboundPorts';
t.test('CIDR lists: Go netip.ParsePrefix messages', async (t) => {
    const recorded = [
        ['bad', `netip.ParsePrefix("bad"): no '/'`],
        ['1.1.1.1/33', 'netip.ParsePrefix("1.1.1.1/33"): prefix length out of range'],
        ['1.1.1.1/x', 'netip.ParsePrefix("1.1.1.1/x"): bad bits after slash: "x"'],
        [
            '01.1.1.1/8',
            'netip.ParsePrefix("01.1.1.1/8"): ParseAddr("01.1.1.1"): IPv4 field has octet with leading zero',
        ],
        ['1.2.3/8', 'netip.ParsePrefix("1.2.3/8"): ParseAddr("1.2.3"): IPv4 address too short'],
    ];
    for (const [value, goError] of recorded) {
        t.same(annotationProblems({ [CIDR_OUT]: value }), [
            `invalid value '${value}' for annotation '${CIDR_OUT}': includeIPRanges invalid: failed parsing cidr '${value}': ${goError}`,
        ]);
    }
    for (const ok of [
        '*',
        '',
        '10.0.0.0/8,192.168.0.0/16',
        '::1/128',
        'fe80::1/64',
        '::ffff:1.2.3.4/96',
    ]) {
        t.same(annotationProblems({ [CIDR_OUT]: ok }), [], `${ok} is valid`);
    }
    t.same(annotationProblems({ [CIDR_EX]: '*' }).length, 1, 'exclude ranges do not accept *');
});
t.test('port lists: strconv.ParseUint messages, wrapped twice as Istio does', async (t) => {
    t.same(annotationProblems({ [PORTS_IN]: 'bad' }), [
        `invalid value 'bad' for annotation '${PORTS_IN}': includeInboundPorts invalid: failed parsing port 'bad': failed parsing port 'bad': strconv.ParseUint: parsing "bad": invalid syntax`,
    ]);
    t.match(annotationProblems({ [PORTS_EX]: '80,70000' })[0], 'strconv.ParseUint: parsing "70000": value out of range');
    t.same(annotationProblems({ [PORTS_EX]: ' 80, 81 ' }), [], 'ports are trimmed');
    t.same(annotationProblems({ [PORTS_IN]: '*' }), [], 'include accepts *');
    t.equal(annotationProblems({ [PORTS_EX]: '*' }).length, 1, 'exclude does not');
});
t.test('other rules', async (t) => {
    t.match(annotationProblems({ 'readiness.status.sidecar.istio.io/periodSeconds': '4294967296' })[0], 'strconv.ParseUint: parsing "4294967296": value out of range');
    t.match(annotationProblems({ 'prometheus.istio.io/merge-metrics': 'maybe' })[0], 'strconv.ParseBool: parsing "maybe": invalid syntax');
    t.match(annotationProblems({ 'sidecar.istio.io/interceptionMode': 'FAST' })[0], 'interceptionMode invalid, use REDIRECT,TPROXY,NONE: FAST');
    t.match(annotationProblems({ 'traffic.sidecar.istio.io/excludeInterfaces': 'eth0,1bad' })[0], 'interface name "1bad" contains invalid characters');
    t.match(annotationProblems({ 'sidecar.istio.io/proxyCPU': '1 core' })[0], 'quantities must match the regular expression');
    t.same(annotationProblems({
        'sidecar.istio.io/proxyCPU': '100m',
        'sidecar.istio.io/proxyMemory': '1Gi',
        unrelated: 'x',
    }), []);
});
t.test('validateAnnotations throws INVALID_ANNOTATION with every problem', async (t) => {
    t.doesNotThrow(() => validateAnnotations({}));
    const e = t.throws(() => validateAnnotations({ [PORTS_IN]: 'bad', [CIDR_OUT]: 'bad' }), {
        code: 'INVALID_ANNOTATION',
    });
    t.match(e.message, /^failed to run injection template: 2 errors occurred:\n\t\* invalid value/);
});
//# sourceMappingURL=validate.test.js.map