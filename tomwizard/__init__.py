"""tomwizard: the Qt-free core (models, catalog, storage, gap rules, exporters, CLI).

This package never imports PySide6 or ``ui``; a test proves it in a subprocess.
"""

__version__ = "0.1.0"
