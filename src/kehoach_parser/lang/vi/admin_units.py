"""Administrative units: the word before a place name ("xã Thượng Ninh")."""

from __future__ import annotations

#: Lower-case unit words, longest first so "thị trấn" wins over "thị".
ADMIN_UNITS: tuple[str, ...] = (
    "thành phố", "thị trấn", "thị xã", "đặc khu", "phường", "huyện", "quận", "tỉnh", "xã",
)
