"""Abbreviations of bodies and offices, and how they expand.

Used to expand issuers ("UBND xã Hương Bình" → "Ủy ban nhân dân xã Hương Bình") and to
title-case upper-case header lines ("ỦY BAN NHÂN DÂN" → "Ủy ban nhân dân").
"""

from __future__ import annotations

#: Abbreviation → expansion, as written in issuers (case-sensitive keys).
BODY_ABBREVIATIONS: dict[str, str] = {
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
    "UBMTTQVN": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "UB MTTQ": "Ủy ban Mặt trận Tổ quốc",
    "MTTQ": "Mặt trận Tổ quốc",
    "MTTQVN": "Mặt trận Tổ quốc Việt Nam",
    "BCH": "Ban Chấp hành",
    "BTV": "Ban Thường vụ",
    "ĐU": "Đảng ủy",
    "HU": "Huyện ủy",
    "TU": "Tỉnh ủy",
    "TW": "Trung ương",
    "BCĐ": "Ban Chỉ đạo",
    "HĐTĐKT": "Hội đồng Thi đua - Khen thưởng",
    "HĐ TĐ-KT": "Hội đồng Thi đua - Khen thưởng",
    "TĐ-KT": "Thi đua - Khen thưởng",
    "TĐKT": "Thi đua - Khen thưởng",
    "VP": "Văn phòng",
    "GD&ĐT": "Giáo dục và Đào tạo",
    "GDĐT": "Giáo dục và Đào tạo",
    "LĐTBXH": "Lao động - Thương binh và Xã hội",
    "VH-TT": "Văn hóa - Thông tin",
    "TN&MT": "Tài nguyên và Môi trường",
    # a cooperative and a grassroots trade union ("HTX DỊCH VỤ NÔNG NGHIỆP X", "CĐCS TRƯỜNG
    # TH Y"), bodies that issue plans of their own
    "HTX": "Hợp tác xã",
    "CĐCS": "Công đoàn cơ sở",
}

#: School types written short after "TRƯỜNG" in a header ("TRƯỜNG THCS KHƯƠNG MAI"), upper
#: case → the full type in upper case.  Expanded only right after "TRƯỜNG": elsewhere "TH"
#: or "MN" mean other things.
SCHOOL_TYPE_ABBREVIATIONS: dict[str, str] = {
    "MN": "MẦM NON",
    "MG": "MẪU GIÁO",
    "TH": "TIỂU HỌC",
    "THCS": "TRUNG HỌC CƠ SỞ",
    "THPT": "TRUNG HỌC PHỔ THÔNG",
    "TH&THCS": "TIỂU HỌC VÀ TRUNG HỌC CƠ SỞ",
    "TH VÀ THCS": "TIỂU HỌC VÀ TRUNG HỌC CƠ SỞ",
    "THCS&THPT": "TRUNG HỌC CƠ SỞ VÀ TRUNG HỌC PHỔ THÔNG",
    "THCS VÀ THPT": "TRUNG HỌC CƠ SỞ VÀ TRUNG HỌC PHỔ THÔNG",
    "PTDTBT": "PHỔ THÔNG DÂN TỘC BÁN TRÚ",
    "PTDTNT": "PHỔ THÔNG DÂN TỘC NỘI TRÚ",
}

#: School types in upper case → written case ("Trường Trung học cơ sở Khương Mai").
SCHOOL_TYPES: dict[str, str] = {
    "MẦM NON": "Mầm non",
    "MẪU GIÁO": "Mẫu giáo",
    "TIỂU HỌC": "Tiểu học",
    "TRUNG HỌC CƠ SỞ": "Trung học cơ sở",
    "TRUNG HỌC PHỔ THÔNG": "Trung học phổ thông",
    "TIỂU HỌC VÀ TRUNG HỌC CƠ SỞ": "Tiểu học và Trung học cơ sở",
    "TRUNG HỌC CƠ SỞ VÀ TRUNG HỌC PHỔ THÔNG": "Trung học cơ sở và Trung học phổ thông",
    "PHỔ THÔNG DÂN TỘC BÁN TRÚ": "Phổ thông dân tộc bán trú",
    "PHỔ THÔNG DÂN TỘC NỘI TRÚ": "Phổ thông dân tộc nội trú",
}

#: Heads followed by the name of a field of work, written with a capital at its start and
#: after "và", "," and "-": "BỘ NỘI VỤ" → "Bộ Nội vụ", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH" →
#: "Sở Văn hóa, Thể thao và Du lịch", "VĂN PHÒNG CHÍNH PHỦ" → "Văn phòng Chính phủ".
DOMAIN_HEADS: dict[str, str] = {
    "BỘ": "Bộ", "SỞ": "Sở", "PHÒNG": "Phòng", "CỤC": "Cục", "CHI CỤC": "Chi cục",
    "TỔNG CỤC": "Tổng cục", "VỤ": "Vụ", "VĂN PHÒNG": "Văn phòng", "VIỆN": "Viện",
    "ĐÀI": "Đài", "BAN": "Ban",
}

