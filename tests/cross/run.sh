#!/usr/bin/env bash
# Cross tests for the JIT's platform layer and stencils (docs/platforms.md):
#   - installs what it needs (tests/cross/install.sh: rustup targets, Debian cross tools, wine);
#   - checks the stencil tables are what the generator makes now (it builds the core for the
#     seven triples into target/stencils first);
#   - runs the platform smoke tests and the stencil programs natively (x86_64 Linux, i686
#     Linux), under qemu-aarch64 (aarch64 Linux) and under wine (x86_64-pc-windows-gnu);
#   - builds and runs the C host programs for aarch64 Linux and x86_64 Windows with gcc and clang
#     (tests/cross/host_programs.sh);
#   - links the Apple platform tests (cargo-zigbuild), type-checks the facade for Apple and MSVC.
# Prints a summary table at the end (also written to target/cross-summary.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
export CARGO_TERM_COLOR=never
bash tests/cross/install.sh
export WINEPREFIX="${WINEPREFIX:-$HOME/.wine-copperhead}"
export WINEDEBUG=-all,err+module

summary=()
log=$(mktemp)

# Runs a cargo test command; fails unless at least one test ran and none failed (a runner that
# cannot start the binary may otherwise report "0 passed").
tests() {
  local target=$1 what=$2
  shift 2
  local t0=$SECONDS
  if ! "$@" >"$log" 2>&1; then
    cat "$log"
    echo "FAILED: $target: $what"
    exit 1
  fi
  local passed
  passed=$(grep -Eo 'test result: ok\. [0-9]+ passed' "$log" | awk '{s += $4} END {print s + 0}')
  if [ "$passed" -eq 0 ]; then
    cat "$log"
    echo "FAILED: $target: $what ran no test"
    exit 1
  fi
  summary+=("| $target | $what | $passed tests passed | $((SECONDS - t0)) s |")
  echo "ok: $target: $what ($passed tests)"
}

checks() {
  local target=$1 what=$2
  shift 2
  local t0=$SECONDS
  if ! "$@" >"$log" 2>&1; then
    cat "$log"
    echo "FAILED: $target: $what"
    exit 1
  fi
  summary+=("| $target | $what | ok | $((SECONDS - t0)) s |")
  echo "ok: $target: $what"
}

checks "all seven" "stencil tables regenerate identically" \
  cargo run -q -p copperhead-stencil-gen -- --check
tests x86_64-unknown-linux-gnu "platform smoke + Linux, Apple, Windows x86-64 stencils (natively)" \
  cargo test -p copperhead-platform-linux
tests i686-unknown-linux-gnu "platform smoke + i686 Windows stencils, fastcall (natively)" \
  cargo test -p copperhead-platform-linux --target i686-unknown-linux-gnu
tests aarch64-unknown-linux-gnu "platform smoke + Linux, Apple, Windows AArch64 stencils (qemu-aarch64)" \
  cargo test -p copperhead-platform-linux --target aarch64-unknown-linux-gnu
tests x86_64-pc-windows-gnu "VirtualAlloc smoke + Windows x86-64 stencils (wine)" \
  cargo test -p copperhead-platform-windows --target x86_64-pc-windows-gnu
# ---- Micro-op stencils (the JIT side of the same sequences runs inside each platform test
# above, through selftest::run): the micro-op interpreter and the refused-memory path. ----
tests x86_64-unknown-linux-gnu "micro-op interpreter sequences + refused executable memory" \
  cargo test -p copperhead-core --test jit_uops
tests aarch64-unknown-linux-gnu "micro-op interpreter sequences (qemu-aarch64)" \
  cargo test -p copperhead-core --test jit_uops --target aarch64-unknown-linux-gnu
# ---- end of micro-op stencils ----
# ---- C host programs (embedding): aarch64 Linux under qemu, x86_64 Windows under wine, each
# with gcc and clang, static and shared library. Kept in its own script (runs alone too).
if bash tests/cross/host_programs.sh --no-install >"$log" 2>&1; then
  grep '^ok:' "$log"
  mapfile -t host_rows <target/cross-host-summary.md
  summary+=("${host_rows[@]}")
else
  cat "$log"
  echo "FAILED: C host programs (tests/cross/host_programs.sh)"
  exit 1
fi
# ---- end C host programs
# Apple: the platform crate's tests link (cargo-zigbuild: Zig's libSystem stubs) but cannot run;
# the facade (library and CLI) type-checks. MSVC: no linker here; everything type-checks.
export PATH="$HOME/.venv-copperhead-zig/bin:$PATH"
for t in x86_64-apple-darwin aarch64-apple-darwin; do
  checks "$t" "link platform-macos tests (cargo-zigbuild --no-run)" \
    cargo-zigbuild test -p copperhead-platform-macos --no-run --target "$t"
  checks "$t" "cargo check: facade lib + CLI" cargo check -p copperhead --lib --bins --target "$t"
done
for t in x86_64-pc-windows-msvc i686-pc-windows-msvc aarch64-pc-windows-msvc; do
  checks "$t" "cargo check: facade lib + CLI, core" \
    cargo check -p copperhead --lib --bins --target "$t"
  checks "$t" "cargo check: platform-windows tests" \
    cargo check -p copperhead-platform-windows --tests --target "$t"
done
rm -f "$log"

{
  echo "| target | what | result | time |"
  echo "|---|---|---|---|"
  printf '%s\n' "${summary[@]}"
} | tee target/cross-summary.md
