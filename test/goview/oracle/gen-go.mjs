// Writes Go source for the types of kinject's goview schema tables, so that Go's own
// text/template can run on real Go structs of the same shape (see record.sh). Every struct
// reachable from SidecarTemplateData becomes a Go struct with the same fields, json tags and Go types; protobuf
// messages get nil-safe GetX methods and oneof wrappers, enums get String(). Handwritten Go
// (support/) provides wrappers, Duration, IntOrString, Time and NamespacedName; resource.Quantity is
// the real apimachinery package.
//
// Usage: node gen-go.mjs <dist/lib/goview/registry.js> <out-dir>
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [registryPath, outDir] = process.argv.slice(2);
const { GO_TYPES } = await import(pathToFileURL(registryPath).href);

const HANDWRITTEN = new Set(['wrapperspb.BoolValue', 'wrapperspb.Int32Value', 'durationpb.Duration', 'resource.Quantity', 'intstr.IntOrString', 'v1.Time', 'types.NamespacedName']);
const STD = new Set(['encoding/json', 'strconv']);
const importPath = (pkg) => (STD.has(pkg) ? pkg : pkg === 'resource' ? 'k8s.io/apimachinery/pkg/api/resource' : `oracle/${pkg}`);

const files = new Map(); // pkg → { imports: Set, decls: [] }
const opaque = new Set(); // "pkg.Name"
const file = (pkg) => {
  if (!files.has(pkg)) files.set(pkg, { imports: new Set(), decls: [] });
  return files.get(pkg);
};
const split = (goType) => goType.split('.');

/** Go source of a type expression as seen from package `pkg`. */
function goTypeOf(expr, pkg) {
  if (expr.startsWith('*')) return `*${goTypeOf(expr.slice(1), pkg)}`;
  if (expr.startsWith('[]')) return `[]${goTypeOf(expr.slice(2), pkg)}`;
  if (expr.startsWith('map[string]')) return `map[string]${goTypeOf(expr.slice(11), pkg)}`;
  if (expr === 'any') return 'interface{}';
  if (/^(string|bool|float64|u?int(8|16|32|64)?)$/.test(expr)) return expr;
  let goType;
  if (expr.startsWith('~')) {
    goType = expr.slice(1);
    opaque.add(goType);
  } else {
    const def = GO_TYPES[expr];
    if (def === undefined) throw new Error(`unknown ${expr}`);
    goType = def.goType;
  }
  const [p, name] = split(goType);
  if (p === pkg) return name;
  file(pkg).imports.add(p);
  return `${p}.${name}`;
}

const exported = (s) => s[0].toUpperCase() + s.slice(1);

function genStruct(def) {
  const [pkg, name] = split(def.goType);
  const f = file(pkg);
  const lines = [];
  const oneofs = def.oneofs ?? {};
  for (const [goName, tag, type] of def.fields) {
    if (oneofs[goName]) {
      lines.push(`\t${goName} is${name}_${goName} \`json:"-"\``);
      continue;
    }
    const jsonTag = def.encoding === 'proto' ? `${tag},omitempty` : tag;
    const t = goTypeOf(type, pkg);
    lines.push(tag.startsWith(',inline') ? `\t${t} \`json:"${jsonTag}"\`` : `\t${goName} ${t} \`json:"${jsonTag}"\``);
  }
  f.decls.push(`type ${name} struct {\n${lines.join('\n')}\n}`);
  if (def.getters) {
    for (const [goName, tag, type] of def.fields) {
      if (oneofs[goName] || tag.startsWith(',inline')) continue;
      const t = goTypeOf(type, pkg);
      f.decls.push(def.encoding === 'proto'
        ? `func (x *${name}) Get${goName}() ${t} {\n\tif x != nil {\n\t\treturn x.${goName}\n\t}\n\tvar z ${t}\n\treturn z\n}`
        : `func (x *${name}) Get${goName}() ${t} { return x.${goName} }`);
    }
  }
  genOneofs(def, pkg, name, oneofs);
}

