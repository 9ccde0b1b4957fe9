"""Words that join the names of a list ("Hòa Lạc, Tân Mỹ và Đông Sơn", "Sở Tài chính và Sở
Xây dựng"), besides the comma: :mod:`kehoach_parser.text.lists` builds the separators from
them."""

from __future__ import annotations

#: The joiner of a list's last name.  Lower case, matched as written (a capital "Và" opens
#: a name or a sentence).
NAME_LIST_JOINERS: tuple[str, ...] = ("và",)
