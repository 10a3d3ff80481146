import { Template, sprigFuncs, istioFuncs } from './lib/template/index.js';
const run = (src, data = { Values: { a: 1 } }) => {
  const t0 = Date.now();
  try { return JSON.stringify(new Template('t').funcs(sprigFuncs).funcs(istioFuncs).parse(src).execute(data)).slice(0, 100) + ` ${Date.now()-t0}ms`; }
  catch (e) { return `${e.constructor.name}: ${e.message.slice(0, 200)} ${Date.now()-t0}ms`; }
};
for (const src of [
  '{{ range until 1000000 }}{{ end }}',
  '{{ range until 1000000 }}{{ $x := 1 }}{{ end }}',
  '{{ repeat 3000000 "x" }}{{ repeat 3000000 "x" }}',
]) console.log(src, '=>', run(src));
