"""The ``kehoach`` command.  Sub-commands are registered in :data:`COMMAND_MODULES`.

Each module listed there exposes ``register(subparsers)``, which adds its sub-command(s)
and sets ``func`` (``(argparse.Namespace) -> int``) as the handler.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from kehoach_parser.errors import KehoachError
from kehoach_parser.log import configure_cli_logging
from kehoach_parser.version import __version__

#: Modules that register sub-commands, in the order they appear in ``--help``.
COMMAND_MODULES: tuple[str, ...] = (
    "kehoach_parser.cli.parse_cmd",     # parse
    "kehoach_parser.cli.eval_cmd",      # eval
    "kehoach_parser.cli.schema_cmd",    # schema
    "kehoach_parser.cli.batch_cmd",     # batch, export, indicators
    "kehoach_parser.cli.show_cmd",      # show
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kehoach",
        description="Parse Vietnamese administrative plans into structured records.",
    )
    parser.add_argument("--version", action="version", version=f"kehoach_parser {__version__}")
    _add_verbosity(parser, argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # command not built yet
                continue
            raise
        module.register(sub)
    for command in sub.choices.values():  # also after the command: `kehoach parse x -v`
        _add_verbosity(command, argparse.SUPPRESS)
    return parser


def _add_verbosity(parser: argparse.ArgumentParser, default: object) -> None:
    """-v/--verbose and -q/--quiet, where the command does not use them for itself
    (``eval --verbose`` is its per-document report: there, put -v before the command)."""
    taken = parser._option_string_actions
    group = parser.add_mutually_exclusive_group()
    if "--verbose" not in taken and "-v" not in taken:
        group.add_argument("-v", "--verbose", action="count", default=default,
                           help="log what the library does on stderr (-vv: debug detail)")
    if "--quiet" not in taken and "-q" not in taken:
        group.add_argument("-q", "--quiet", action="store_true", default=default,
                           help="log errors only (no warnings from the library)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    verbosity = -1 if getattr(args, "quiet", False) else getattr(args, "verbose", 0)
    configure_cli_logging(verbosity)
    try:
        return int(args.func(args))
    except KehoachError as exc:
        print(f"kehoach: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # pragma: no cover - e.g. `kehoach parse x | head`
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
