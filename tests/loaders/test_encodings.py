"""Legacy encodings: tables over every Vietnamese letter, detection, mixed runs."""

from __future__ import annotations

import unicodedata

import pytest
from loader_paths import CORPUS

from kehoach_parser.errors import EncodingError
from kehoach_parser.loaders import load_bytes
from kehoach_parser.loaders.encodings import (
    decode_tcvn3,
    detect_and_decode,
    repair_legacy_text,
    repair_runs,
    tcvn3,
    vni,
)
from kehoach_parser.loaders.encodings.syllables import VIET_LETTERS, text_score
from kehoach_parser.text.normalize import normalize

BASES = "aăâeêioôơuưy"
TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
#: Every Vietnamese vowel with every tone, plus đ: 12 * 6 + 1 = 73 lower-case letters.
LOWER = [unicodedata.normalize("NFC", b + t) for b in BASES for t in TONES] + ["đ"]
UPPER = [c.upper() for c in LOWER]


def test_alphabet_is_complete() -> None:
    assert len(set(LOWER)) == 73
    assert all(len(c) == 1 for c in LOWER + UPPER)
    assert set(LOWER + UPPER) <= VIET_LETTERS


@pytest.mark.parametrize("letter", [c for c in LOWER if not c.isascii()])
def test_tcvn3_lower_case_letter_has_its_own_byte(letter: str) -> None:
    encoded = tcvn3.encode(letter)
    assert len(encoded) == 1 and 0xA1 <= ord(encoded) <= 0xFE
    assert encoded.encode("latin-1")  # a single byte
    assert tcvn3.decode(encoded) == letter


def test_tcvn3_codes_are_distinct() -> None:
    codes = [tcvn3.encode(c) for c in LOWER if not c.isascii()]
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize("letter", [c for c in UPPER if not c.isascii()])
def test_tcvn3_upper_case_letter_round_trips_in_a_heading(letter: str) -> None:
    # Capitals typed in .VnTimeH: the heading rule restores them.
    line = f"KẾ HOẠCH {letter}NG THI ĐUA"
    assert decode_tcvn3(tcvn3.encode(line)) == line


def test_tcvn3_capitals_with_codes() -> None:
    for cap, byte in zip("ĂÂÊÔƠƯĐ", range(0xA1, 0xA8), strict=True):
        assert tcvn3.encode(cap) == chr(byte)
        assert tcvn3.decode(chr(byte)) == cap


@pytest.mark.parametrize("letter", [c for c in LOWER + UPPER if not c.isascii()])
def test_vni_every_letter_round_trips(letter: str) -> None:
    encoded = vni.encode(letter)
    assert all(ord(c) < 0x100 for c in encoded)
    assert vni.decode(encoded) == letter


def test_known_mojibake_strings() -> None:
    # As seen in old documents typed with the ABC and VNI keyboards.
    assert (tcvn3.decode("Céng hoµ x· héi chñ nghÜa ViÖt Nam")
            == "Cộng hoà xã hội chủ nghĩa Việt Nam")
    assert tcvn3.decode("§éc lËp - Tù do - H¹nh phóc") == "Độc lập - Tự do - Hạnh phúc"
    assert (vni.decode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")
            == "Cộng hòa xã hội chủ nghĩa Việt Nam")
    assert vni.decode("Ñoäc laäp - Töï do - Haïnh phuùc") == "Độc lập - Tự do - Hạnh phúc"
    assert vni.decode("ngöôøi") == "người"


def test_vnitimeh_headings_restored() -> None:
    text = tcvn3.encode("KẾ HOẠCH\nI. MỤC ĐÍCH, YÊU CẦU\nSố: 12/KH-UBND\nTM. ỦY BAN NHÂN DÂN")
    assert decode_tcvn3(text).split("\n") == [
        "KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU", "Số: 12/KH-UBND", "TM. ỦY BAN NHÂN DÂN"]


def test_capital_opening_a_sentence_restored() -> None:
    assert decode_tcvn3(tcvn3.encode("Ở đây. Ổn định")) == "Ở đây. Ổn định"


@pytest.mark.parametrize("name", ["tcvn3", "vni"])
def test_detects_legacy_bytes(name: str) -> None:
    clean = (CORPUS / "001_8353b6c099b5b052.txt").read_text(encoding="utf-8")
    encode = tcvn3.encode if name == "tcvn3" else vni.encode
    data = encode(clean.replace("Ủy", "Uỷ")).encode("cp1252")
    loaded = load_bytes(data, name="x.txt")
    assert loaded.encoding == name
    assert [w.code for w in loaded.warnings] == ["W102"]
    assert normalize(loaded.text).text == normalize(clean).text


def _cp1258(text: str) -> bytes:
    """Windows-1258: precomposed â ê ô ơ ư ă, tones as combining marks."""
    out = []
    for ch in text:
        nfd = unicodedata.normalize("NFD", ch)
        base = nfd[:1]
        marks = nfd[1:]
        shape = "".join(m for m in marks if m in "\u0302\u0306\u031b")
        tone = "".join(m for m in marks if m not in shape)
        out.append(unicodedata.normalize("NFC", base + shape) + tone)
    return "".join(out).encode("cp1258")


