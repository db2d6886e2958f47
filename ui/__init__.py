"""The PySide6 desktop interface of tomwizard.

``ui`` imports the Qt-free core ``tomwizard``; the core never imports ``ui`` (design card §2).
Views (``ui.main_window``, ``ui.pages``) build widgets and emit signals; controllers
(``ui.controllers``) connect those signals to the store (design card §9).
"""

from ui import pyside_imports

pyside_imports.install()  # before the GUI's modules are imported (see the module)
