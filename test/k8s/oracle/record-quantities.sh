#!/bin/sh
# Records test/k8s/quantity.recorded.json: each input of gen-quantities.mjs decoded into the
# real resource.Quantity (k8s.io/apimachinery v0.36.1, $APIMACHINERY) and encoded back.
# Needs Go and gopkg.in/inf.v0 ($INF, a checkout of github.com/go-inf/inf). The resource
# package's CBOR hooks are stubbed; nothing else is changed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
src=${APIMACHINERY:-/work/.mirror/kubernetes+apimachinery/repo}
inf=${INF:-/work/.mirror/go-inf+inf/repo}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/pkg/api/resource" "$work/pkg/runtime/serializer/cbor/direct" "$work/inf" "$work/cmd/q"
printf 'module k8s.io/apimachinery\n\ngo 1.19\n\nrequire gopkg.in/inf.v0 v0.9.1\n\nreplace gopkg.in/inf.v0 => ./inf\n' > "$work/go.mod"
for f in quantity.go amount.go math.go scale_int.go suffix.go; do git -C "$src" show "v0.36.1:pkg/api/resource/$f" > "$work/pkg/api/resource/$f"; done
for f in dec.go rounder.go; do git -C "$inf" show "HEAD:$f" > "$work/inf/$f"; done
printf 'module gopkg.in/inf.v0\n\ngo 1.19\n' > "$work/inf/go.mod"
cat > "$work/pkg/runtime/serializer/cbor/direct/d.go" <<'GO'
package direct

func Marshal(v interface{}) ([]byte, error)  { return nil, nil }
func Unmarshal(b []byte, v interface{}) error { return nil }
GO
cp "$here/quantity-main.go" "$work/cmd/q/main.go"
(cd "$work" && GOFLAGS=-mod=mod GOPROXY=off go build -o "$work/q" ./cmd/q)
node "$here/gen-quantities.mjs" > "$work/in.txt"
"$work/q" < "$work/in.txt" > "$work/out.txt"
node -e '
const fs = require("fs");
const ins = fs.readFileSync(process.argv[1], "utf8").trim().split("\n").map((l) => JSON.parse(l));
const outs = fs.readFileSync(process.argv[2], "utf8").trim().split("\n").map((l) => JSON.parse(l));
fs.writeFileSync(process.argv[3], "[\n" + ins.map((v, i) => JSON.stringify({ in: v, ...outs[i] })).join(",\n") + "\n]\n");
' "$work/in.txt" "$work/out.txt" "$root/test/k8s/quantity.recorded.json"
echo "recorded $(grep -c '"in"' "$root/test/k8s/quantity.recorded.json") quantities"
