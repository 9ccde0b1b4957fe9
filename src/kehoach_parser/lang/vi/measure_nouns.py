"""Counted nouns: the head of the noun phrase after a number ("08 trường học" → "trường học").

The extractor looks up ``MULTIWORD_HEADS`` first (longest match wins): these are heads that
a word segmenter gets wrong or splits ("giấy chứng nhận", "lượt lao động").  A word in
``SINGLE_HEADS`` is a head by itself ("hộ", "thôn").  Anything else goes to the word
segmenter (underthesea, when installed) and, without it, the first word is taken.

``NOT_HEADS`` are words that cannot start a counted noun phrase (prepositions, verbs,
conjunctions): a number followed by one of them has no unit.
"""

from __future__ import annotations

from kehoach_parser.lang.vi.admin_units import ADMIN_UNITS, VILLAGE_UNITS

MULTIWORD_HEADS: tuple[str, ...] = (
    "lượt lao động", "lượt người", "lượt khách", "lượt hộ", "lượt học sinh",
    "giấy chứng nhận", "khu dân cư", "trường học", "cơ sở", "doanh nghiệp", "hợp tác xã",
    "tổ hợp tác", "sản phẩm", "phòng học", "điển hình", "gia đình", "hộ gia đình",
    "hộ nghèo", "hộ cận nghèo", "lao động", "việc làm", "học sinh", "sinh viên",
    "công trình", "dự án", "mô hình", "câu lạc bộ", "nhà văn hóa", "nhà ở", "căn nhà",
    "ngôi nhà", "nhà", "tuyến đường", "cây số", "thôn/làng", "thôn, làng", "thôn/bản",
    "tổ dân phố", "khu phố", "đơn vị", "cơ quan", "trạm y tế", "bác sĩ", "giường bệnh",
    "đảng viên", "tổ chức cơ sở đảng", "chi bộ", "hội viên", "đoàn viên", "thanh niên",
    "công dân", "tân binh", "thủ tục hành chính", "hồ sơ", "tài khoản", "chữ ký số",
    "camera", "sáng kiến", "đề tài", "lớp", "lớp học", "buổi", "cuộc", "hội nghị",
    "cây xanh", "cây", "con giống", "chợ", "làng nghề", "nghề",
    "điểm du lịch", "khách du lịch", "người", "hộ", "con", "xã", "thôn", "làng", "bản",
    "trường", "giấy", "đơn", "vụ", "tập thể", "cá nhân", "htx", "km đường", "thuê bao",
    "lượt truy cập", "điểm truy cập", "trạm", "nhà máy", "cụm công nghiệp",
    "giường", "bác sỹ", "bé trai", "trẻ trai", "cơ sở dữ liệu",
    "đoạn đường", "căn hộ",
)

#: Single-word heads (also tried when the segmenter is missing).
SINGLE_HEADS: tuple[str, ...] = (
    "người", "hộ", "con", "thôn", "làng", "bản", "xã", "phường", "trường", "giấy", "đơn",
    "vụ", "lượt", "cây", "chiếc", "cái", "căn", "ngôi", "tuyến", "cụm", "điểm", "lớp",
    "buổi", "cuộc", "đợt", "mô hình", "em", "cháu", "suất", "phần", "bộ", "chợ", "khu",
)

#: Words that cannot be the head of a counted noun: a number followed by one has no unit.
NOT_HEADS: tuple[str, ...] = (
    "trở", "so", "và", "hoặc", "với", "theo", "trên", "dưới", "của", "cho", "tại", "ở",
    "trong", "được", "là", "đạt", "có", "đến", "tới", "từ", "lên", "xuống", "còn", "thì",
    "mà", "nhưng", "để", "nhằm", "khi", "sau", "trước", "tính", "kể", "bằng", "như",
    "gồm", "hơn", "nữa", "trở lên", "trở xuống", "mỗi", "các", "những", "này", "đó",
    "đã", "sẽ", "đang", "vào", "ra", "về", "qua", "bình quân", "cùng", "tương đương",
)

#: Words for places of one level that a count may name together, joined by commas, as one
#: counted noun ("15 tỉnh, thành phố", "18 huyện, thị xã, thành phố", "19 thôn, bản"): the
#: whole coordination is the unit.  A single one of them is read as any other head.
COORDINATED_PLACE_HEADS: tuple[str, ...] = ADMIN_UNITS + VILLAGE_UNITS
