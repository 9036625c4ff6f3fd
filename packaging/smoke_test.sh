#!/usr/bin/env bash
# The bundle's smoke test (`.ci/run` runs it after `make dist`): the bundle's executable in
# a clean environment (no Python on the path, no virtual environment, no PYTHONPATH, an
# empty home) prints its version, adds the demo, exports it (PDF, Word, JSON and back, Spanish),
# renders a block of the room view, and opens and closes its window offscreen.
#
#   bash packaging/smoke_test.sh [BUNDLE]   (default: dist/workshop-app; on macOS the .app)
#
# Ends with "smoke: N passed, M failed"; exits non-zero when any check failed.
set -uo pipefail  # not -e: every check runs, and each says how it went
cd "$(dirname "$0")/.."
bundle="$(cd "${1:-dist/workshop-app}" && pwd)" || exit 2
exe="$bundle/workshop-app-cli.exe"  # Windows: the app's twin with a console, which prints
[ -f "$exe" ] || exe="$bundle/Contents/MacOS/workshop-app"  # macOS: the .app
[ -f "$exe" ] || exe="$bundle/workshop-app"
version="$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

# The clean environment: a desktop session's UTF-8 locale (without one Qt says it switched
# to C.UTF-8); on Windows, the two variables any Windows program needs.
clean=(HOME="$tmp" PATH=/usr/bin:/bin)
case "$(uname -s)" in
    Linux) clean+=(LANG=C.UTF-8) ;;
    Darwin) clean+=(LANG=en_US.UTF-8) ;;
    MINGW* | MSYS* | CYGWIN*) clean+=(SYSTEMROOT="${SYSTEMROOT:-}" WINDIR="${WINDIR:-}") ;;
esac
limit=()  # at most two minutes a run, where coreutils' timeout exists (not on macOS;
# the ${limit[@]+…} below is for its bash 3.2, where an empty array is "unbound")
command -v timeout >/dev/null && limit=(timeout 120)
app() { ${limit[@]+"${limit[@]}"} env -i "${clean[@]}" "$exe" "$@"; }

check() {  # check NAME COMMAND...: run it, say ok or FAILED with what it printed
    local name="$1"
    shift
    local started=$SECONDS
    if "$@" >"$tmp/out" 2>&1; then
        passed=$((passed + 1))
        echo "smoke: ok      $name ($((SECONDS - started)) s)"
    else
        failed=$((failed + 1))
        echo "smoke: FAILED  $name"
        sed 's/^/    /' "$tmp/out" | tail -20
    fi
}

prints_version() { [ "$(app --version | tr -d '\r')" = "workshop-app $version" ]; }
adds_demo() { app demo --db "$tmp/x.sqlite3" && [ -s "$tmp/x.sqlite3" ]; }
kickoff() { app list --db "$tmp/x.sqlite3" | sed -n 's/.*Kick-off.*\[\(.*\)\].*/\1/p'; }
exports() {  # exports FORMAT FILE MAGIC
    app export "$(kickoff)" --db "$tmp/x.sqlite3" --format "$1" -o "$tmp/$2" &&
        [ "$(head -c ${#3} "$tmp/$2")" = "$3" ]
}
speaks_spanish() {  # the bundle carries the catalogs: a Spanish summary has Spanish headings
    app export "$(kickoff)" --db "$tmp/x.sqlite3" --format md --lang es -o "$tmp/resumen.md" &&
        grep -q "^## Decisiones" "$tmp/resumen.md"
}
imports_json() { app import "$tmp/summary.json" --db "$tmp/y.sqlite3" | grep -q "^Imported"; }
renders() {
    app render "$(kickoff)" --block 3 --db "$tmp/x.sqlite3" -o "$tmp/room.png" &&
        [ "$(head -c 4 "$tmp/room.png" | tail -c 3)" = "PNG" ]
}
opens_window() {
    ${limit[@]+"${limit[@]}"} env -i "${clean[@]}" QT_QPA_PLATFORM=offscreen WORKSHOP_APP_QUIT_WHEN_READY=1 \
        "$exe" --db "$tmp/x.sqlite3" >"$tmp/window" &&
        grep -q "window shown and built" "$tmp/window"
}
leaves_out_unused_qt() {  # the spec's exclusions hold (no Qt Quick, WebEngine, Network)
    # (Linux and Windows name them Qt6Quick…, macOS QtQuick.framework.)
    ! find "$bundle/" \( -name '*Qt6Quick*' -o -name '*Qt6WebEngine*' -o -name '*Qt6Qml*' \
        -o -name '*Qt6Network*' -o -name '*Qt6Multimedia*' -o -name '*Qt63D*' \
        -o -name 'QtQuick.framework' -o -name 'QtQml.framework' -o -name 'QtWebEngine*' \
        -o -name 'QtNetwork.framework' -o -name 'QtMultimedia.framework' \) | grep .
}

installs_for_a_user() {  # install.sh into an empty home, run from there, then remove it
    [ -x "$bundle/install.sh" ] || return 0  # the Windows and macOS bundles have installers
    env -i HOME="$tmp/home" PATH=/usr/bin:/bin sh "$bundle/install.sh" &&
        [ "$(env -i HOME="$tmp/home" "$tmp/home/.local/bin/workshop-app" --version)" = \
            "workshop-app $version" ] &&
        { ! command -v desktop-file-validate >/dev/null ||
            desktop-file-validate "$tmp/home/.local/share/applications/workshop-app.desktop"; } &&
        env -i HOME="$tmp/home" PATH=/usr/bin:/bin sh "$bundle/install.sh" --uninstall &&
        [ ! -e "$tmp/home/.local/opt/workshop-app" ]
}

check "--version prints workshop-app $version" prints_version
check "demo adds the demo collaboration" adds_demo
check "export --format pdf" exports pdf summary.pdf "%PDF"
check "export --format docx" exports docx summary.docx "PK"
check "export --format json, then import into a new database" \
    eval 'exports json summary.json "{" && imports_json'
check "export --lang es writes a summary in Spanish" speaks_spanish
check "render a block of the room view as PNG" renders
check "the window opens, builds its screens and closes (offscreen)" opens_window
check "no unused Qt module in the bundle" leaves_out_unused_qt
check "install.sh installs it for a user (menu entry, icon, command) and removes it" \
    installs_for_a_user

echo "smoke: bundle $(du -sh "$bundle" | cut -f1) in $bundle"
echo "smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
