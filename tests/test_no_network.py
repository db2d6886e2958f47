"""The program never opens a network connection: a full run of demo, export, check, import,
versions, diff and the GUI smoke test happens under an audit hook that fails on any socket.

Python's audit hooks see every socket the Python side creates or resolves (``socket.*``,
``urllib``/``http.client``); sockets opened inside C libraries are out of their sight.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

_RUNNER = textwrap.dedent(
    """
    import json, sys
    events = []
    def watch(event, args):
        if event.startswith(("socket.", "urllib.", "http.client.", "ftplib.", "smtplib.")):
            events.append(event)
            raise RuntimeError("tomwizard must not use the network: " + event)
    sys.addaudithook(watch)

    from tomwizard.cli.main import main
    out, gui = sys.argv[1], sys.argv[2] == "1"
    steps = [
        ["demo", "-o", out, "--force"],
        ["export", out + "/demo.tomw", "-o", out + "/annex.pdf"],
        ["export", out + "/demo.tomw", "-o", out + "/demo.json"],
        ["check", out + "/demo.tomw"],
        ["import", out + "/demo.json", "-o", out + "/copy.tomw"],
        ["versions", out + "/copy.tomw", "--freeze"],
        ["diff", out + "/copy.tomw"],
    ]
    if gui:
        steps.append(["gui", "--smoke", out + "/demo.tomw"])
    codes = [main(step) for step in steps]
    print("RESULT " + json.dumps({"events": events, "codes": codes}))
    """
)


@pytest.mark.slow
def test_a_full_run_opens_no_socket(tmp_path: Path) -> None:
    has_gui = importlib.util.find_spec("ui.app") is not None
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    completed = subprocess.run(
        [sys.executable, "-c", _RUNNER, str(tmp_path), "1" if has_gui else "0"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    lines = [ln for ln in completed.stdout.splitlines() if ln.startswith("RESULT ")]
    assert lines, completed.stderr[-2000:]
    result = json.loads(lines[-1].removeprefix("RESULT "))
    assert result["events"] == []
    # demo, export ×2, check (0 or 1: findings), import, versions, diff [, gui smoke]
    assert result["codes"][:3] == [0, 0, 0], completed.stderr[-2000:]
    assert result["codes"][3] in (0, 1)
    assert result["codes"][4:] == [0] * (len(result["codes"]) - 4), completed.stderr[-2000:]
    assert (tmp_path / "annex.pdf").stat().st_size > 0
    if not has_gui:
        pytest.skip("ui.app is not importable here: the GUI smoke part did not run")


def test_the_audit_hook_would_catch_a_socket(tmp_path: Path) -> None:
    """The watch in the runner really fires (a test of the test)."""
    code = _RUNNER.split("from tomwizard.cli.main")[0] + textwrap.dedent(
        """
        import socket
        try:
            socket.create_connection(("192.0.2.1", 9), timeout=0.01)
        except RuntimeError:
            pass
        print("RESULT " + json.dumps({"events": events}))
        """
    )
    completed = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path), "0"], capture_output=True, text=True
    )
    assert '"socket.' in completed.stdout
