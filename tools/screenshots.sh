#!/usr/bin/env bash
# Writes the README's screenshots to docs/screenshots/: the real app (DesktopApp) on a fresh,
# temporary local supervisor filled with a handful of example tasks (bench/gui/gui_screenshots.cpp),
# each window grabbed to PNG:
#   main-en.png, main-es.png   the main window in English and Spanish (--lang es)
#   main-dark.png              the main window with Settings → Appearance → Dark
#   task-editor.png            the task editor
#   job-running.png, job-failed.png   job windows with output
#   import-preview.png         the import preview of a recipe from tests/data/recipes
#   credentials.png            the credentials dialog
# Light appearance (Fusion with its light palette) unless the name says dark.
#
#   tools/screenshots.sh [BUILD_DIR]     builds gui_screenshots when the build dir lacks it;
#                                        SCREENSHOT_PLATFORM=xvfb renders on Xvfb (xvfb-run)
#                                        instead of Qt's offscreen platform
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}
out=$root/docs/screenshots
program=$build/bin/gui_screenshots

if [ ! -x "$program" ]; then
    cmake --build "$build" --target gui_screenshots
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A private home: no saved profile, window geometry or header state of the user's shows up.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data XDG_CACHE_HOME=$work/home/cache
mkdir -p "$HOME" "$out"

run() {
    if [ "${SCREENSHOT_PLATFORM:-offscreen}" = xvfb ]; then
        xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb "$program" "$@"
    else
        QT_QPA_PLATFORM=offscreen "$program" "$@"
    fi
}

run --data-dir "$work/en" --out "$out" --lang en --appearance light \
    --recipe "$root/tests/data/recipes/task_type-script-check_weather.json"
run --data-dir "$work/es" --out "$out" --lang es --appearance light --main-only
run --data-dir "$work/dark" --out "$out" --lang en --appearance dark --main-only
ls -l "$out"/*.png
