#!/usr/bin/env bash
# Build the standalone Amanat (dist/amanat/, started by dist/amanat/amanat) with PyInstaller and build.spec,
# then prove it runs: `--version`, and `self-test` (a throwaway vault, search, a sealed bundle, the window
# rendered offscreen). Prints the folder's size. Run from anywhere, in a fresh clone too:
#
#     scripts/build.sh                              # creates .venv if needed and says what it installs there
#     scripts/build.sh --install-system-libraries   # also installs Qt's desktop libraries with apt-get
#
# It changes nothing outside the checkout unless asked: without --install-system-libraries it only names the
# system libraries that are missing (the build then works without them, and the program needs them on the
# computer it runs on).
set -euo pipefail
cd "$(dirname "$0")/.."
umask 077

# 150 MB until issue 18: Word documents in and out need python-docx on lxml, whose etree (libxml2 inside) adds
# 5.3 MB after everything else of lxml and python-docx's unpacked template were left out (build.spec): 155 MB.
# The next large saving is Qt's ICU data (libicudata, 31 MB), which needs a filtered ICU data library built here.
max_megabytes=160
install_system_libraries=no
for argument in "$@"; do
  case "$argument" in
    --install-system-libraries) install_system_libraries=yes ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown option $argument (see scripts/build.sh --help)" >&2; exit 2 ;;
  esac
done

# Qt's X11 and Wayland platform plugins need a few libraries that a minimal machine lacks; when they are
# here, PyInstaller puts them in the bundle, so the program also starts on desktops that lack them.
desktop_libraries=(libxcb-icccm4 libxcb-keysyms1 libwayland-cursor0 libwayland-egl1)
if command -v dpkg-query >/dev/null; then
  missing=()
  for package in "${desktop_libraries[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
  done
  if [ "${#missing[@]}" -gt 0 ] && [ "$install_system_libraries" = yes ]; then
    as_root=(env)
    if [ "$(id -u)" != 0 ]; then
      command -v sudo >/dev/null || { echo "build.sh: installing ${missing[*]} needs root or sudo" >&2; exit 1; }
      as_root=(sudo env)
    fi
    echo "build.sh: installing with apt-get: ${missing[*]}" >&2
    "${as_root[@]}" apt-get update -qq
    "${as_root[@]}" DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null
  elif [ "${#missing[@]}" -gt 0 ]; then
    echo "build.sh: not installed: ${missing[*]} (Qt's desktop plugins use them). Building without them;" \
         "to put them in the bundle, run scripts/build.sh --install-system-libraries" >&2
  fi
fi

# The project's own Python environment: made here when the checkout has none.
python=.venv/bin/python
if [ ! -x "$python" ]; then
  python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || {
    echo "build.sh: Amanat needs Python 3.11 or newer as python3" >&2; exit 1; }
  echo "build.sh: creating .venv (python3 -m venv .venv)" >&2
  python3 -m venv .venv
fi
if ! "$python" -c "import importlib.metadata as m; m.version('amanat')" 2>/dev/null; then
  echo "build.sh: installing Amanat and its dependencies into .venv (pip install -e .)" >&2
  "$python" -m pip install -q -e .
fi
if ! "$python" -c "import PyInstaller" 2>/dev/null; then
  echo "build.sh: installing PyInstaller into .venv (pip install 'pyinstaller>=6')" >&2
  "$python" -m pip install -q 'pyinstaller>=6'
fi

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
