"""Pydantic models of the domain: catalog, assessment, finding.

Pydantic looks for plugins (the ``pydantic`` entry points of every installed distribution)
when it builds its first validator, and imports ``importlib.metadata`` (with ``email``,
``zipfile``, ``csv``) for that: about 15 ms of every start and export. tomwizard uses no
plugin, and a plugin would see every validated assessment: pydantic's plugin loader is
replaced by one that finds none, before any model is built.
"""

import sys
import types


def _without_pydantic_plugins() -> None:
    name = "pydantic.plugin._loader"  # imported by pydantic only to call get_plugins()
    if name not in sys.modules:
        loader = types.ModuleType(name, "No pydantic plugins in tomwizard.")
        loader.get_plugins = tuple  # type: ignore[attr-defined]  # () : no plugins
        sys.modules[name] = loader


_without_pydantic_plugins()
