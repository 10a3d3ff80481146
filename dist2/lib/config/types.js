/**
 * The configuration an injection runs with: the same three inputs as
 * `istioctl kube-inject --injectConfigFile --valuesFile --meshConfigFile`, already loaded
 * and merged (see lib/config/), plus the offline switches.
 */
export {};
//# sourceMappingURL=types.js.map