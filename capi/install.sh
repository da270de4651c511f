#!/usr/bin/env bash
# Builds the C library in release mode and installs it under PREFIX (default /usr/local):
#   PREFIX/include/copperhead.h, PREFIX/lib/libcopperhead.{a,so}, PREFIX/lib/pkgconfig/copperhead.pc
# Then: cc host.c $(pkg-config --cflags --libs copperhead)           (shared)
#       cc host.c $(pkg-config --cflags --libs --static copperhead)  (static: add -static-libgcc
#       or link libcopperhead.a by path to prefer it over the .so)
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:-${PREFIX:-/usr/local}}"
# Built apart from the workspace's target with an empty RUSTFLAGS: the workspace links the
# `copperhead` command statically (.cargo/config.toml), and crt-static cannot make a .so.
RUSTFLAGS="" cargo build --release -p copperhead-capi --target-dir target/capi
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
install -d "$prefix/include" "$prefix/lib/pkgconfig"
install -m 644 include/copperhead.h "$prefix/include/"
install -m 644 target/capi/release/libcopperhead.a "$prefix/lib/"
install -m 755 target/capi/release/libcopperhead.so "$prefix/lib/"
sed -e "s|@PREFIX@|$prefix|" -e "s|@INCLUDEDIR@|\${prefix}/include|" \
    -e "s|@LIBDIR@|\${prefix}/lib|" -e "s|@VERSION@|$version|" \
    capi/copperhead.pc.in > "$prefix/lib/pkgconfig/copperhead.pc"
echo "installed copperhead $version under $prefix"
