"""``kehoach show FILE [-o page.html]`` — write a self-contained HTML view of a document."""

from __future__ import annotations

import argparse
import sys
import webbrowser
from pathlib import Path

from kehoach_parser.high_level import parse_file
from kehoach_parser.viewer import render_html


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "show", help="write one self-contained HTML page showing what was found in a document",
        description="Parse FILE and write an HTML page (no network, no external files): the "
                    "text with indicators, results, dates, references, header fields and "
                    "signers highlighted, the outline, and tables linked to the text.",
    )
    p.add_argument("path", metavar="FILE")
    p.add_argument("-o", "--output", metavar="PAGE.html", default=None,
                   help="where to write the page (default: FILE's name with .html in the "
                        "current directory; '-' prints it)")
    p.add_argument("--open", action="store_true", help="open the page in the web browser")
    p.add_argument("--pdf-engine", choices=("layout", "fast"), default=None,
                   help="PDF text engine: layout (default, pdfminer) or fast (pypdfium2)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        page = render_html(parse_file(args.path, pdf_engine=args.pdf_engine))
        if args.output == "-":
            sys.stdout.write(page)
            return 0
        out = Path(args.output) if args.output else Path(Path(args.path).stem + ".html")
        out.write_text(page, encoding="utf-8")
    except OSError as exc:  # typed KehoachErrors are reported by cli.main
        print(f"kehoach show: {exc}", file=sys.stderr)
        return 1
    print(f"kehoach show: wrote {out}", file=sys.stderr)
    if args.open:
        webbrowser.open(out.resolve().as_uri())
    return 0
