#!/usr/bin/env bash
# Installs what the cross tests need, idempotently: rustup targets, Debian cross toolchains,
# qemu-user, wine and its bcryptprimitives shim, clang-19 for the C host programs built with
# clang for aarch64 Linux and x86_64 Windows (see docs/platforms.md).
set -euo pipefail
cd "$(dirname "$0")/../.."

targets="aarch64-unknown-linux-gnu aarch64-apple-darwin x86_64-apple-darwin x86_64-pc-windows-msvc
  i686-pc-windows-msvc aarch64-pc-windows-msvc x86_64-pc-windows-gnu i686-unknown-linux-gnu
  x86_64-unknown-none"
installed=$(rustup target list --installed)
missing=""
for t in $targets; do
  grep -qx "$t" <<<"$installed" || missing="$missing $t"
done
[ -z "$missing" ] || rustup target add $missing

# Debian packages (no gcc-multilib: it removes the aarch64 cross gcc).
pkgs="qemu-user gcc-aarch64-linux-gnu libc6-dev-arm64-cross gcc-mingw-w64-x86-64
  wine wine64 libc6-dev-i386 lib32gcc-12-dev clang-19"
need=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need="$need $p"
done
if [ -n "$need" ]; then
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
    --no-install-recommends $need >/dev/null
fi

# Wine: a prefix, plus the shim for bcryptprimitives.dll that wine 8 lacks (every Rust std
# .exe imports ProcessPrng from it and exits with code 53 without it).
export WINEPREFIX="${WINEPREFIX:-$HOME/.wine-copperhead}"
export WINEDEBUG=-all
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  wineboot --init >/dev/null 2>&1 || true
  wineserver -w || true
fi
shim="$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"
if [ ! -f "$shim" ]; then
  d=$(mktemp -d)
  cat >"$d/shim.c" <<'C'
#include <windows.h>
#include <ntsecapi.h>
BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
  while (len > 0) {
    ULONG n = len > 0x10000000 ? 0x10000000 : (ULONG)len;
    if (!RtlGenRandom(data, n)) return FALSE;
    data += n; len -= n;
  }
  return TRUE;
}
C
  printf 'LIBRARY bcryptprimitives.dll\nEXPORTS\nProcessPrng\n' >"$d/shim.def"
  x86_64-w64-mingw32-gcc -shared -O2 -o "$d/bcryptprimitives.dll" "$d/shim.c" "$d/shim.def" -ladvapi32
  cp "$d/bcryptprimitives.dll" "$shim"
  rm -rf "$d"
fi
# Zig (from PyPI) supplies libSystem stubs so cargo-zigbuild can link Apple binaries here.
venv="$HOME/.venv-copperhead-zig"
if [ ! -x "$venv/bin/cargo-zigbuild" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q ziglang cargo-zigbuild
fi
echo "cross tools installed (WINEPREFIX=$WINEPREFIX)"
