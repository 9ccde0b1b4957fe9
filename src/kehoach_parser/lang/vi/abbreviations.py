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
    "VP": "Văn phòng",
}

#: A shortened body name that, followed by an administrative unit, means the full name
#: ("Ủy ban xã Thượng Ninh" is the commune's People's Committee).
SHORT_BODY_NAMES: dict[str, str] = {
    "ủy ban": "Ủy ban nhân dân",
    "uỷ ban": "Ủy ban nhân dân",
    "hội đồng": "Hội đồng nhân dân",
}

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
    "VĂN PHÒNG": "Văn phòng",
    "SỞ NỘI VỤ": "Sở Nội vụ",
    "SỞ TÀI CHÍNH": "Sở Tài chính",
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO": "Sở Giáo dục và Đào tạo",
    "SỞ Y TẾ": "Sở Y tế",
    "PHÒNG VĂN HÓA - XÃ HỘI": "Phòng Văn hóa - Xã hội",
    "PHÒNG KINH TẾ": "Phòng Kinh tế",
    "CÔNG AN": "Công an",
    "TRUNG TÂM": "Trung tâm",
}

#: Words that open the name of an issuing body (upper case), used to find the issuer line
#: in a header and the issuer phrase in a body sentence.
BODY_HEADS: tuple[str, ...] = (
    "ỦY BAN", "UỶ BAN", "UBND", "HỘI ĐỒNG", "HĐND", "SỞ", "PHÒNG", "BAN", "ĐẢNG ỦY",
    "ĐẢNG UỶ", "ĐẢNG BỘ", "VĂN PHÒNG", "CÔNG AN", "TRUNG TÂM", "TRƯỜNG", "BỘ", "CHI CỤC",
    "CỤC", "TỈNH ỦY", "HUYỆN ỦY", "THÀNH ỦY", "HỘI", "ĐOÀN", "MẶT TRẬN",
)
