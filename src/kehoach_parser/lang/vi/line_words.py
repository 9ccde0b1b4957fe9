"""Words the line-role features look for that no other ``lang/vi`` module lists."""

from __future__ import annotations

#: What opens the subject line of a letter under its number ("V/v báo cáo …", "Về việc …").
#: Lower case (matched folded: case and marks ignored).
SUBJECT_LINE_OPENERS: tuple[str, ...] = ("v/v", "về việc")
