#!/usr/bin/env bash
# The C host programs of capi/host_programs.txt (the examples and the ABI checks) on the cross
# targets (docs/platforms.md, docs/embedding.md):
#   - aarch64-unknown-linux-gnu: built with aarch64-linux-gnu-gcc and clang-19
#     --target=aarch64-linux-gnu against the aarch64 libcopperhead.a and libcopperhead.so, run
#     under qemu-aarch64;
#   - x86_64-pc-windows-gnu: built with x86_64-w64-mingw32-gcc and clang-19
#     --target=x86_64-w64-windows-gnu against libcopperhead.a (linked -static) and
#     copperhead.dll (import library; the DLL copied beside the .exe), run under wine.
# Each run's stdout (carriage returns dropped) must equal the expected output. For the triples
# that cannot run here:
#   - x86_64/aarch64-apple-darwin: libcopperhead.a built, every program compiled and linked
#     with `zig cc` (clang with Zig's libSystem stubs, from the venv install.sh makes), not run;
#   - x86_64/i686/aarch64-pc-windows-msvc: copperhead.lib built (a static library needs no
#     linker), the header compiled for the triple with clang-19 (-ffreestanding: there is no
#     Windows SDK here, so nothing links).
# Called by tests/cross/run.sh after install.sh (with --no-install); alone it installs what it
# needs.
# Writes its summary rows to target/cross-host-summary.md. PARTS (default "run apple msvc")
# picks the parts: run = aarch64 Linux and x86_64 Windows, apple, msvc.
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
parts=" ${PARTS:-run apple msvc} "

if [[ $parts == *" run "* ]]; then
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
fi

# The static library alone (no linker needed) for a triple nothing here can link for.
staticlib() {
  RUSTFLAGS="" cargo rustc -q -p copperhead-capi --crate-type staticlib --target "$1" \
    --target-dir target/capi
}

zig=("$HOME/.venv-copperhead-zig/bin/python" -m ziglang cc)
apple=""
[[ $parts == *" apple "* ]] && apple="x86_64-apple-darwin aarch64-apple-darwin"
msvc=""
[[ $parts == *" msvc "* ]] && msvc="x86_64-pc-windows-msvc i686-pc-windows-msvc aarch64-pc-windows-msvc"
for target in $apple; do
  t0=$SECONDS n=0 dir="$out/$target"
  mkdir -p "$dir"
  staticlib "$target"
  while read -r name src _; do
    [[ -z $name || $name == \#* ]] && continue
    if ! "${zig[@]}" -target "${target%%-*}-macos" "${cflags[@]}" "$src" -o "$dir/$name" \
      "target/capi/$target/debug/libcopperhead.a" -lSystem -lc -lm >"$dir/$name.build" 2>&1; then
      cat "$dir/$name.build"
      echo "FAILED: $target: zig cc cannot build $name"
      exit 1
    fi
    n=$((n + 1))
  done <capi/host_programs.txt
  rows+=("| $target | C host programs: libcopperhead.a built, $n programs linked (zig cc), not run | ok | $((SECONDS - t0)) s |")
  echo "ok: $target: $n host programs linked"
done

for target in $msvc; do
  t0=$SECONDS
  staticlib "$target"
  test -f "target/capi/$target/debug/copperhead.lib"
  for lang in "c -std=c99" "c++ -std=c++17"; do
    # shellcheck disable=SC2086 # "-x LANG -std=..."
    if ! printf '#include <copperhead.h>\nint main(void) { ch_options o; ch_options_init(&o); return (int)o.tiers - 7; }\n' |
      "$clang" --target="$target" -ffreestanding -x $lang -Wall -Wextra -Werror -pedantic \
        -fsyntax-only -Iinclude -; then
      echo "FAILED: $target: copperhead.h does not compile as $lang"
      exit 1
    fi
  done
  rows+=("| $target | C library: copperhead.lib built; header compiled as C99 and C++17 (clang-19) | ok | $((SECONDS - t0)) s |")
  echo "ok: $target: copperhead.lib, header"
done

printf '%s\n' "${rows[@]}" | tee target/cross-host-summary.md
