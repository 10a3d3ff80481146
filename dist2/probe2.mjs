import { Template, sprigFuncs, istioFuncs } from './lib/template/index.js';
const run = (src, data = { Values: { a: 1 } }) => {
  const t0 = Date.now();
  try { return JSON.stringify(new Template('t').funcs(sprigFuncs).funcs(istioFuncs).parse(src).execute(data)).slice(0, 100) + ` ${Date.now()-t0}ms`; }
  catch (e) { return `${e.constructor.name}: ${e.message.slice(0, 200)} ${Date.now()-t0}ms`; }
};
for (const src of [
  '{{ range until 100000000 }}x{{ end }}',
  '{{ range until 1000000 }}xxxxxxxxxx{{ end }}',
  '{{ range until 1000000 }}{{ range until 1000000 }}{{ end }}{{ end }}',
  '{{ repeat 300000000 "x" | len }}',
  '{{ define "r" }}{{ template "r" . }}{{ end }}{{ template "r" . }}',
  '{{ define "r" }}x{{ template "r" . }}{{ end }}{{ template "r" . }}',
]) console.log(src, '=>', run(src));
