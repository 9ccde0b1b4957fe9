"""'Nơi nhận:' — purpose notes after a recipient and the archive line."""

from __future__ import annotations

#: Purpose note (lower case, inside the parentheses, after an optional "để"/"đề") → purpose.
RECIPIENT_NOTES: dict[str, str] = {
    "b/c": "report", "báo cáo": "report", "bc": "report",
    "t/h": "implement", "th": "implement", "thực hiện": "implement", "chỉ đạo": "implement",
    "t/d": "follow", "theo dõi": "follow", "td": "follow",
    "p/h": "coordinate", "phối hợp": "coordinate", "ph": "coordinate",
    "biết": "inform", "để biết": "inform", "b/": "inform", "tham khảo": "inform",
    "đăng tải": "publish", "đưa tin": "publish", "niêm yết": "publish",
    "c/đ": "implement", "chỉ đạo t/h": "implement", "t/h, b/c": "implement",
    "b/c, t/h": "report", "để b/c, t/h": "report",
}

#: Particles that may precede the note inside the parentheses ("để b/c", typo "đề b/c").
NOTE_PARTICLES: tuple[str, ...] = ("để", "đề", "de")

#: Words that open the archive item ("Lưu: VT, VHXH").
ARCHIVE_OPENERS: tuple[str, ...] = ("lưu", "luu")

#: Words that open the recipients block.
RECIPIENTS_OPENERS: tuple[str, ...] = ("nơi nhận", "noi nhận", "nơi nhân")
