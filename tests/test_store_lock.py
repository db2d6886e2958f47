"""One writer per file; the second opener gets a read-only store that says why; crashes don't
leave a lock that blocks; the kill stress (SIGKILL during edits) loses nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from benchmarks.kill_stress import run_stress
from tomwizard.models.assessment import Assessment
from tomwizard.store import TomwStore, errors
from tomwizard.store.lock import lock_path

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "a.tomw"
    TomwStore.create(target, Assessment(catalog_id="tom", catalog_version="1")).close()
    return target


def test_second_store_in_the_same_process_is_read_only_and_says_why(path: Path) -> None:
    with TomwStore.open(path) as first:
        assert not first.readonly and lock_path(path).exists()
        with TomwStore.open(path) as second:
            assert second.readonly
            assert second.readonly_reason is not None
            assert "bereits zum Bearbeiten geöffnet" in second.readonly_reason
            with pytest.raises(errors.ReadOnlyError, match="bereits"):
                second.set_field("organisation.place", "Kassel")
        first.set_field("organisation.place", "Bonn")  # the first one still writes
    assert not lock_path(path).exists()  # released on close
    with TomwStore.open(path) as again:
        assert not again.readonly and again.readonly_reason is None


def _hold_open(path: Path) -> subprocess.Popen[str]:
    code = textwrap.dedent(
        f"""
        import sys, time
        from tomwizard.store import TomwStore
        store = TomwStore.open({str(path)!r}, author="Kollegin")
        print("open", flush=True)
        time.sleep(60)
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "open"
    return proc


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_another_process_holding_the_file_makes_us_read_only_until_it_dies(path: Path) -> None:
    proc = _hold_open(path)
    try:
        with TomwStore.open(path) as second:
            assert second.readonly
            assert second.lock_owner is not None and second.lock_owner.pid == proc.pid
            reason = second.readonly_reason or ""
            assert "von Kollegin" in reason and f"(Prozess {proc.pid})" in reason
            assert "nur zum Lesen" in reason
            loaded = second.load().model_copy(update={"assessment_id": ""})
            assert loaded == Assessment(catalog_id="tom", catalog_version="1")
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert lock_path(path).exists()  # the killed writer could not clean up ...
    with TomwStore.open(path) as third:  # ... but its lock does not block
        assert not third.readonly
        third.set_field("organisation.place", "Kassel")


def test_a_write_protected_file_opens_read_only_with_a_reason(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode)
    )
    with TomwStore.open(path) as store:
        assert store.readonly
        assert store.readonly_reason == (
            "Die Datei ist schreibgeschützt und wird nur zum Lesen geöffnet."
        )


def test_no_lock_file_possible_opens_read_only_with_a_reason(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tomwizard.store import lock

    def refuse(*args: object) -> object:
        raise PermissionError(13, "Keine Berechtigung")

    monkeypatch.setattr(lock.WriterLock, "_acquire_file", classmethod(refuse))
    with TomwStore.open(path) as store:
        assert store.readonly
        assert "keine Sperrdatei" in (store.readonly_reason or "")
    monkeypatch.undo()
    with TomwStore.open(path) as store:  # the in-process registry was not left behind
        assert not store.readonly


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_kill_stress_small_run_loses_nothing(tmp_path: Path) -> None:
    result = run_stress(kills=10, workdir=tmp_path, seed=7)
    assert result.kills == 10
    assert result.edits_acknowledged > 10
    assert result.lost == 0
    assert result.integrity_ok == 11 and result.integrity_failed == 0
    assert result.writer_failures == []
    assert result.stale_locks_reclaimed >= 9  # every killed writer left its lock file behind
    assert result.ok
