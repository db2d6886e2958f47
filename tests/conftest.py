"""Test set-up: Qt runs offscreen (CI has no display); shared fixtures."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The content cache of the tests, never the user's own (tomwizard/content_cache.py).
os.environ.setdefault("TOMWIZARD_CACHE_DIR", tempfile.mkdtemp(prefix="tomwizard-cache-"))
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# The command line speaks the locale's language (tomwizard.i18n): the tests expect its default,
# German, whatever the developer's locale (tests/test_cli_language.py sets its own).
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"
