#!/usr/bin/env bash
# The C host programs of capi/host_programs.txt (the examples and the ABI checks) on the cross
# targets (docs/platforms.md, docs/embedding.md):
#   - aarch64-unknown-linux-gnu: built with aarch64-linux-gnu-gcc and clang-19
#     --target=aarch64-linux-gnu against the aarch64 libcopperhead.a and libcopperhead.so, run
#     under qemu-aarch64;
#   - x86_64-pc-windows-gnu: built with x86_64-w64-mingw32-gcc and clang-19
#     --target=x86_64-w64-windows-gnu against libcopperhead.a (linked -static) and
#     copperhead.dll (import library; the DLL copied beside the .exe), run under wine.
# Each run's stdout (carriage returns dropped) must equal the expected output. Called by
# tests/cross/run.sh after install.sh (pass --no-install); alone it installs what it needs.
# Writes its summary rows to target/cross-host-summary.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
export CARGO_TERM_COLOR=never
[ "${1:-}" = --no-install ] || bash tests/cross/install.sh
export WINEPREFIX="${WINEPREFIX:-$HOME/.wine-copperhead}"
export WINEDEBUG=-all,err+module

out=target/capi/cross-host
mkdir -p "$out"
rows=()
cflags=(-std=c99 -Wall -Wextra -Werror -pthread -Iinclude)
linux_libs=(-lgcc_s -lutil -lrt -lpthread -lm -ldl -lc)
windows_libs=(-lkernel32 -lntdll -luserenv -lws2_32 -ldbghelp)

# The C library for a target, built apart from the workspace's target (as capi/install.sh:
# the workspace's crt-static flags cannot make a shared library).
library() {
  RUSTFLAGS="" cargo build -q -p copperhead-capi --target "$1" --target-dir target/capi
}

# run_all TARGET LABEL LINKAGE RUNNER... -- CC... : builds every program with CC, runs it with
# RUNNER, compares; one summary row.
run_all() {
  local target=$1 label=$2 linkage=$3
  shift 3
  local runner=()
  while [ "$1" != -- ]; do runner+=("$1"); shift; done
  shift
  local cc=("$@") t0=$SECONDS n=0 dir="$out/$target/$label-$linkage"
  local lib=target/capi/$target/debug libs=()
  mkdir -p "$dir"
  case "$target:$linkage" in
    *linux*:static) libs=("$lib/libcopperhead.a" "${linux_libs[@]}") ;;
    *linux*:shared) libs=("-L$lib" -lcopperhead "-Wl,-rpath,$PWD/$lib") ;;
    *windows*:static) libs=("$lib/libcopperhead.a" "${windows_libs[@]}" -static) ;;
    *windows*:shared) libs=("$lib/libcopperhead.dll.a" -static); cp "$lib/copperhead.dll" "$dir/" ;;
  esac
  local exe=""
  [[ $target == *windows* ]] && exe=.exe
  while read -r name src expected args; do
    [[ -z $name || $name == \#* ]] && continue
    local bin="$dir/$name$exe"
    if ! "${cc[@]}" "${cflags[@]}" "$src" -o "$bin" "${libs[@]}" >"$dir/$name.build" 2>&1; then
      cat "$dir/$name.build"
      echo "FAILED: $target: $label ($linkage) cannot build $name"
      exit 1
    fi
    # shellcheck disable=SC2086 # args: zero or more paths
    if ! "${runner[@]}" "$bin" $args >"$dir/$name.raw" 2>"$dir/$name.err"; then
      cat "$dir/$name.raw" "$dir/$name.err"
      echo "FAILED: $target: $name ($label, $linkage) exited with an error"
      exit 1
    fi
    tr -d '\r' <"$dir/$name.raw" >"$dir/$name.out"
    if ! diff -u "$expected" "$dir/$name.out"; then
      echo "FAILED: $target: $name ($label, $linkage): output differs"
      exit 1
    fi
    n=$((n + 1))
  done <capi/host_programs.txt
  if [ "$n" -eq 0 ]; then
    echo "FAILED: $target: no host program ran"
    exit 1
  fi
  rows+=("| $target | C host programs: $label, $linkage library | $n programs ran, output as expected | $((SECONDS - t0)) s |")
  echo "ok: $target: $n host programs ($label, $linkage)"
}

clang=clang-19
command -v "$clang" >/dev/null || clang=clang

library aarch64-unknown-linux-gnu
qemu=(qemu-aarch64 -L /usr/aarch64-linux-gnu)
for linkage in static shared; do
  run_all aarch64-unknown-linux-gnu gcc "$linkage" "${qemu[@]}" -- aarch64-linux-gnu-gcc
  run_all aarch64-unknown-linux-gnu clang "$linkage" "${qemu[@]}" -- "$clang" --target=aarch64-linux-gnu
done

library x86_64-pc-windows-gnu
for linkage in static shared; do
  run_all x86_64-pc-windows-gnu gcc "$linkage" wine -- x86_64-w64-mingw32-gcc
  run_all x86_64-pc-windows-gnu clang "$linkage" wine -- "$clang" --target=x86_64-w64-windows-gnu
done

printf '%s\n' "${rows[@]}" | tee target/cross-host-summary.md
