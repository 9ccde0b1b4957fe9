"""A self-contained HTML viewer for a parsed document (``kehoach show``).

>>> from kehoach_parser import parse_file
>>> from kehoach_parser.viewer import render_html
>>> html = render_html(parse_file("plan.txt"))   # doctest: +SKIP

See ``docs/viewer.md`` for what the page shows and the colours it uses.
"""

from kehoach_parser.viewer.page import render_html, write_html

__all__ = ["render_html", "write_html"]