/** Oneof interfaces, wrapper types, getters and the JSON decoding that fills them. */
function genOneofs(def, pkg, name, oneofs) {
  const f = file(pkg);
  const cases = [];
  for (const [group, members] of Object.entries(oneofs)) {
    f.decls.push(`type is${name}_${group} interface{ is${name}_${group}() }`);
    f.decls.push(`func (x *${name}) Get${group}() is${name}_${group} {\n\tif x != nil {\n\t\treturn x.${group}\n\t}\n\treturn nil\n}`);
    for (const [member, jsonName, type] of members) {
      const t = goTypeOf(type, pkg);
      const wrapper = GO_TYPES[`${name}_${member}`]?.goType === `${pkg}.${name}_${member}` ? `${name}_${member}_` : `${name}_${member}`;
      f.decls.push(`type ${wrapper} struct{ ${member} ${t} }\nfunc (*${wrapper}) is${name}_${group}() {}`);
      f.decls.push(`func (x *${name}) Get${member}() ${t} {\n\tif w, ok := x.Get${group}().(*${wrapper}); ok {\n\t\treturn w.${member}\n\t}\n\tvar z ${t}\n\treturn z\n}`);
      cases.push(`\tif v, ok := raw["${jsonName}"]; ok {\n\t\tw := &${wrapper}{}\n\t\tif err := json.Unmarshal(v, &w.${member}); err != nil {\n\t\t\treturn err\n\t\t}\n\t\tx.${group} = w\n\t}`);
    }
  }
  if (cases.length === 0) return;
  f.imports.add('encoding/json');
  f.decls.push(`func (x *${name}) UnmarshalJSON(b []byte) error {\n\ttype plain ${name}\n\tif err := json.Unmarshal(b, (*plain)(x)); err != nil {\n\t\treturn err\n\t}\n\tvar raw map[string]json.RawMessage\n\tif err := json.Unmarshal(b, &raw); err != nil {\n\t\treturn err\n\t}\n${cases.join('\n')}\n\treturn nil\n}`);
}

function genEnum(def) {
  const [pkg, name] = split(def.goType);
  const f = file(pkg);
  f.imports.add('encoding/json');
  f.imports.add('strconv');
  const entries = Object.entries(def.values).map(([n, s]) => `\t${n}: "${s}",`).join('\n');
  f.decls.push(`type ${name} int32\nvar ${name}_name = map[int32]string{\n${entries}\n}`);
  f.decls.push(`func (x ${name}) String() string {\n\tif s, ok := ${name}_name[int32(x)]; ok {\n\t\treturn s\n\t}\n\treturn strconv.Itoa(int(x))\n}`);
  f.decls.push(`func (x *${name}) UnmarshalJSON(b []byte) error {\n\tvar s string\n\tif json.Unmarshal(b, &s) == nil {\n\t\tfor n, v := range ${name}_name {\n\t\t\tif v == s {\n\t\t\t\t*x = ${name}(n)\n\t\t\t}\n\t\t}\n\t\treturn nil\n\t}\n\tvar n int32\n\tif err := json.Unmarshal(b, &n); err != nil {\n\t\treturn err\n\t}\n\t*x = ${name}(n)\n\treturn nil\n}`);
}

/** Registry names reachable from SidecarTemplateData (what templates can see). */
function reachable(root) {
  const seen = new Set();
  const visit = (expr) => {
    const name = expr.replace(/^(\*|\[\]|map\[string\])+/, '');
    const def = GO_TYPES[name];
    if (def === undefined || seen.has(name)) return;
    seen.add(name);
    if (def.kind === 'map-alias') visit(def.elem);
    if (def.kind !== 'struct') return;
    for (const [, , type] of [...def.fields, ...Object.values(def.oneofs ?? {}).flat()]) visit(type);
  };
  visit(root);
  return seen;
}

for (const key of reachable('SidecarTemplateData')) {
  const def = GO_TYPES[key];
  if (HANDWRITTEN.has(def.goType)) continue;
  if (def.kind === 'struct') genStruct(def);
  else if (def.kind === 'enum') genEnum(def);
  else if (def.kind === 'map-alias') {
    const [pkg, name] = split(def.goType);
    file(pkg).decls.push(`type ${name} map[string]${goTypeOf(def.elem, pkg)}`);
  }
}
for (const goType of opaque) {
  if (HANDWRITTEN.has(goType)) continue;
  const [pkg, name] = split(goType);
  file(pkg).decls.push(`type ${name} struct{}`);
}
for (const [pkg, { imports, decls }] of files) {
  if (pkg === 'resource') continue;
  const imp = [...imports].filter((p) => p !== pkg).sort().map((p) => `\t"${importPath(p)}"`);
  mkdirSync(`${outDir}/${pkg}`, { recursive: true });
  const src = `// Code generated by gen-go.mjs from kinject's goview tables. DO NOT EDIT.\npackage ${pkg}\n\n${imp.length ? `import (\n${imp.join('\n')}\n)\n\n` : ''}${decls.join('\n\n')}\n`;
  writeFileSync(`${outDir}/${pkg}/types_gen.go`, src);
}
console.log([...files.keys()].join(' '));
