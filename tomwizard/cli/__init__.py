"""The command line: one module per command group (main: parsing and the document commands)."""