#: A shortened body name that, followed by an administrative unit, means the full name
#: ("Ủy ban xã Thượng Ninh" is the commune's People's Committee).
SHORT_BODY_NAMES: dict[str, str] = {
    "ủy ban": "Ủy ban nhân dân",
    "uỷ ban": "Ủy ban nhân dân",
    "hội đồng": "Hội đồng nhân dân",
}

#: Full names of the local bodies, as written ("Ủy ban nhân dân xã A ban hành …").
FULL_BODY_NAMES: tuple[str, ...] = ("Ủy ban nhân dân", "Hội đồng nhân dân", "Uỷ ban nhân dân")

#: Upper-case body phrases → their written (title) case.  Longest first when matching.
BODY_TITLE_CASE: dict[str, str] = {
    "ỦY BAN NHÂN DÂN": "Ủy ban nhân dân",
    "UỶ BAN NHÂN DÂN": "Ủy ban nhân dân",
    "HỘI ĐỒNG NHÂN DÂN": "Hội đồng nhân dân",
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "BAN CHẤP HÀNH ĐẢNG BỘ": "Ban Chấp hành Đảng bộ",
    "BAN THƯỜNG VỤ": "Ban Thường vụ",
    "ĐẢNG ỦY": "Đảng ủy",
    "ĐẢNG UỶ": "Đảng ủy",
    "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG": "Hội đồng Thi đua - Khen thưởng",
    "HỘI ĐỒNG THI ĐUA, KHEN THƯỞNG": "Hội đồng Thi đua, Khen thưởng",
    "BAN CHỈ ĐẠO": "Ban Chỉ đạo",
    "CÔNG AN": "Công an",
    "TRUNG TÂM": "Trung tâm",
    "QUỐC HỘI": "Quốc hội",
    "CHÍNH PHỦ": "Chính phủ",
    "THỦ TƯỚNG CHÍNH PHỦ": "Thủ tướng Chính phủ",
    "BỘ CHÍNH TRỊ": "Bộ Chính trị",
    "BAN BÍ THƯ": "Ban Bí thư",
    "ỦY BAN THƯỜNG VỤ QUỐC HỘI": "Ủy ban Thường vụ Quốc hội",
    "UỶ BAN THƯỜNG VỤ QUỐC HỘI": "Ủy ban Thường vụ Quốc hội",
    "BAN CHẤP HÀNH TRUNG ƯƠNG": "Ban Chấp hành Trung ương",
    "ĐOÀN TNCS HỒ CHÍ MINH": "Đoàn TNCS Hồ Chí Minh",
    "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH": "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "TRƯỜNG": "Trường",
    "MẶT TRẬN TỔ QUỐC": "Mặt trận Tổ quốc",
}

#: Bodies named by a unit word and the place alone, with no "xã"/"tỉnh" before the place
#: ("TỈNH ỦY THÁI NGUYÊN", "HUYỆN ĐOÀN TÂN AN"): upper case → written case; the words after
#: them are the place's name, in title case.
PLACE_NAMED_BODIES: dict[str, str] = {
    "TỈNH ỦY": "Tỉnh ủy", "TỈNH UỶ": "Tỉnh ủy", "HUYỆN ỦY": "Huyện ủy", "HUYỆN UỶ": "Huyện ủy",
    "THÀNH ỦY": "Thành ủy", "THÀNH UỶ": "Thành ủy", "QUẬN ỦY": "Quận ủy", "QUẬN UỶ": "Quận ủy",
    "THỊ ỦY": "Thị ủy", "THỊ UỶ": "Thị ủy", "TỈNH ĐOÀN": "Tỉnh đoàn",
    "THÀNH ĐOÀN": "Thành đoàn", "HUYỆN ĐOÀN": "Huyện đoàn", "QUẬN ĐOÀN": "Quận đoàn",
    "THỊ ĐOÀN": "Thị đoàn",
}

#: Bodies of a place under a commune, named by the head, a village word and the place ("BAN
#: NHÂN DÂN ẤP TÂN HÒA", "BAN NHÂN DÂN KHU PHỐ 3"): upper case → written case; the village
#: word is written in lower case, the place's name in title case.
VILLAGE_BODY_HEADS: dict[str, str] = {"BAN NHÂN DÂN": "Ban nhân dân"}

#: Words standing before a body's name for the office of that body that issues ("THƯỜNG
#: TRỰC HĐND - UBND TỈNH X", "THƯỜNG TRỰC" on a line of its own above it).  Upper case.
BODY_QUALIFIERS: tuple[str, ...] = ("THƯỜNG TRỰC",)

