"""Starting the GUI on a file (``tomwizard FILE.tomw``) loads only what the first window needs:
no YAML parser with a warm content cache, no Babel locale data, no export, merge or upgrade
machinery, no help viewer; and building the models' validators does not make Python compile
the tokenizer's patterns (pydantic asking a builtin ``default_factory`` for its signature)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import atexit, json, sys, tokenize

def report():
    compiled = getattr(getattr(tokenize, "_compile", None), "cache_info", None)
    patterns = compiled().currsize if compiled is not None else 0
    print(json.dumps({"modules": sorted(sys.modules), "tokenizer_patterns": patterns}))

atexit.register(report)
sys.argv = ["tomwizard", sys.argv[1]]
from tomwizard.cli.launch import main
sys.exit(main())
"""

NOT_AT_START = (
    "babel",
    "yaml",
    "reportlab",
    "tomwizard.export.writers",
    "tomwizard.history.merge",
    "tomwizard.content.presets",
    "tomwizard.exchange",  # INPUT_ERRORS' ExchangeError lives in tomwizard.input_errors
    "tomwizard.history.merge_source",
    "tomwizard.history.upgrade_file",  # only for a file with an older catalog
    "tomwizard.rules.blockers",
    "ui.help_viewer",
)


def _start(path: Path, home: Path) -> dict[str, object]:
    env = {
        **{k: v for k, v in os.environ.items() if k in ("PATH", "LANG")},
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "QT_QPA_PLATFORM": "offscreen",
        "TOMWIZARD_EXIT_AFTER_SHOW": "1",  # quit after the first event-loop turn after show
    }
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    found: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


def test_the_first_window_loads_only_what_it_shows(demo_file: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    _start(demo_file, home)  # the first start fills the content cache
    started = _start(demo_file, home)
    modules = set(started["modules"])  # type: ignore[call-overload]
    assert "ui.main_window" in modules and "tomwizard.rules.evaluator" in modules
    loaded = [m for m in modules if any(m == n or m.startswith(n + ".") for n in NOT_AT_START)]
    assert loaded == []
    assert started["tokenizer_patterns"] == 0


def test_input_errors_catch_the_exchange_formats_errors() -> None:
    """The GUI's ``except INPUT_ERRORS`` still catches a bad exchange file or questionnaire."""
    from tomwizard import inputs
    from tomwizard.exchange import ExchangeError, import_document
    from tomwizard.questionnaire.read import QuestionnaireError

    assert issubclass(QuestionnaireError, inputs.INPUT_ERRORS)
    try:
        import_document('{"assessment": {}}')
    except inputs.INPUT_ERRORS as exc:
        assert isinstance(exc, ExchangeError) and "format" in str(exc)
    else:
        raise AssertionError("an exchange document without a format was accepted")
