"""Text normalisation with offset alignment, and line/label reading."""
