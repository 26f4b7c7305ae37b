#!/usr/bin/env bash
# Installs what EntityGraph needs on a Debian/Ubuntu machine with the Swift toolchain:
# libxml2 headers (the XML/HTML engine), pkg-config, and the tools that check the
# exports as real consumers read them (Graphviz, xmllint, networkx, igraph, pydot, lxml).
# Idempotent: installs only what is missing; safe to run before every command.
set -euo pipefail

missing_apt=()
pkg-config --exists libxml-2.0 2>/dev/null || missing_apt+=(libxml2-dev)
command -v pkg-config >/dev/null || missing_apt+=(pkg-config)
command -v dot >/dev/null || missing_apt+=(graphviz)
command -v xmllint >/dev/null || missing_apt+=(libxml2-utils)

if [ ${#missing_apt[@]} -gt 0 ]; then
    echo "setup: installing ${missing_apt[*]} (apt-get)" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing_apt[@]}" >/dev/null
fi

python=${PYTHON:-python3}
if command -v "$python" >/dev/null; then
    if ! "$python" -c 'import networkx, igraph, pydot, lxml' 2>/dev/null; then
        echo "setup: installing networkx igraph pydot lxml (pip)" >&2
        "$python" -m pip install -q --disable-pip-version-check networkx igraph pydot lxml
    fi
else
    echo "setup: warning: python3 not found; export checks will be skipped" >&2
fi
