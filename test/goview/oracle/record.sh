#!/bin/sh
# Records test/goview/template.recorded.json: Go's text/template output for each case of
# gen-cases.mjs, run on Go structs generated from kinject's goview tables (gen-go.mjs) plus
# support/ (protobuf wrappers, Duration, IntOrString, Time) and the real resource.Quantity
# (k8s.io/apimachinery v0.36.1 at $APIMACHINERY, gopkg.in/inf.v0 at $INF).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
src=${APIMACHINERY:-/work/.mirror/kubernetes+apimachinery/repo}
inf=${INF:-/work/.mirror/go-inf+inf/repo}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$root" && npx tsc -p . >/dev/null) || true
mkdir -p "$work/oracle" "$work/apimachinery/pkg/api/resource" "$work/apimachinery/pkg/runtime/serializer/cbor/direct" "$work/inf"
for f in quantity.go amount.go math.go scale_int.go suffix.go; do git -C "$src" show "v0.36.1:pkg/api/resource/$f" > "$work/apimachinery/pkg/api/resource/$f"; done
printf 'package direct\n\nfunc Marshal(v interface{}) ([]byte, error)  { return nil, nil }\nfunc Unmarshal(b []byte, v interface{}) error { return nil }\n' > "$work/apimachinery/pkg/runtime/serializer/cbor/direct/d.go"
printf 'module k8s.io/apimachinery\n\ngo 1.19\n\nrequire gopkg.in/inf.v0 v0.9.1\n\nreplace gopkg.in/inf.v0 => ../inf\n' > "$work/apimachinery/go.mod"
for f in dec.go rounder.go; do git -C "$inf" show "HEAD:$f" > "$work/inf/$f"; done
printf 'module gopkg.in/inf.v0\n\ngo 1.19\n' > "$work/inf/go.mod"
cat > "$work/oracle/go.mod" <<'MOD'
module oracle

go 1.19

require (
	gopkg.in/inf.v0 v0.9.1
	k8s.io/apimachinery v0.36.1
)

replace (
	gopkg.in/inf.v0 => ../inf
	k8s.io/apimachinery => ../apimachinery
)
MOD
cp -r "$here/support/." "$work/oracle/"
node "$here/gen-go.mjs" "$root/dist/lib/goview/registry.js" "$work/oracle" >/dev/null
mkdir -p "$work/oracle/cmd" && cp "$here/main.go" "$work/oracle/cmd/main.go"
(cd "$work/oracle" && gofmt -l . >/dev/null && GOFLAGS=-mod=mod GOPROXY=off go build -o "$work/view-oracle" ./cmd)
node "$here/gen-cases.mjs" > "$work/cases.json"
"$work/view-oracle" < "$work/cases.json" > "$work/out.json"
node -e '
const fs = require("fs");
const cases = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
const outs = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
fs.writeFileSync(process.argv[3], JSON.stringify(cases.map((c, i) => ({ ...c, ...outs[i] })), null, 1) + "\n");
' "$work/cases.json" "$work/out.json" "$root/test/goview/template.recorded.json"
echo "recorded $(node -e 'console.log(require(process.argv[1]).length)' "$root/test/goview/template.recorded.json") cases"
