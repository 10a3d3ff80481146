import { Template, sprigFuncs, istioFuncs } from './lib/template/index.js';
const run = (src, data = { Values: { a: 1 } }) => {
  try { return JSON.stringify(new Template('t').funcs(sprigFuncs).funcs(istioFuncs).parse(src).execute(data)).slice(0, 200); }
  catch (e) { return `${e.constructor.name}: ${e.message.slice(0, 200)}`; }
};
for (const src of [
  '{{ .constructor }}', '{{ .Values.constructor }}', '{{ .Values.__proto__ }}', '{{ index .Values "constructor" }}',
  '{{ .Values.toString }}', '{{ .Values.hasOwnProperty }}',
  '{{ $d := dict "__proto__" (dict "polluted" "yes") }}{{ $d.polluted }}|{{ (dict).polluted }}',
  '{{ $d := dict }}{{ $_ := set $d "__proto__" (dict "polluted" "yes") }}{{ (dict).polluted }}{{ $d }}',
  '{{ $d := fromJson "{\\"__proto__\\": {\\"polluted\\": 1}}" }}{{ (dict).polluted }}{{ $d }}',
  '{{ $d := fromYaml "__proto__: {polluted: 1}" }}{{ (dict).polluted }}{{ $d }}',
  '{{ $x := merge (dict) (fromJson "{\\"__proto__\\": {\\"polluted\\": 1}}") }}{{ (dict).polluted }}',
  '{{ getHostByName "example.com" }}', '{{ expandenv "$HOME" }}', '{{ env "HOME" }}', '{{ now }}',
  '{{ define "r" }}{{ template "r" . }}{{ end }}{{ template "r" . }}',
  '{{ range until 100000000 }}x{{ end }}',
  '{{ repeat 300000000 "x" | len }}',
  '{{ call .constructor "return 1" }}',
  '{{ toJson .Values }}',
]) console.log(src, '=>', run(src));
console.log(({}).polluted, Object.prototype.polluted);
