#!/usr/bin/env bash
# Installs every Debian 12 package Athanor needs (idempotent).
set -euo pipefail
PKGS="g++ cmake ninja-build pkg-config python3 git ca-certificates \
  antlr4 default-jre-headless libantlr4-runtime-dev uuid-dev \
  llvm-19-dev llvm-19-tools clang-19 lld-19 libclang-rt-19-dev libzstd-dev \
  libcli11-dev libgmp-dev libutf8proc-dev libgtest-dev libgmock-dev"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends $missing
fi
