"""Extraction stages: one module per kind of record (see kehoach_parser.pipeline)."""
