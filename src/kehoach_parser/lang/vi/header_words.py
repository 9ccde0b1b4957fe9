"""Fixed lines of a document header and words that open a body paragraph."""

from __future__ import annotations

#: Upper-case lines that are the national motto block or a party banner, never the issuer.
NATIONAL_LINES: tuple[str, ...] = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "ĐỘC LẬP - TỰ DO - HẠNH PHÚC",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
)

#: Words of the session of a council or a term, printed under its name in a header
#: ("HỘI ĐỒNG NHÂN DÂN TỈNH X / KHÓA XI, KỲ HỌP THỨ 9"): never part of the issuer.
SESSION_WORDS: tuple[str, ...] = ("KHÓA", "KHOÁ", "KỲ HỌP", "NHIỆM KỲ")

#: Words that open a body paragraph: a line starting so is not part of a title.
BODY_OPENERS: tuple[str, ...] = (
    "căn cứ", "thực hiện", "nhằm", "để", "theo", "xét", "trên cơ sở", "năm 20", "ngày",
    "trong", "qua", "sau khi", "hưởng ứng", "chào mừng", "phát huy",
)

#: How many lines from the top the header may span.
HEADER_MAX_LINES = 40
