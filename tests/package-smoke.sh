#!/usr/bin/env bash
# ctest package_smoke (label "package"): packs this build tree as the Debian package would be
# packed (CPack DEB, dependencies from dpkg-shlibdeps), unpacks it with dpkg-deb -x into a
# temporary folder, checks that every file a desktop program ships is there, and runs
# `sockscope-cli run --scenario three-clients --summary` from the unpacked tree.
# scripts/package does the same for the Release build, and adds lintian.
# Usage: package-smoke.sh BUILD_DIR
set -euo pipefail
build=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! (cd "$build" && cpack -G DEB -B "$tmp/out") >"$tmp/cpack.log" 2>&1; then
  cat "$tmp/cpack.log"
  echo "package_smoke: cpack failed" >&2
  exit 1
fi
deb=$(ls "$tmp"/out/sockscope_*_amd64.deb)
echo "package_smoke: $(basename "$deb")"
dpkg-deb -x "$deb" "$tmp/root"

missing=0
for f in usr/bin/sockscope usr/bin/sockscope-cli usr/libexec/sockscope/sockscope-cli-main \
  usr/lib/x86_64-linux-gnu/sockscope/libsockscope_preload.so \
  usr/share/applications/io.github.sockscope.SockScope.desktop \
  usr/share/metainfo/io.github.sockscope.SockScope.metainfo.xml \
  usr/share/man/man1/sockscope.1.gz usr/share/man/man1/sockscope-cli.1.gz \
  usr/share/bash-completion/completions/sockscope-cli \
  usr/share/icons/hicolor/scalable/apps/sockscope.svg \
  usr/share/icons/hicolor/16x16/apps/sockscope.png \
  usr/share/icons/hicolor/48x48/apps/sockscope.png \
  usr/share/icons/hicolor/256x256/apps/sockscope.png \
  usr/share/doc/sockscope/copyright usr/share/doc/sockscope/changelog.Debian.gz; do
  if [ ! -e "$tmp/root/$f" ]; then
    echo "package_smoke: the package lacks /$f" >&2
    missing=1
  fi
done
[ "$missing" -eq 0 ] || exit 1

depends=$(dpkg-deb -f "$deb" Depends)
echo "package_smoke: Depends: $depends"
if ! grep -q 'libqt6widgets6' <<<"$depends"; then
  echo "package_smoke: Depends does not name Qt's widgets library (dpkg-shlibdeps)" >&2
  exit 1
fi

summary=$("$tmp/root/usr/bin/sockscope-cli" run --scenario three-clients --summary)
echo "$summary"
if ! grep -q '"clients":3' <<<"$summary"; then
  echo "package_smoke: the unpacked sockscope-cli did not run three clients" >&2
  exit 1
fi
"$tmp/root/usr/bin/sockscope-cli" --version
"$tmp/root/usr/bin/sockscope" --version

# The private preload library lies where the dynamic linker's cache does not look: the package
# has no maintainer scripts calling ldconfig. And the unpacked sockscope-cli finds it.
dpkg-deb -e "$deb" "$tmp/control"
if [ -e "$tmp/control/postinst" ] || [ -e "$tmp/control/postrm" ]; then
  echo "package_smoke: the package has maintainer scripts (ldconfig for a private library?)" >&2
  exit 1
fi
if ! watched=$("$tmp/root/usr/bin/sockscope-cli" watch --summary -- /bin/true 2>&1); then
  echo "$watched"
  echo "package_smoke: the unpacked sockscope-cli cannot watch /bin/true" >&2
  exit 1
fi
if command -v appstreamcli >/dev/null 2>&1; then
  appstreamcli validate --no-net "$tmp"/root/usr/share/metainfo/*.metainfo.xml
fi
echo "package_smoke: the package unpacks and runs"
