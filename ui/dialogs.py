"""Modal dialogs (views): asking for a file, reporting an error.

Kept in one place so that tests can patch them and so that ``smoke`` can run without a modal
dialog ever blocking.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

# Message boxes, processes and the desktop's services load when first used: making their Qt
# classes costs a few ms that no start-up needs.
if TYPE_CHECKING:
    from PySide6.QtCore import QProcess
    from PySide6.QtWidgets import QMessageBox

SUFFIX = ".tomw"


def _filter() -> str:
    return QCoreApplication.translate("dialogs", "tomwizard-Bewertung (*.tomw);;Alle Dateien (*)")


def start_folder(recent: list[Path]) -> Path:
    """Where a file dialog starts: the folder of the file used last, else the documents folder
    (never the working directory, which is the program's own folder when started from a menu
    or from a source checkout)."""
    from PySide6.QtCore import QStandardPaths

    for path in recent:
        if path.parent.is_dir():
            return path.parent
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def ask_new_path(parent: QWidget | None, folder: Path | None = None) -> Path | None:
    """Ask where a new assessment goes (starting in ``folder``); the ``.tomw`` suffix is added
    when missing."""
    from PySide6.QtWidgets import QFileDialog  # ~10 ms to load: on first use, not at start-up

    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("dialogs", "Neue Bewertung anlegen"),
        str((folder or start_folder([])) / f"bewertung{SUFFIX}"),
        _filter(),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


def _recent_folder() -> str:
    """Where the open and merge dialogs start: the folder of the file used last (the open one:
    the customer's file is usually beside it), else the documents folder — not the working
    directory (seen: the source checkout under ``make run``)."""
    from ui import settings

    return str(start_folder(settings.recent_files()))


def ask_open_path(parent: QWidget | None) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("dialogs", "Bewertung öffnen"),
        _recent_folder(),
        _filter(),
    )
    return Path(name) if name else None


def ask_merge_path(parent: QWidget | None) -> Path | None:
    """The file the customer sent back: a ``.tomw``, a JSON exchange file or a questionnaire."""
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("dialogs", "Datei des Kunden zusammenführen"),
        _recent_folder(),
        QCoreApplication.translate(
            "dialogs",
            "Bewertung, Austauschdatei oder Fragebogen (*.tomw *.json *.xlsx);;"
            "tomwizard-Bewertung (*.tomw);;JSON-Austauschdatei (*.json);;"
            "Fragebogen (*.xlsx);;Alle Dateien (*)",
        ),
    )
    return Path(name) if name else None


def ask_author_name(parent: QWidget | None, current: str, os_user: str) -> str | None:
    """The name for the change log; "" means the OS user, None that the user cancelled."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("dialogs", "Bearbeitername"),
        QCoreApplication.translate(
            "dialogs",
            "Dieser Name steht im Änderungsprotokoll bei jeder Änderung, die Sie machen.\n"
            "Leer lassen für den Benutzernamen des Systems ({user}):",
        ).format(user=os_user),
        text=current,
    )
    return text.strip() if ok else None


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(parent, title, as_plain_text(message))


def as_plain_text(message: str) -> str:
    """``message`` so that a message box shows it as it is: it names files and what a
    customer's file holds („<b>Kunde</b> GmbH“), which Qt would take for markup."""
    from PySide6.QtGui import Qt as QtGui

    return QtGui.convertFromPlainText(message) if QtGui.mightBeRichText(message) else message


