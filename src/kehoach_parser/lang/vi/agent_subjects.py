"""Bodies and places that act before a target's measure, and the verbs they act by.

"Thành phố sẽ duy trì tỷ số giới tính khi sinh từ 103 …", "Hội nghị thống nhất chốt quân số
giao quân … là 268 công dân", "Trung tâm Giới thiệu việc làm tỉnh chủ trì …, tổ chức tư vấn
giới thiệu việc làm cho 20.000 lao động": news and reports put a body (or a place) and the
verb of its decision before what is measured.  The body is who acts, never the measure: the
name starts after the body and its verbs (``extract/indicators/names.py``,
``after_agent_subject``).

* ``AGENT_BODY_HEADS`` — heads of a body or a place that opens a sentence as its subject.
  The name of the body may follow the head ("Trung tâm Y tế huyện …", "UBND tỉnh").
* ``AGENT_VERBS`` — verbs by which a body decides, assigns or organises, and "sẽ" (will).
  Verbs of attaining ("đạt", "có", "được công nhận") are left out: "xã đạt chuẩn nông thôn
  mới: 10 xã" names a measure by its place.
* ``VERB_NOUN_COMPOUNDS`` — nouns that open with an agent verb ("giao thông", "giao dịch"):
  there the verb is a syllable of the noun, and no body acts.
"""

from __future__ import annotations

AGENT_BODY_HEADS: tuple[str, ...] = (
    "ủy ban nhân dân", "uỷ ban nhân dân", "ubnd", "hội đồng nhân dân", "hđnd",
    "sở", "cục", "chi cục", "tổng cục", "trung tâm", "ban chỉ đạo", "bcđ", "ban thường vụ",
    "hội nghị", "chính phủ", "thủ tướng", "bộ", "huyện ủy", "huyện uỷ", "tỉnh ủy",
    "tỉnh uỷ", "thành ủy", "thành uỷ", "đảng ủy", "đảng uỷ", "ủy ban mặt trận", "mặt trận",
    "công an", "thành phố", "tỉnh", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn",
)

AGENT_VERBS: tuple[str, ...] = (
    "sẽ", "chủ trì", "thống nhất", "chốt", "yêu cầu", "đề nghị", "chỉ đạo", "quyết định",
    "giao", "được giao", "phân bổ", "được phân bổ", "triển khai", "đặt ra", "đặt mục tiêu",
    "phối hợp", "phối hợp với",
)

#: "Trung tâm giao dịch một cửa …", "Xã có đường giao thông …": "giao" opens a noun here, not
#: an act.  ("giao đất", "giao rừng" are left out: there "giao" allots what follows.)
VERB_NOUN_COMPOUNDS: tuple[str, ...] = (
    "giao thông", "giao dịch", "giao lưu", "giao tiếp", "giao nhận", "giao ban",
)