#: Words that open the name of an issuing body (upper case), used to find the issuer line
#: in a header and the issuer phrase in a body sentence.
BODY_HEADS: tuple[str, ...] = (
    "ỦY BAN", "UỶ BAN", "UBND", "HỘI ĐỒNG", "HĐND", "SỞ", "PHÒNG", "BAN", "ĐẢNG ỦY",
    "ĐẢNG UỶ", "ĐẢNG BỘ", "VĂN PHÒNG", "CÔNG AN", "TRUNG TÂM", "TRƯỜNG", "BỘ", "CHI CỤC",
    "CỤC", "TỈNH ỦY", "HUYỆN ỦY", "THÀNH ỦY", "HỘI", "ĐOÀN", "MẶT TRẬN", "QUỐC HỘI",
    "CHÍNH PHỦ", "THỦ TƯỚNG", "TỔNG CỤC", "VỤ", "VIỆN", "HĐ TĐ-KT", "HĐTĐKT",
    # the Youth Union's and the Party's cells under their parents
    "CHI ĐOÀN", "LIÊN ĐỘI", "CHI BỘ", "CHI HỘI",
    # a steering committee by its abbreviation ("BCĐ PCGD" under "UBND XÃ X")
    "BCĐ",
)

#: Heads of a cooperative and of a grassroots trade union's bodies ("HTX DỊCH VỤ NÔNG
#: NGHIỆP X", "CĐCS TRƯỜNG TH Y"), and an executive committee by its abbreviation ("BCH CĐCS
#: TRƯỜNG X", "BCH ĐOÀN XÃ Y"): heads in a header's cells, and of a lower body after its
#: parent.  Upper case.
COOPERATIVE_AND_UNION_HEADS: tuple[str, ...] = (
    "HỢP TÁC XÃ", "HTX", "CÔNG ĐOÀN CƠ SỞ", "CĐCS", "BCH",
)

#: Heads of a body of a school printed before the school's name ("BCH CĐCS TRƯỜNG THCS X",
#: "BAN CHẤP HÀNH CÔNG ĐOÀN TRƯỜNG TH Y"): a line made of a run of them and the school is
#: that body, not a parent over the school.  Upper case.
SCHOOL_BODY_HEADS: tuple[str, ...] = (
    "BAN CHẤP HÀNH", "BCH", "CÔNG ĐOÀN CƠ SỞ", "CĐCS", "CÔNG ĐOÀN", "CHI BỘ", "CHI ĐOÀN",
    "LIÊN ĐỘI", "BAN",
)

#: Heads of issuing bodies outside the offices of the state and the Party — a hospital, a
#: health station, an inspectorate, a treasury, social insurance, a trade union, a court, a
#: company — read as heads in a header's cells only (BODY_HEADS also finds a body named in
#: running text and in citations, where these words open other things).  Upper case.
HEADER_BODY_HEADS: tuple[str, ...] = (
    "BỆNH VIỆN", "TRẠM Y TẾ", "THANH TRA", "KHO BẠC", "BẢO HIỂM XÃ HỘI", "CÔNG ĐOÀN",
    "LIÊN ĐOÀN LAO ĐỘNG", "LĐLĐ", "TÒA ÁN", "TOÀ ÁN", "TỔNG CÔNG TY", "CÔNG TY", "HỌC VIỆN",
    *COOPERATIVE_AND_UNION_HEADS,
    # the Fatherland Front's committee by its abbreviation ("UBMTTQ VIỆT NAM" over "XÃ X",
    # "UB MTTQ VN HUYỆN Y"); "ỦY BAN MTTQ" already opens with "ỦY BAN"
    "UBMTTQVN", "UBMTTQ", "UB MTTQ", "MTTQVN", "MTTQ",
    # the Party's and the Youth Union's committees named by their place ("TỈNH ĐOÀN X",
    # "HUYỆN ỦY Y"): one list, read by the issuer and by the casing
    *PLACE_NAMED_BODIES,
)

#: Heads of a body that is printed after its parent on the same header line ("UBND TỈNH X SỞ
#: Y TẾ", "UBND HUYỆN X TRƯỜNG THCS Y", "ĐẢNG BỘ HUYỆN X ĐẢNG ỦY XÃ Y"): the lower body, which
#: issues.  Narrower than BODY_HEADS: "HỘI" of "HỘI NGHỊ" or "BỘ" of a headline open no body
#: there.  Upper case.
SUBORDINATE_BODY_HEADS: tuple[str, ...] = (
    "SỞ", "PHÒNG", "TRƯỜNG", "ĐẢNG ỦY", "ĐẢNG UỶ", "BAN", "CHI CỤC", "CỤC", "TRUNG TÂM",
    "CÔNG AN", "VĂN PHÒNG", "UBND", "ỦY BAN", "UỶ BAN", "HĐND", "HỘI ĐỒNG", "CHI BỘ",
    "THANH TRA", "BỆNH VIỆN", "TRẠM Y TẾ", *COOPERATIVE_AND_UNION_HEADS,
)

