"""Features of a document's lines for the line-role model: shape, place, vocabulary,
neighbours; nothing for a line without a letter or a digit."""

from __future__ import annotations

from kehoach_parser.extract.line_features import line_features

LINES = [
    "ỦY BAN NHÂN DÂN",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "-------",
    "Số: 12/KH-UBND",
    "An Bình, ngày 5 tháng 3 năm 2025",
    "",
    "KẾ HOẠCH",
    "Phát triển sản xuất nông nghiệp",
    "I. MỤC TIÊU",
    "1. Tỷ lệ hộ nghèo giảm còn 2%;",
    "| Thu nhập | 60 triệu đồng |",
    "Nơi nhận:",
    "- Lưu: VT.",
    "KT. CHỦ TỊCH",
    "Nguyễn Văn An",
]


def _feats() -> list[tuple[str, ...]]:
    return line_features(LINES)


def test_lines_without_letters_have_no_features() -> None:
    feats = _feats()
    assert len(feats) == len(LINES)
    assert feats[2] == () and feats[5] == ()
    assert all(feats[i] for i in range(len(LINES)) if i not in (2, 5))


def test_vocabulary_hits() -> None:
    f = _feats()
    assert "voc:opens_body" in f[0] and "caps=all" in f[0]
    assert "voc:motto" in f[1] and "voc:motto_words" in f[1]
    assert "voc:number_line" in f[3] and "voc:opens_body" not in f[3]  # Số is not Sở
    assert "voc:date_words" in f[4]
    assert "voc:doc_type_only" in f[6]
    assert "voc:target_words" in f[9] and "percent" in f[9] and "end=;" in f[9]
    assert "pipes" in f[10]
    assert "voc:recipients" in f[11] and "voc:archive" in f[12]
    assert {"voc:authority", "voc:position"} <= set(f[13])
    assert "voc:name_shape" in f[14] and "voc:name_shape" not in f[7]


def test_shape_place_and_context() -> None:
    f = _feats()
    assert "label=roman" in f[8] and "label=arabic1" in f[9] and "label=none" in f[7]
    assert "top=0" in f[0] and "end_dist=0" in f[14] and "p:none" in f[0] and "n:none" in f[14]
    assert "blank_before" in f[6] and "blank_after" in f[4]
    assert "after_type_line" in f[7] and "after_type_line" not in f[6]
    assert "after_recipients_line" in f[12] and "after_recipients_line" not in f[11]
    # neighbours skip lines without letters: the motto's next line is the number line
    assert "n:voc:number_line" in f[1] and "p:voc:motto" in f[3]


def test_length_is_relative_to_the_document() -> None:
    short = line_features(["Một dòng ngắn.", *["Đây là một dòng dài hơn nhiều, như thân bài."] * 5])
    long = line_features(["Một dòng ngắn.", *["Ngắn."] * 5])
    assert "rel_len=s" in short[0] or "rel_len=xs" in short[0]
    assert "rel_len=xl" in long[0]
