#!/bin/sh
# Install or remove tomwizard's menu entry, icons and the .tomw file type for the current user
# (XDG folders below ${XDG_DATA_HOME:-~/.local/share}; no root needed).
#   install-desktop.sh install [EXECUTABLE]   (default: the bundle's tomwizard beside this folder)
#   install-desktop.sh uninstall
# Used by `make install-desktop` (EXECUTABLE = the venv's tomwizard) and shipped in the bundle as
# dist/tomwizard/desktop/install-desktop.sh.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
config=${XDG_CONFIG_HOME:-$HOME/.config}
mime_type=application/x-tomwizard
desktop_id=tomwizard.desktop

refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$data/mime" >/dev/null 2>&1 || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database "$data/applications" >/dev/null 2>&1 || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$data/icons/hicolor" >/dev/null 2>&1 || true
    fi
}

case "${1:-}" in
install)
    exe=${2:-$here/../tomwizard}
    if [ ! -x "$exe" ]; then
        echo "install-desktop: $exe ist kein ausführbares Programm" >&2
        exit 2
    fi
    exe=$(cd "$(dirname "$exe")" && pwd)/$(basename "$exe")
    # Exec quoting (Desktop Entry Specification): inside "…", escape " ` $ and \ with a backslash;
    # in the .desktop file's string syntax every backslash is doubled once more.
    quoted=$(printf '%s' "$exe" | sed -e 's/[\\"`$]/\\\\&/g')
    mkdir -p "$data/applications" "$data/mime/packages"
    sed -e "s|@EXEC@|\"$(printf '%s' "$quoted" | sed -e 's/[|&\\]/\\&/g')\"|" \
        "$here/tomwizard.desktop.in" >"$data/applications/$desktop_id"
    cp "$here/tomwizard-mime.xml" "$data/mime/packages/tomwizard.xml"
    (cd "$here/icons" && find hicolor -type f) | while read -r icon; do
        mkdir -p "$data/icons/$(dirname "$icon")"
        cp "$here/icons/$icon" "$data/icons/$icon"
    done
    refresh
    if command -v xdg-mime >/dev/null 2>&1; then
        xdg-mime default "$desktop_id" "$mime_type"
    else
        # what xdg-mime does on a desktop without its own tool: the user's mimeapps.list
        mkdir -p "$config"
        printf '[Default Applications]\n%s=%s\n' "$mime_type" "$desktop_id" >>"$config/mimeapps.list"
    fi
    echo "tomwizard im Menü eingetragen; .tomw-Dateien öffnen mit $exe"
    ;;
uninstall)
    rm -f "$data/applications/$desktop_id" "$data/mime/packages/tomwizard.xml"
    (cd "$here/icons" && find hicolor -type f) | while read -r icon; do
        rm -f "$data/icons/$icon"
    done
    for list in "$config/mimeapps.list" "$data/applications/mimeapps.list"; do
        if [ -f "$list" ]; then
            sed -i -e "\|^$mime_type=$desktop_id;\{0,1\}\$|d" "$list"
        fi
    done
    refresh
    echo "tomwizard aus dem Menü entfernt"
    ;;
*)
    echo "Aufruf: $0 install [PROGRAMM] | uninstall" >&2
    exit 2
    ;;
esac
