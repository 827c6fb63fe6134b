#!/usr/bin/env bash
# setup.sh — the one set-up script behind README's two commands.
#
#   ./setup.sh hello   install what is missing, build, then compile and run samples/hello.go
#   ./setup.sh test    install what is missing, build, then run every test (ctest)
#   ./setup.sh build   install what is missing and build only
#
# It installs the Debian packages the project needs (apt-get update first, only when
# something is missing), configures build/ with CMake and Ninja the first time, and
# builds incrementally. Safe to run again: it redoes only what is needed.
set -euo pipefail

cd "$(dirname "$0")"
root=$(pwd)
build=${MINIGO_BUILD_DIR:-$root/build}

packages=(
  g++ cmake ninja-build pkg-config python3
  llvm-16-dev llvm-16-tools            # LLVM 16 (code generation) and FileCheck (IR tests)
  libboost-context-dev                 # goroutine switches
  libgtest-dev libbenchmark-dev        # unit tests, micro-benchmarks
  libgmp-dev libmpfr-dev libicu-dev    # exact constants, float rounding, Unicode classes
  libxxhash-dev                        # map key hashing in the runtime
  libmimalloc-dev libgc-dev            # allocators the allocation benchmark compares with
)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return
  fi
  echo "setup: installing ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo=sudo
  fi
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
  if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
  fi
  cmake --build "$build"
}

cmd=${1:-build}
case "$cmd" in
  build)
    install_missing
    build
    ;;
  hello)
    install_missing
    build
    "$build/bin/minigo" run "$root/samples/hello.go"
    ;;
  test)
    install_missing
    build
    ctest --test-dir "$build" --output-on-failure -j "$(nproc)"
    ;;
  *)
    echo "usage: ./setup.sh [build|hello|test]" >&2
    exit 2
    ;;
esac
