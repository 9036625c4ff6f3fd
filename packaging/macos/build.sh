#!/usr/bin/env bash
# Build Workshop App for macOS: the .app (packaging/workshop_app.spec), its smoke test, and
# a .dmg holding it beside a link to Applications. Run on a Mac with Python 3.11:
#   bash packaging/macos/build.sh [--skip-smoke-test]
# Writes "dist/Workshop App.app" and dist/installers/WorkshopApp-<version>.dmg.
# Not run on the project's own machine (Linux): .github/workflows/installers.yml runs it.
# The app is signed ad hoc only (no Apple Developer ID, no notarisation): docs/install.md
# says how to open it the first time.
set -euo pipefail
cd "$(dirname "$0")/../.."
version="$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)"
python="${PYTHON:-python3.11}"
command -v "$python" >/dev/null || python=python3

[ -x .venv-dist/bin/python ] || "$python" -m venv .venv-dist
.venv-dist/bin/python -m pip install -q --disable-pip-version-check -e '.[dist]'
.venv-dist/bin/python -m PyInstaller --noconfirm --log-level WARN --distpath dist \
    --workpath build/pyinstaller packaging/workshop_app.spec

app="dist/Workshop App.app"
if [ "${1:-}" != "--skip-smoke-test" ]; then
    bash packaging/smoke_test.sh "$app"
fi

mkdir -p dist/installers
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
dmg="dist/installers/WorkshopApp-$version.dmg"
hdiutil create -volname "Workshop App $version" -srcfolder "$staging" -ov -format UDZO "$dmg"
echo "build: $dmg"
