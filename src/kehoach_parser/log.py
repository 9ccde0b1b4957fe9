"""The library's logger.  It logs through ``logging.getLogger("kehoach_parser")`` and never
prints; like every library it adds no handler, so nothing shows until the application (or
``kehoach --verbose``) configures logging."""

from __future__ import annotations

import logging

#: The name of the library's logger; modules log to children of it.
LOGGER_NAME = "kehoach_parser"


class _CliHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler the CLI installs (once) on the library's logger."""


def get_logger(name: str | None = None) -> logging.Logger:
    """The library's logger, or its child ``kehoach_parser.<name>``."""
    return logging.getLogger(LOGGER_NAME if not name else f"{LOGGER_NAME}.{name}")


def configure_cli_logging(verbosity: int) -> None:
    """Logging for the command line: -1 quiet (errors only), 0 warnings, 1 info, 2+ debug."""
    level = {-1: logging.ERROR, 0: logging.WARNING, 1: logging.INFO}.get(
        verbosity, logging.DEBUG if verbosity > 1 else logging.ERROR)
    logger = get_logger()
    logger.setLevel(level)
    if not any(isinstance(h, _CliHandler) for h in logger.handlers):
        handler = _CliHandler()
        handler.setFormatter(logging.Formatter("kehoach: %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)


logging.getLogger(LOGGER_NAME).addHandler(logging.NullHandler())

__all__ = ["LOGGER_NAME", "configure_cli_logging", "get_logger"]
