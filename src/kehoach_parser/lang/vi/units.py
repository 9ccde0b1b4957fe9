"""Units of measure written after a value, and their canonical form (spec table).

* ``PERCENT_UNITS`` — percent and per-mille signs and words.
* ``MONEY_UNITS`` — currency words; a bare "triệu"/"tỷ" is money ("13 tỷ" → "tỷ đồng");
  ``MONEY_BASES`` — the base unit and scale of each ("tỷ đồng" → "đồng" × 10⁹).
* ``MEASURE_UNITS`` — physical measures, kept as written in lower case ("ha", "tấn").
* ``TIME_UNITS`` — durations; a value in them is a target only with a comparator
  ("sớm hơn 01 tháng"), never alone ("6 tháng đầu năm", "96 năm").
* ``PER_DENOMINATORS`` — what may follow "/" in a compound unit ("triệu đồng/người/năm").

Keys are lower case as written; values are the canonical spelling.
"""

from __future__ import annotations

PERCENT_UNITS: dict[str, str] = {
    "%": "%", "phần trăm": "%", "‰": "‰", "phần nghìn": "‰", "phần ngàn": "‰",
    "điểm phần trăm": "điểm phần trăm", "điểm %": "điểm %", "điểm%": "điểm%",
    "%0": "%0", "%o": "%o",
}

MONEY_UNITS: dict[str, str] = {
    "tỷ đồng": "tỷ đồng", "tỉ đồng": "tỷ đồng", "tỷ": "tỷ đồng", "tỉ": "tỷ đồng",
    "tỷ.đ": "tỷ đồng", "tỷ.đồng": "tỷ đồng", "tỷ vnđ": "tỷ đồng", "tr.đ": "triệu đồng",
    "triệu đồng": "triệu đồng", "triệu": "triệu đồng", "nghìn đồng": "nghìn đồng",
    "ngàn đồng": "nghìn đồng", "đồng": "đồng", "vnđ": "đồng", "vnd": "đồng",
    "usd": "USD", "triệu usd": "triệu USD", "tỷ usd": "tỷ USD", "tỉ usd": "tỷ USD",
    "nghìn usd": "nghìn USD", "đô la mỹ": "USD", "tỉ đô la mỹ": "tỉ đô la Mỹ",
    "tỷ đô la mỹ": "tỷ đô la Mỹ", "triệu đô la mỹ": "triệu đô la Mỹ",
    # the abbreviation of "đồng" written on the digits ("16.000.000đ")
    "đ": "đồng",
    # a scale word and "đ" written as one ("1.184 tỷđ", "60trđ/người/năm")
    "tỷđ": "tỷ đồng", "tỉđ": "tỷ đồng", "trđ": "triệu đồng",
}

#: The base unit and scale of each canonical money unit (normalised extras), keyed by
#: the canonical unit in lower case.
MONEY_BASES: dict[str, tuple[str, float]] = {
    "tỷ đồng": ("đồng", 1e9), "triệu đồng": ("đồng", 1e6), "nghìn đồng": ("đồng", 1e3),
    "đồng": ("đồng", 1.0), "usd": ("USD", 1.0), "triệu usd": ("USD", 1e6),
    "tỷ usd": ("USD", 1e9), "nghìn usd": ("USD", 1e3), "tỉ đô la mỹ": ("USD", 1e9),
    "tỷ đô la mỹ": ("USD", 1e9), "triệu đô la mỹ": ("USD", 1e6),
}

MEASURE_UNITS: dict[str, str] = {
    "ha": "ha", "héc ta": "ha", "hecta": "ha", "héc-ta": "ha",
    "tấn": "tấn", "tạ": "tạ", "kg": "kg", "km": "km", "m": "m", "m2": "m2", "m²": "m²",
    "m3": "m3", "m³": "m³", "km2": "km2", "km²": "km²", "lít": "lít", "cm": "cm",
    "kw": "kW", "kwh": "kWh", "mw": "MW", "mwh": "MWh", "triệu m3": "triệu m3",
    "giường bệnh": "giường bệnh", "bác sĩ": "bác sĩ", "mb/s": "Mb/s", "mbps": "Mbps",
    "gb/s": "Gb/s", "kg/người/năm": "kg/người/năm",
    # concentrations of air and water ("bụi PM2.5 dưới 40 μg/m3"; the micro sign and the
    # Greek mu are both typed)
    "μg/m3": "μg/m3", "µg/m3": "μg/m3", "μg/m³": "μg/m³", "µg/m³": "μg/m³",
    "mg/m3": "mg/m3", "mg/m³": "mg/m³", "mg/l": "mg/l",
    "điểm": "điểm", "bậc": "bậc",
}

TIME_UNITS: dict[str, str] = {
    "tháng": "tháng", "ngày": "ngày", "năm": "năm", "tuần": "tuần", "giờ": "giờ",
    "quý": "quý", "ngày làm việc": "ngày làm việc", "phút": "phút",
    # a frequency behaves like a duration: "mỗi quý 01 lần" sets no target, "tăng 2 lần" does
    "lần": "lần",
}

#: Denominators of compound units: "tạ/ha", "triệu đồng/người/năm", "kg/người/năm".
PER_DENOMINATORS: tuple[str, ...] = (
    "ha", "người", "năm", "tháng", "hộ", "lao động", "khẩu", "sào", "m2", "m²", "km",
    "con", "ngày", "học sinh", "vạn dân", "nghìn dân", "1.000 dân", "10.000 dân",
    "100.000 dân", "trẻ", "đơn vị", "1 vạn dân", "dân", "vụ", "xã", "năm học", "phụ nữ",
    "100 bé gái", "100 trẻ gái", "bé gái", "trẻ gái", "người dân", "lượt",
    "hội nghị", "lớp", "lần", "đợt", "quý", "tuần", "vị trí",
    # a day and night of a plant's capacity ("cấp nước 5.000 m3/ngày đêm")
    "ngày đêm",
)

#: Denominators of time that make a unit a frequency ("2 buổi/ngày", "02 lần/tháng"): a bare
#: frequency inside the name of a share ("100% học sinh được học 2 buổi/ngày") describes
#: what is counted, it is no target of its own.
FREQUENCY_DENOMINATORS: tuple[str, ...] = ("ngày", "tuần", "tháng", "quý", "năm", "năm học")

#: Counted nouns of a timetable: "học 01 buổi/ngày", "dạy 2 ca/ngày" say how a school or
#: an office runs (a mode), never a level to reach; a bare frequency of them is no figure.
SCHEDULE_NOUNS: tuple[str, ...] = ("buổi", "ca", "tiết")

#: Scale words after a number: "148 nghìn con", "1,2 triệu lượt khách", "84,3 nghìn tỷ
#: đồng".  The unit keeps them as written ("nghìn con"); the normalised extras apply them
#: (``base_value``).  "triệu" and "tỷ" scale only before a counted noun or another scale;
#: alone they are money.
MULTIPLIERS: dict[str, int] = {"nghìn": 1_000, "ngàn": 1_000, "vạn": 10_000,
                               "triệu": 1_000_000, "tỷ": 1_000_000_000, "tỉ": 1_000_000_000}

#: The word of "a year" in a rate ("%/năm", "6% trở lên/năm", "2-3% năm").
PER_YEAR_WORD = "năm"
