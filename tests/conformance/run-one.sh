#!/usr/bin/env bash
# Runs one program of the shared conformance suite through its own runner:
#   run-one.sh ATHANOR CONFORMANCE_DIR NAME
# by giving run.sh a private directory that holds only NAME's files, so the runner's
# checks (stdout byte for byte, exit code, rejection) apply unchanged.
set -u
athanor=$1
dir=$2
name=$3
if [ ! -f "$dir/$name.exs" ]; then
  echo "conformance program $dir/$name.exs not found" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for ext in exs out code err; do
  [ -f "$dir/$name.$ext" ] && cp "$dir/$name.$ext" "$work/"
done
cp "$dir/run.sh" "$work/run.sh"
"$work/run.sh" "$athanor run" "$work"
