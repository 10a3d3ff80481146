#!/bin/sh
# Use kinject as a Helm post-renderer: Helm pipes the rendered chart through it.
#   helm install shop ./chart --post-renderer ./examples/helm-post-renderer.sh
# Extra kinject flags go after the script (Helm: --post-renderer-args), e.g. --native-sidecars.
# Reports go to stderr, which Helm shows; a failed injection fails the install and applies nothing.
exec node "$(dirname "$0")/../dist/cli/kinject.js" -q "$@"