def test_detects_windows_1258() -> None:
    text = "Kế hoạch phát động phong trào thi đua năm 2026 của Ủy ban nhân dân xã"
    data = _cp1258(text)
    det = detect_and_decode(data)
    assert det.encoding == "cp1258"
    assert det.text == text


def test_utf8_vietnamese_is_never_touched() -> None:
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert repair_runs(text).text == text
        loaded = load_bytes(path.read_bytes(), name=path.name)
        assert loaded.encoding == "utf-8" and loaded.warnings == []
        assert text_score(text) > 0


def test_latin1_looking_vietnamese_words_stay() -> None:
    # Only Latin-1 letters, all of them plausible TCVN3 codes: still real Vietnamese.
    for text in ("Tài chính", "Tôi đi chợ", "Cà phê", "Hà Nội"):
        assert repair_runs(text).text == text
    # Signs that are TCVN3 codes, standing alone: not mojibake.
    for text in ("© 2026 UBND", "Diện tích 3 × 4 m", "Nhiệt độ 30°C", "Tỷ lệ ½ số hộ"):
        assert repair_runs(text).text == text


def test_mixed_runs_repaired_per_run() -> None:
    unicode_line = "Căn cứ Quyết định số 12/QĐ-UBND của Ủy ban nhân dân tỉnh;"
    pasted_tcvn3 = tcvn3.encode("Thực hiện Kế hoạch số 184/KH-UBND về việc phát động thi đua.")
    pasted_vni = vni.encode("Phát triển kinh tế - xã hội năm 2026")
    inline = "Ủy ban nhân dân xã " + tcvn3.encode("ban hành kế hoạch")
    text = f"{unicode_line}\n{pasted_tcvn3}\n{pasted_vni}\n{inline}"
    fixed, warnings = repair_legacy_text(text)
    assert fixed.split("\n") == [
        unicode_line,
        "Thực hiện Kế hoạch số 184/KH-UBND về việc phát động thi đua.",
        "Phát triển kinh tế - xã hội năm 2026",
        "Ủy ban nhân dân xã ban hành kế hoạch",
    ]
    assert [w.code for w in warnings] == ["W103"]
    loaded = load_bytes(text.encode("utf-8"), name="mixed.txt")
    assert loaded.text == fixed and loaded.encoding == "utf-8+legacy"


def test_nfd_and_tone_placement_left_to_the_normaliser() -> None:
    # The loader keeps code points; the pipeline's normaliser composes and moves tones.
    nfd = unicodedata.normalize("NFD", "Thanh Hoá, hoà bình")
    loaded = load_bytes(nfd.encode("utf-8"), name="nfd.txt")
    assert loaded.text == nfd
    assert normalize(loaded.text).text == "Thanh Hóa, hòa bình"


def test_binary_bytes_are_an_encoding_error() -> None:
    with pytest.raises(EncodingError) as err:
        load_bytes(b"\x00\x01\x02\xff" * 100, name="bad.txt", path="/tmp/bad.txt")
    assert "/tmp/bad.txt" in str(err.value)


def test_viscii_table_covers_every_letter_once() -> None:
    from kehoach_parser.loaders.encodings import viscii

    letters = [c for c in LOWER + UPPER if not c.isascii()]
    codes = [viscii.encode(c) for c in letters]
    assert all(len(code) == 1 for code in codes)
    assert len(set(codes)) == len(letters) == 134
    for letter, code in zip(letters, codes, strict=True):
        assert viscii.decode_bytes(code) == letter
    # letters Latin-1 already has keep their Latin-1 byte
    for letter in "ÀÁÂÃÈÉÊÌÍÒÓÔÙÚÝàáâãèéêìíòóôõùúý":
        assert viscii.encode(letter) == letter.encode("latin-1")


def test_detects_viscii_bytes() -> None:
    from kehoach_parser.loaders.encodings import viscii

    clean = (CORPUS / "004_da368c341be63dc3.txt").read_text(encoding="utf-8")
    clean = clean.replace("“", '"').replace("”", '"').replace("–", "-")  # not in VISCII
    loaded = load_bytes(viscii.encode(clean), name="old.txt")
    assert loaded.encoding == "viscii"
    assert loaded.text == clean


def test_legacy_hint_pattern_finds_exactly_the_repairs_hint_characters() -> None:
    from kehoach_parser.loaders.encodings.detect import _HINT_RE, _HINTS

    pattern = _HINT_RE
    assert all(pattern.fullmatch(c) for c in _HINTS)
    latin1_rest = [chr(k) for k in range(0x20, 0x250) if chr(k) not in _HINTS]
    assert not any(pattern.search(c) for c in latin1_rest)
    assert pattern.search("Kế hoạch phát triển kinh tế - xã hội năm 2026") is None
    hint = sorted(_HINTS)[0]
    assert pattern.search(f"Kế hoạch {hint} số 12") is not None
