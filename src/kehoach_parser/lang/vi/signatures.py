"""The signature block: authority prefixes and signer positions."""

from __future__ import annotations

#: Prefixes of a signing line and the authority they give ("KT. CHỦ TỊCH").
AUTHORITY_PREFIXES: dict[str, str] = {
    "TM": "TM.",    # thay mặt — on behalf of a collective body
    "KT": "KT.",    # ký thay — signing for the head, as deputy
    "TL": "TL.",    # thừa lệnh — by order
    "TUQ": "TUQ.",  # thừa ủy quyền — by delegation
    "Q": "Q.",      # quyền — acting
    # party documents write the same with a slash and no dot: "T/M ĐẢNG ỦY"
    "T/M": "TM.",
    "K/T": "KT.",
    "T/L": "TL.",
}

#: The authority of a signature on behalf of a collective body ("TM. ỦY BAN NHÂN DÂN"): it
#: names the body, not the position it signs in.
ON_BEHALF = AUTHORITY_PREFIXES["TM"]

#: Upper-case positions → written case.  Anything else: first letter capitalised, with
#: "Phó " keeping the capital of the position it qualifies.
POSITIONS: dict[str, str] = {
    "CHỦ TỊCH": "Chủ tịch",
    "PHÓ CHỦ TỊCH": "Phó Chủ tịch",
    "PHÓ CHỦ TỊCH THƯỜNG TRỰC": "Phó Chủ tịch Thường trực",
    "GIÁM ĐỐC": "Giám đốc",
    "PHÓ GIÁM ĐỐC": "Phó Giám đốc",
    "CHÁNH VĂN PHÒNG": "Chánh Văn phòng",
    "PHÓ CHÁNH VĂN PHÒNG": "Phó Chánh Văn phòng",
    "TRƯỞNG BAN": "Trưởng ban",
    "PHÓ TRƯỞNG BAN": "Phó Trưởng ban",
    "TRƯỞNG PHÒNG": "Trưởng phòng",
    "PHÓ TRƯỞNG PHÒNG": "Phó Trưởng phòng",
    "BÍ THƯ": "Bí thư",
    "PHÓ BÍ THƯ": "Phó Bí thư",
    "HIỆU TRƯỞNG": "Hiệu trưởng",
    "CHỦ NHIỆM": "Chủ nhiệm",
    "THỦ TRƯỞNG": "Thủ trưởng",
    "TRƯỞNG CÔNG AN": "Trưởng Công an",
    "CHỈ HUY TRƯỞNG": "Chỉ huy trưởng",
    "TỔNG GIÁM ĐỐC": "Tổng Giám đốc",
    "BỘ TRƯỞNG": "Bộ trưởng",
    "THỨ TRƯỞNG": "Thứ trưởng",
    "THỦ TƯỚNG": "Thủ tướng",
    "PHÓ THỦ TƯỚNG": "Phó Thủ tướng",
}

#: Words printed before a position that keep its capitals: "PHÓ CHÁNH VĂN PHÒNG" →
#: "Phó Chánh Văn phòng", "TỔNG BÍ THƯ" → "Tổng Bí thư".
POSITION_PREFIXES: dict[str, str] = {"PHÓ": "Phó", "TỔNG": "Tổng"}
#: The word of a deputy's position ("PHÓ CHỦ TỊCH"): printed after "KT. CHỦ TỊCH" on one
#: flattened line, it opens the position line of its own.  Upper case.  The same word is a
#: key of ``POSITION_PREFIXES`` (its written case) and one of ``POSITION_WORDS`` (a line
#: made of them is a position); ``tests/lang/test_vocabulary.py`` asserts both.
DEPUTY_WORD = "PHÓ"

#: Words printed after a position that name a standing capacity, capitalised as part of the
#: title: "BÍ THƯ THƯỜNG TRỰC" → "Bí thư Thường trực".
POSITION_QUALIFIERS: dict[str, str] = {"THƯỜNG TRỰC": "Thường trực"}

#: Words that appear in position lines (upper case); a line made of them is a position.
POSITION_WORDS: tuple[str, ...] = (
    "CHỦ TỊCH", "GIÁM ĐỐC", "VĂN PHÒNG", "TRƯỞNG", "BÍ THƯ", "CHỦ NHIỆM", "THỦ TRƯỞNG",
    "CHỈ HUY", "PHÓ", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "CHÁNH", "THỦ TƯỚNG",
)

#: Titles printed before a signer's name that are not part of it: military and police
#: ranks ("Đại tá Nguyễn Văn A" under "GIÁM ĐỐC CÔNG AN TỈNH") and academic degrees ("TS.
#: Nguyễn Văn A", "PGS.TS. …").  Matched whatever their letter case.
NAME_TITLES: tuple[str, ...] = (
    "Thiếu úy", "Trung úy", "Thượng úy", "Đại úy", "Thiếu tá", "Trung tá", "Thượng tá",
    "Đại tá", "Thiếu tướng", "Trung tướng", "Thượng tướng", "Đại tướng",
    "GS.TS.", "PGS.TS.", "GS. TS.", "PGS. TS.", "TS.", "ThS.", "BS.", "KS.",
)

#: Heads of a body's name (``reference_words.BODY_HEADS``) that are also surnames: after a
#: position in capitals they open a body's name only before one of
#: ``SURNAME_HEAD_BODIES`` ("BÍ THƯ Đoàn Thanh niên", but "CHỦ TỊCH Đoàn Văn Hùng" is a
#: signer).  Lower case, matched whatever the letter case.
SURNAME_BODY_HEADS: tuple[str, ...] = ("đoàn",)
SURNAME_HEAD_BODIES: tuple[str, ...] = (
    "thanh niên", "tncs", "luật sư", "đại biểu", "kiểm tra", "thanh tra", "công tác",
    "giám sát",
)

#: Lines inside a signature block that are not names ("(Đã ký)", "(Ký, ghi rõ họ tên)").
SIGNATURE_NOISE: tuple[str, ...] = ("đã ký", "ký, ghi rõ", "ký tên", "ký và đóng dấu", "đã ký)")
