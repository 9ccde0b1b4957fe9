"""Units of measure written after a value, and their canonical form (spec table).

* ``PERCENT_UNITS`` — percent and per-mille signs and words.
* ``MONEY_UNITS`` — currency words; a bare "triệu"/"tỷ" is money ("13 tỷ" → "tỷ đồng").
* ``MEASURE_UNITS`` — physical measures, kept as written in lower case ("ha", "tấn").
* ``TIME_UNITS`` — durations; a value in them is a target only with a comparator
  ("sớm hơn 01 tháng"), never alone ("6 tháng đầu năm", "96 năm").
* ``PER_DENOMINATORS`` — what may follow "/" in a compound unit ("triệu đồng/người/năm").

Keys are lower case as written; values are the canonical spelling.
"""

from __future__ import annotations

PERCENT_UNITS: dict[str, str] = {
    "%": "%", "phần trăm": "%", "‰": "‰", "phần nghìn": "‰", "phần ngàn": "‰",
    "điểm phần trăm": "điểm phần trăm", "điểm %": "điểm phần trăm",
}

MONEY_UNITS: dict[str, str] = {
    "tỷ đồng": "tỷ đồng", "tỉ đồng": "tỷ đồng", "tỷ": "tỷ đồng", "tỉ": "tỷ đồng",
    "triệu đồng": "triệu đồng", "triệu": "triệu đồng", "nghìn đồng": "nghìn đồng",
    "ngàn đồng": "nghìn đồng", "đồng": "đồng", "vnđ": "đồng", "vnd": "đồng",
    "usd": "USD", "triệu usd": "triệu USD", "tỷ usd": "tỷ USD", "tỉ usd": "tỷ USD",
    "nghìn usd": "nghìn USD", "đô la mỹ": "USD",
}

MEASURE_UNITS: dict[str, str] = {
    "ha": "ha", "héc ta": "ha", "hecta": "ha", "héc-ta": "ha",
    "tấn": "tấn", "tạ": "tạ", "kg": "kg", "km": "km", "m": "m", "m2": "m²", "m²": "m²",
    "m3": "m³", "m³": "m³", "km2": "km²", "km²": "km²", "lít": "lít", "cm": "cm",
    "kw": "kW", "kwh": "kWh", "mw": "MW", "mwh": "MWh", "triệu m3": "triệu m³",
    "giường bệnh": "giường bệnh", "bác sĩ": "bác sĩ",
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
    "100.000 dân", "trẻ", "đơn vị",
)

#: Words after a number that multiply it: "148 nghìn con" = 148.000 con.  "triệu" and
#: "tỷ" multiply only before a counted noun ("1,2 triệu lượt khách"); alone they are money.
MULTIPLIERS: dict[str, int] = {"nghìn": 1_000, "ngàn": 1_000, "vạn": 10_000,
                               "triệu": 1_000_000, "tỷ": 1_000_000_000, "tỉ": 1_000_000_000}
