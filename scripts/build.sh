#!/usr/bin/env bash
# Build the standalone Amanat (dist/amanat/, started by dist/amanat/amanat) with PyInstaller and build.spec,
# then prove it runs: `--version`, and `self-test` (a throwaway vault, search, a sealed bundle, the window
# rendered offscreen). Prints the folder's size. Run from anywhere; uses the project's .venv.
#
#     scripts/build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
umask 077

python=.venv/bin/python
max_megabytes=150

# Qt's X11 and Wayland platform plugins need a few libraries that a minimal build machine lacks; when they
# are here, PyInstaller puts them in the bundle, so the program also starts on desktops that lack them.
# Installed only when we may (root, Debian or Ubuntu); the build works without them.
desktop_libraries=(libxcb-icccm4 libxcb-keysyms1 libwayland-cursor0 libwayland-egl1)
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null && command -v dpkg-query >/dev/null; then
  missing=()
  for package in "${desktop_libraries[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null || echo "build.sh: could not install ${missing[*]}; building without them" >&2
  fi
fi

"$python" -c "import PyInstaller" 2>/dev/null || .venv/bin/pip install -q 'pyinstaller>=6'

started=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN build.spec
echo "build.sh: built dist/amanat in $(( $(date +%s) - started )) s"

dist/amanat/amanat --version
QT_QPA_PLATFORM=offscreen dist/amanat/amanat self-test

# Every Qt platform plugin must find the libraries it links to, in the bundle or on this machine.
for plugin in dist/amanat/_internal/PySide6/Qt/plugins/platforms/*.so; do
  if LD_LIBRARY_PATH=dist/amanat/_internal ldd "$plugin" | grep "not found"; then
    echo "build.sh: warning: $(basename "$plugin") lacks the libraries above (install them and build again)" >&2
  fi
done

bytes=$(du -sb dist/amanat | cut -f1)
megabytes=$(( bytes / 1000000 ))
echo "build.sh: dist/amanat is ${megabytes} MB ($(du -sh dist/amanat | cut -f1)iB), $(find dist/amanat -type f | wc -l) files"
if [ "$megabytes" -ge "$max_megabytes" ]; then
  echo "build.sh: dist/amanat is over ${max_megabytes} MB" >&2
  exit 1
fi