def confirm(parent: QWidget | None, title: str, message: str) -> bool:
    """Ask a yes/no question; „Nein“ is the default."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.warning(
        parent,
        title,
        message,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def replace_question(parent: QWidget | None, files: list[Path]) -> QMessageBox:
    """Whether to replace files that exist (a signed annex, say): „Ersetzen“ or „Abbrechen“,
    „Abbrechen“ the default. Built apart from :func:`confirm_replace` for the tests."""
    from PySide6.QtWidgets import QMessageBox

    translate = QCoreApplication.translate
    if len(files) == 1:
        text = translate("dialogs", "Die Datei „{name}“ besteht bereits. Ersetzen?")
    else:
        text = translate("dialogs", "Diese Dateien bestehen bereits:\n{names}\nErsetzen?")
    names = "\n".join(path.name for path in files)
    text = text.format(name=files[0].name, names=names)
    title = translate("dialogs", "Datei ersetzen?")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setInformativeText(translate("dialogs", "Ordner: {folder}").format(folder=files[0].parent))
    replace = box.addButton(translate("dialogs", "&Ersetzen"), QMessageBox.ButtonRole.AcceptRole)
    replace.setObjectName("replace")
    cancel = box.addButton(translate("dialogs", "Abbrechen"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box


def confirm_replace(parent: QWidget | None, files: list[Path]) -> bool:
    """True if the user chose to replace ``files`` (they exist)."""
    box = replace_question(parent, files)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and clicked.objectName() == "replace"


def open_document(path: Path, failed: Callable[[], None] | None = None) -> bool:
    """Open an exported file with the system's viewer; False if there is no way to.

    Where ``xdg-open`` decides (Linux desktops), it runs here, so that its failure ("no method
    available" on a system without a PDF viewer) calls ``failed`` instead of ending as a line
    on stderr only.
    """
    from PySide6.QtCore import QProcess, QUrl
    from PySide6.QtGui import QDesktopServices

    xdg_open = shutil.which("xdg-open") if sys.platform.startswith("linux") else None
    if xdg_open is None or failed is None:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    process = QProcess()
    _running.append(process)

    def finished(code: int, _status: QProcess.ExitStatus) -> None:
        _running.remove(process)
        if code != 0:
            failed()

    process.finished.connect(finished)
    process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedChannels)
    process.start(xdg_open, [str(path)])
    return True


_running: list[QProcess] = []  # xdg-open processes, kept until they report


def exported_message(
    parent: QWidget | None, files: list[Path], saved: str = "", title: str = "", note: str = ""
) -> QMessageBox:
    """Where the export went: every written file with its folder, „Öffnen“, „Ordner öffnen“.
    ``saved`` and ``title`` name another first file than the annex (the questionnaire);
    ``note`` is said below (e.g. that the documents leave a heavy logo out).

    Built apart from :func:`show_exported` so that tests can read it without a modal loop.
    """
    from PySide6.QtWidgets import QMessageBox

    translate = QCoreApplication.translate  # (not "tr": lupdate would read that as self.tr)
    saved = saved or translate("dialogs", "Die Anlage wurde gespeichert:")
    lines = [saved, f"{files[0].name}"]
    for extra in files[1:]:  # the gap report (PDF or Word) and the action plan (Excel)
        if extra.suffix.lower() == ".xlsx":
            label = translate("dialogs", "Der Maßnahmenplan:")
        else:
            label = translate("dialogs", "Der Lückenbericht:")
        lines += ["", label, f"{extra.name}"]
    lines += ["", translate("dialogs", "Ordner: {folder}").format(folder=files[0].parent)]
    if note:
        lines += ["", note]
    title = title or translate("dialogs", "Export fertig")
    box = QMessageBox(QMessageBox.Icon.Information, title, "\n".join(lines), parent=parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.addButton(translate("dialogs", "Öffnen"), QMessageBox.ButtonRole.AcceptRole).setObjectName(
        "open"
    )
    folder = box.addButton(translate("dialogs", "Ordner öffnen"), QMessageBox.ButtonRole.ActionRole)
    folder.setObjectName("folder")
    close = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    return box


def show_exported(
    parent: QWidget | None, files: list[Path], saved: str = "", title: str = "", note: str = ""
) -> None:
    """Say where the export went; open the files or their folder if the user asks for it.

    Without a program for PDF files (or folders) a message says where the files are, instead
    of the single stderr line Qt writes.
    """
    box = exported_message(parent, files, saved, title, note)
    box.exec()
    clicked = box.clickedButton()
    name = clicked.objectName() if clicked is not None else ""
    if name == "open":
        targets = files
    elif name == "folder":
        targets = [files[0].parent]
    else:
        return
    folder = files[0].parent
    told: list[bool] = []

    def tell() -> None:  # once, also when both files fail to open
        if not told:
            told.append(True)
            _no_viewer(parent, folder)

    if not all([open_document(target, tell) for target in targets]):
        tell()


def _no_viewer(parent: QWidget | None, folder: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(
        parent,
        QCoreApplication.translate("dialogs", "Kein passendes Programm"),
        QCoreApplication.translate(
            "dialogs",
            "Es wurde kein Programm zum Anzeigen gefunden. Die Dateien liegen im Ordner\n{folder}",
        ).format(folder=folder),
    )
