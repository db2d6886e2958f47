"""The bundle's entry point: the same ``main`` as the ``tomwizard`` console script."""

import sys

from tomwizard.cli.launch import main

if __name__ == "__main__":
    sys.exit(main())
