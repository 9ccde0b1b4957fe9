"""``python -m kehoach_parser ...`` runs the ``kehoach`` command."""

from __future__ import annotations

import sys

from kehoach_parser.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
