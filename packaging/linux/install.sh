#!/usr/bin/env sh
# Install Workshop App for this user from the folder this script is in (the bundle that
# `make dist` builds: dist/workshop-app), or remove it with --uninstall. No root needed:
#   ~/.local/opt/workshop-app/           the app
#   ~/.local/bin/workshop-app            the command (a link)
#   ~/.local/share/applications/         the menu entry (workshop-app.desktop)
#   ~/.local/share/icons/hicolor/…/apps/ its icon
# Your workshops are not touched by either: they live in ~/.local/share/WorkshopApp/.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$HOME/.local/opt/workshop-app"
bin="$HOME/.local/bin"
sizes="16 24 32 48 64 128 256 512"

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$opt" "$bin/workshop-app" "$data/applications/workshop-app.desktop"
    for size in $sizes; do rm -f "$data/icons/hicolor/${size}x$size/apps/workshop-app.png"; done
    rm -f "$data/icons/hicolor/scalable/apps/workshop-app.svg"
    echo "Workshop App is removed (your workshops are still in $data/WorkshopApp)."
    exit 0
fi

[ -x "$here/workshop-app" ] || { echo "Run this script from the Workshop App folder." >&2; exit 1; }
icons="$here/_internal/resources/app"
[ -d "$icons" ] || icons="$here/_internal/workshop_app/_resources/app"
mkdir -p "$opt" "$bin" "$data/applications" "$data/icons/hicolor/scalable/apps"
if [ "$here" != "$opt" ]; then
    rm -rf "$opt"
    cp -a "$here" "$opt"
fi
ln -sf "$opt/workshop-app" "$bin/workshop-app"
for size in $sizes; do
    mkdir -p "$data/icons/hicolor/${size}x$size/apps"
    cp "$icons/workshop-app-$size.png" "$data/icons/hicolor/${size}x$size/apps/workshop-app.png"
done
cp "$icons/workshop-app.svg" "$data/icons/hicolor/scalable/apps/workshop-app.svg"
sed "s|^Exec=.*|Exec=$opt/workshop-app|" "$here/workshop-app.desktop" \
    >"$data/applications/workshop-app.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
echo "Workshop App $("$opt/workshop-app" --version | cut -d' ' -f2) is installed: find it in your"
echo "applications menu, or run workshop-app (in $bin)."
