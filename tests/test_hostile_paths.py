"""Output paths another program or a careless folder prepared (hostile tester round 2, helper
x6): a read-only disk, an annex whose gap report cannot be written, a link where the temporary
file goes. One line naming the user's file, exit 2, and nothing written through a link."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from tests.builders import digest
from tomwizard.cli.main import main
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.store import TomwStore


@pytest.fixture
def tomw(tmp_path: Path) -> Path:
    path = tmp_path / "a.tomw"
    TomwStore.create(path, demo_assessment(default_catalog())).close()
    return path


def test_an_annex_is_not_written_when_its_gap_report_cannot_be(
    tomw: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tomw.parent
    before = digest(tomw)
    code = main(["export", str(tomw), "-o", str(folder / "a.pdf"), "--gap-report",
                 str(folder / "fehlt" / "b.pdf")])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2 and "fehlt/b.pdf" in err and "den Ordner gibt es nicht" in err
    assert sorted(p.name for p in folder.iterdir()) == ["a.tomw"]  # no annex either
    assert digest(tomw) == before


def test_a_link_where_the_temporary_file_goes_is_never_written_through(
    tomw: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tomw.parent
    victim = folder / "wichtig.txt"
    victim.write_text("Vertrag\n", encoding="utf-8")
    (folder / ".a.xlsx.tmp").symlink_to(victim.name)
    (folder / ".q.xlsx.tmp").symlink_to(victim.name)
    assert main(["export", str(tomw), "-o", str(folder / "a.xlsx")]) == 0
    assert main(["questionnaire", str(tomw), "-o", str(folder / "q.xlsx")]) == 0
    assert victim.read_text(encoding="utf-8") == "Vertrag\n"
    for name in ("a.xlsx", "q.xlsx"):
        written = folder / name
        assert not written.is_symlink() and written.read_bytes().startswith(b"PK")
    assert sorted(p.name for p in folder.iterdir()) == ["a.tomw", "a.xlsx", "q.xlsx", "wichtig.txt"]


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (["export", "{f}", "-o", "{d}/a.pdf"], "a.pdf"),
        (["questionnaire", "{f}", "-o", "{d}/q.xlsx"], "q.xlsx"),
        (["import", "{d}/a.json", "-o", "{d}/n.tomw"], "n.tomw"),
    ],
)
def test_a_read_only_disk_is_named_in_the_users_language(
    tomw: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    name: str,
) -> None:
    """On a read-only disk every write fails with EROFS, removing a file too (a ``tmpfs``
    mounted read-only shows it; the tests need no mount)."""
    folder = tomw.parent
    assert main(["export", str(tomw), "-o", str(folder / "a.json")]) == 0
    real_unlink = Path.unlink

    def read_only(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self.parent == folder and self.name.startswith("."):
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "write_bytes", read_only)
    monkeypatch.setattr(Path, "unlink", unlink)
    real_open = os.open

    def os_open(path: str | Path, *args: int, **kwargs: object) -> int:
        if Path(path).parent == folder:
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", os_open)
    before = sorted(p.name for p in folder.iterdir())
    argv = [a.format(f=tomw, d=folder) for a in args]
    code = main(["--lang", "en", *argv])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1, err
    assert f"{name}: " in err and "the disk is read-only" in err and ".tmp" not in err
    assert sorted(p.name for p in folder.iterdir()) == before


def test_a_folder_where_the_temporary_file_goes_is_named(
    tomw: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tomw.parent
    (folder / ".a.pdf.tmp").mkdir()
    (folder / ".n.tomw.creating").mkdir()
    assert main(["export", str(tomw), "-o", str(folder / "a.pdf")]) == 2
    assert main(["import", str(folder / "x.json"), "-o", str(folder / "n.tomw")]) == 2  # no file
    assert main(["export", str(tomw), "-o", str(folder / "x.json")]) == 0
    assert main(["import", str(folder / "x.json"), "-o", str(folder / "n.tomw")]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert "a.pdf: " in lines[0] and "(„.a.pdf.tmp“ ist ein Ordner)" in lines[0]
    assert "n.tomw: " in lines[-1] and "(„.n.tomw.creating“ ist ein Ordner)" in lines[-1]
    assert not (folder / "a.pdf").exists() and not (folder / "n.tomw").exists()
