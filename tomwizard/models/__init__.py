"""Pydantic models of the domain: catalog, assessment, finding.

Pydantic looks for plugins (the ``pydantic`` entry points of every installed distribution)
when it builds its first validator, and imports ``importlib.metadata`` (with ``email``,
``zipfile``, ``csv``) for that: about 15 ms of every start and export. tomwizard uses no
plugin, and a plugin would see every validated assessment: pydantic's plugin loader is
replaced by one that finds none, before any model is built.
"""

import sys
import types
from typing import Any


def _without_pydantic_plugins() -> None:
    name = "pydantic.plugin._loader"  # imported by pydantic only to call get_plugins()
    if name not in sys.modules:
        loader = types.ModuleType(name, "No pydantic plugins in tomwizard.")
        loader.get_plugins = tuple  # type: ignore[attr-defined]  # () : no plugins
        sys.modules[name] = loader


_without_pydantic_plugins()


# The ``default_factory`` of the list and dict fields of the models every start validates (the
# assessment, its letterhead, findings). Python functions instead of the builtins ``list`` and
# ``dict``: pydantic asks every factory for its signature while it builds a model's validator,
# and the first builtin it asks about makes Python compile the tokenizer's patterns to read
# the builtin's text signature (about 10 ms of every start). The answers are the same (no
# parameter: called without the validated data).
def empty_list() -> list[Any]:
    return []


def empty_dict() -> dict[Any, Any]:
    return {}
