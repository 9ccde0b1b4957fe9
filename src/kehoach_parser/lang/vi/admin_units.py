"""Administrative units: the word before a place name ("xã Thượng Ninh")."""

from __future__ import annotations

#: Lower-case unit words, longest first so "thị trấn" wins over "thị".
ADMIN_UNITS: tuple[str, ...] = (
    "thành phố", "thị trấn", "thị xã", "đặc khu", "phường", "huyện", "quận", "tỉnh", "xã",
)

#: Lower-case words for the places under a commune (village level): not units of the state's
#: administration, but counted as places ("19 thôn, bản").
VILLAGE_UNITS: tuple[str, ...] = ("thôn", "bản", "làng", "ấp", "buôn", "xóm", "tổ dân phố",
                                   "khu phố")

#: Unit words as headers abbreviate them ("UBND TX. ĐỒNG XOÀI", "UBND TP. HUẾ").  Upper case,
#: with their dot.
UNIT_ABBREVIATIONS: tuple[str, ...] = ("TP.", "TX.", "TT.")

#: Phrases that open with a unit word but name no place ("Lao động - Thương binh và Xã
#: hội": society): a body's name goes on through them.  Lower case.
UNIT_WORD_PHRASES: tuple[str, ...] = ("xã hội",)

#: Place names whose administrative unit word is written with a capital, as part of the
#: proper name, wherever they stand (the special capitalisation of the state's rules on
#: administrative writing): lower case → written form.
CAPITALISED_PLACE_NAMES: dict[str, str] = {
    "thành phố hồ chí minh": "Thành phố Hồ Chí Minh",
}
