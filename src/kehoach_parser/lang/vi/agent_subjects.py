"""Bodies and places that act before a target's measure, and the verbs they act by.

"Thành phố sẽ duy trì tỷ số giới tính khi sinh từ 103 …", "Hội nghị thống nhất chốt quân số
giao quân … là 268 công dân", "Trung tâm Giới thiệu việc làm tỉnh chủ trì …, tổ chức tư vấn
giới thiệu việc làm cho 20.000 lao động": news and reports put a body (or a place) and the
verb of its decision before what is measured.  The body is who acts, never the measure: the
name starts after the body and its verbs (``extract/indicators/names.py``,
``after_agent_subject``).

* ``AGENT_BODY_HEADS`` — heads of a body or a place that opens a sentence as its subject,
  drawn from the shared lists of bodies and places, with ``AGENT_ONLY_HEADS``.  The name of
  the body may follow the head ("Trung tâm Y tế huyện …", "UBND tỉnh").
* ``AGENT_VERBS`` — verbs by which a body decides, assigns or organises, and "sẽ" (will).
  Verbs of attaining ("đạt", "có", "được công nhận") are left out: "xã đạt chuẩn nông thôn
  mới: 10 xã" names a measure by its place.
* ``VERB_NOUN_COMPOUNDS`` — nouns that open with an agent verb ("giao thông", "giao dịch"):
  there the verb is a syllable of the noun, and no body acts.
"""

from __future__ import annotations

from kehoach_parser.lang.vi import abbreviations, admin_units

#: Heads of ``abbreviations.BODY_HEADS`` (issuer lines) that open other things in running
#: text, where a subject's head is read: "ban hành", "hội viên", "đoàn viên", "trường học",
#: "phòng, chống", "văn phòng phẩm", "viện phí", "vụ việc"; "Ủy ban", "Hội đồng" and
#: "Đảng bộ" name no single body without what follows.  Upper case, as there.
_NOT_AGENT_BODY_HEADS: frozenset[str] = frozenset({
    "ỦY BAN", "UỶ BAN", "HỘI ĐỒNG", "PHÒNG", "BAN", "ĐẢNG BỘ", "VĂN PHÒNG", "TRƯỜNG", "HỘI",
    "ĐOÀN", "QUỐC HỘI", "VỤ", "VIỆN", "HĐ TĐ-KT", "HĐTĐKT", "CHI ĐOÀN", "LIÊN ĐỘI", "CHI BỘ",
    "CHI HỘI",
})
#: The heads of a local body's full name (``abbreviations.LOCAL_BODY_HEADS``) that act in
#: running text.
_AGENT_LOCAL_BODY_HEADS: tuple[str, ...] = (
    "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN",
)

#: Heads a subject's sentence opens with that no shared list holds: a body's steering
#: board, standing committee or front, the Party committees in their other spelling, and a
#: meeting that decides ("Hội nghị thống nhất …").  Lower case.
AGENT_ONLY_HEADS: tuple[str, ...] = (
    "ban chỉ đạo", "ban thường vụ", "hội nghị", "huyện uỷ", "tỉnh uỷ", "thành uỷ",
    "ủy ban mặt trận",
)

AGENT_BODY_HEADS: tuple[str, ...] = tuple(dict.fromkeys(
    [h.lower() for h in abbreviations.BODY_HEADS if h not in _NOT_AGENT_BODY_HEADS]
    + [h.lower() for h in abbreviations.LOCAL_BODY_HEADS if h in _AGENT_LOCAL_BODY_HEADS]
    + list(AGENT_ONLY_HEADS) + list(admin_units.ADMIN_UNITS)))
"""Heads of a body (``abbreviations.BODY_HEADS`` and ``LOCAL_BODY_HEADS``, lower-cased, less
the heads that open other things) or a place (``admin_units.ADMIN_UNITS``), and
``AGENT_ONLY_HEADS``.  A place word that names no place (``admin_units.UNIT_WORD_PHRASES``:
"xã hội") is told apart where the pattern is built."""

#: The verbs overlap ``sections.BODY_TASK_VERBS`` ("chủ trì", "phối hợp", "triển khai", "chỉ
#: đạo") but are not drawn from it: most task verbs there ("tổ chức", "thực hiện", "xây
#: dựng") say what is done and so name the measure.
AGENT_VERBS: tuple[str, ...] = (
    "sẽ", "chủ trì", "thống nhất", "chốt", "yêu cầu", "đề nghị", "chỉ đạo", "quyết định",
    "giao", "được giao", "phân bổ", "được phân bổ", "triển khai", "đặt ra", "đặt mục tiêu",
    "phối hợp", "phối hợp với",
    # verbs of deciding on targets (``status_words.TARGET_DECISION_VERBS``; brief H19F)
    "đề ra", "xác định", "quyết nghị", "xây dựng",
)

#: "Trung tâm giao dịch một cửa …", "Xã có đường giao thông …": "giao" opens a noun here, not
#: an act.  ("giao đất", "giao rừng" are left out: there "giao" allots what follows.)
VERB_NOUN_COMPOUNDS: tuple[str, ...] = (
    "giao thông", "giao dịch", "giao lưu", "giao tiếp", "giao nhận", "giao ban",
)
