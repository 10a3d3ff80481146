#!/bin/sh
# Records test/k8s/strategic-merge.recorded.json from the real apimachinery strategicpatch.
# Needs Go and a checkout of kubernetes/apimachinery at v0.36.1 ($APIMACHINERY, a bare git
# repository is fine). The oracle module is assembled in a temporary folder: the
# strategicpatch, mergepatch and forked-json packages as they are upstream, minus the
# OpenAPI lookup (meta.go up to PatchMetaFromOpenAPIV3) which needs kube-openapi, plus
# two tiny stubs for util/json and unstructured.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
src=${APIMACHINERY:-/work/.mirror/kubernetes+apimachinery/repo}
tag=v0.36.1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
show() { git -C "$src" show "$tag:$1"; }
mkdir -p "$work/pkg/util/strategicpatch" "$work/pkg/util/mergepatch" "$work/third_party/forked/golang/json" \
  "$work/pkg/util/json" "$work/pkg/apis/meta/v1/unstructured" "$work/cmd/oracle"
printf 'module k8s.io/apimachinery\n\ngo 1.19\n' > "$work/go.mod"
show pkg/util/strategicpatch/patch.go > "$work/pkg/util/strategicpatch/patch.go"
show pkg/util/strategicpatch/errors.go > "$work/pkg/util/strategicpatch/errors.go"
show pkg/util/strategicpatch/meta.go | sed -n '1,/^type PatchMetaFromOpenAPIV3 struct/p' | sed '$d' \
  | grep -v 'kube-openapi' | grep -v '^	"strings"$' > "$work/pkg/util/strategicpatch/meta.go"
show pkg/util/mergepatch/errors.go > "$work/pkg/util/mergepatch/errors.go"
show third_party/forked/golang/json/fields.go > "$work/third_party/forked/golang/json/fields.go"
cat > "$work/pkg/util/mergepatch/util.go" <<'GO'
package mergepatch

import "fmt"

type PreconditionFunc func(interface{}) bool

func ToYAMLOrError(v interface{}) string { return fmt.Sprint(v) }
GO
cat > "$work/pkg/util/json/json.go" <<'GO'
package json

import "encoding/json"

func Unmarshal(data []byte, v interface{}) error { return json.Unmarshal(data, v) }
func Marshal(v interface{}) ([]byte, error)      { return json.Marshal(v) }
GO
printf 'package unstructured\n\ntype Unstructured struct{}\n' > "$work/pkg/apis/meta/v1/unstructured/u.go"
cp "$here/main.go" "$work/cmd/oracle/main.go"
(cd "$work" && GOFLAGS=-mod=mod GOPROXY=off go build -o "$work/oracle" ./cmd/oracle)
node "$here/gen-cases.mjs" > "$work/cases.json"
"$work/oracle" < "$work/cases.json" > "$work/outcomes.json"
node -e '
const fs = require("fs");
const cases = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
const outcomes = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const recorded = cases.map((c, i) => ({ ...c, ...outcomes[i] }));
fs.writeFileSync(process.argv[3], "[\n" + recorded.map((r) => JSON.stringify(r)).join(",\n") + "\n]\n");
' "$work/cases.json" "$work/outcomes.json" "$root/test/k8s/strategic-merge.recorded.json"
echo "recorded $(node -e 'console.log(require(process.argv[1]).length)' "$root/test/k8s/strategic-merge.recorded.json") cases"
