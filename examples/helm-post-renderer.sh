#!/bin/sh
# Use kinject as a Helm 3 post-renderer: Helm pipes the rendered chart through it.
#   helm install shop examples/chart --post-renderer ./examples/helm-post-renderer.sh
# Extra kinject flags go after the script (Helm: --post-renderer-args), e.g. --native-sidecars.
# Reports go to stderr, which Helm shows; a failed injection fails the install and applies nothing.
# It runs the kinject on PATH (npm install -g kinject), else this checkout's build.
# (Helm 4 takes a plugin name instead: see examples/helm-plugin.)
if command -v kinject >/dev/null 2>&1; then exec kinject -q "$@"; fi
exec node "$(dirname "$0")/../dist/cli/kinject.js" -q "$@"
