"""The library's version; stored with every parsed record (batch mode re-parses on change)."""

__version__ = "0.1.0"
