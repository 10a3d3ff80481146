#!/usr/bin/env bash
# Re-record the template corpus (test/template/cases/*.json) with Go's text/template + sprig.
#
#   scripts/record-template-cases.sh                                  # every case file
#   scripts/record-template-cases.sh test/template/cases/range.json   # only these files
#
# Needs Go and sprig (Debian: apt-get install golang-go golang-github-masterminds-sprig-dev).
# Builds the oracle (test/template/oracle/main.go) in GOPATH mode, renders every case that is
# not marked "oracle": "none", and writes Go's `output` or `error` back beside each case.
# Review the git diff afterwards: a changed recording is a change in what Go does.
#
# To add a case, append {"name": "unique-name", "template": "...", "data": ...} (optional:
# "option", "funcs": "sprig", "note") to a case file and run this script. A construct Go 1.19
# lacks gets "oracle": "none" and, only when Go's docs or source justify it, a hand-written
# "output"/"error" with a "note" saying where it comes from.
set -euo pipefail
cd "$(dirname "$0")/.."
# tsc emits even when unrelated files have type errors; the recorder only needs its own files.
npx tsc -p . >/dev/null || true
node dist/test/template/support/record.js "$@"