#: Heads of an issuing body that may follow its parent's name on one header line with no
#: place word between ("BỘ TÀI CHÍNH CỤC THUẾ", "BAN CHẤP HÀNH TRUNG ƯƠNG BAN TUYÊN GIÁO",
#: "SỞ Y TẾ HÀ NỘI TRUNG TÂM X").  Upper case, longest first.
INLINE_LOWER_BODY_HEADS: tuple[str, ...] = (
    "VĂN PHÒNG", "TRUNG TÂM", "CHI ĐOÀN", "LIÊN ĐỘI", "CHI CỤC", "CHI BỘ",
    "TRƯỜNG", "PHÒNG", "CỤC", "BAN", "SỞ",
)
#: Words before such a head that make it part of another word group, not a body's head
#: ("ỦY BAN", "MÔI TRƯỜNG", "QUỐC PHÒNG", "CƠ SỞ", "TỔNG CỤC").  Upper case.
INLINE_HEAD_BLOCKERS_BEFORE: dict[str, tuple[str, ...]] = {
    "BAN": ("ỦY", "UỶ"),
    # ... and the union, Party cell or Pioneers of a school, which issue as themselves
    # ("CÔNG ĐOÀN TRƯỜNG THCS X", "CHI BỘ TRƯỜNG …", "LIÊN ĐỘI TRƯỜNG …")
    "TRƯỜNG": ("MÔI", "THỊ", "CHIẾN", "QUẢNG", "HIỆN", "LẬP", "THƯƠNG",
               *dict.fromkeys(h.split()[-1] for h in SCHOOL_BODY_HEADS)),
    "PHÒNG": ("QUỐC", "VĂN", "DỰ", "ĐỀ", "TRƯỞNG"),
    "CỤC": ("TỔNG", "CHI", "BỐ"),
    "SỞ": ("CƠ", "TRỤ", "ĐẦU"),
}
#: Words after such a head that do the same ("BAN HÀNH", "PHÒNG, CHỐNG").  Upper case.
INLINE_HEAD_BLOCKERS_AFTER: dict[str, tuple[str, ...]] = {
    "BAN": ("NHÂN", "HÀNH"),
    "PHÒNG": ("CHỐNG", "NGỪA", "VỆ", "BỆNH", "CHÁY"),
}
#: Words after a head opening a header cell that make it the head word of another phrase
#: ("BAN HÀNH …", "PHÒNG CHỐNG DỊCH …").  Narrower than :data:`INLINE_HEAD_BLOCKERS_AFTER`:
#: a cell may open with "BAN NHÂN DÂN" (the hamlet's body: "BAN NHÂN DÂN ẤP X", "… KHU PHỐ
#: Y"), which inside a line follows "ỦY" only.  Upper case.
HEAD_OPENING_BLOCKERS_AFTER: dict[str, tuple[str, ...]] = {
    "BAN": ("HÀNH",),
    "PHÒNG": INLINE_HEAD_BLOCKERS_AFTER["PHÒNG"],
}

#: Heads of a local body whose name is the head, a unit word and the place ("ỦY BAN NHÂN DÂN
#: XÃ X", "ĐẢNG ỦY PHƯỜNG Y"): such a line names a body whole, wherever it stands.  Upper
#: case.  A school ("TRƯỜNG" + a school type + its name) is the other whole body name.
LOCAL_BODY_HEADS: tuple[str, ...] = (
    "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "UBND", "HỘI ĐỒNG NHÂN DÂN", "HĐND", "ĐẢNG ỦY",
    "ĐẢNG UỶ", "ĐẢNG BỘ", "CÔNG AN", "TRẠM Y TẾ", "ỦY BAN MẶT TRẬN TỔ QUỐC",
    "UỶ BAN MẶT TRẬN TỔ QUỐC", "BAN CHỈ HUY QUÂN SỰ",
)
#: The word opening a school's name ("TRƯỜNG THCS X").  Upper case.
SCHOOL_HEAD = "TRƯỜNG"
#: Cells of a school's Youth Union, Pioneers or Party ("CHI ĐOÀN THCS X", "LIÊN ĐỘI TH Y"):
#: the head in written case, then the school's type and name as a school's.  Upper case keys.
SCHOOL_CELL_HEADS: dict[str, str] = {
    "CHI ĐOÀN": "Chi đoàn", "LIÊN ĐỘI": "Liên đội", "CHI BỘ": "Chi bộ",
}
