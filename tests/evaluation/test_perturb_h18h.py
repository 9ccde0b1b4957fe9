"""The perturbations of round H18H (issue 11): the place and date inside the title, a page's
number inside the recipients' list, a footer read row by row.  On a plan written for these
tests."""

from __future__ import annotations

import pytest

from kehoach_parser.evaluation.perturb import PERTURBATIONS, apply_perturbations

PLAN = (
    "ỦY BAN NHÂN DÂN\nXÃ PHÚ AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 31/KH-UBND\nPhú An, ngày 9 tháng 6 năm 2029\n\n"
    "KẾ HOẠCH\nNâng cao chất lượng nước sinh hoạt cho các hộ dân năm 2029\n\n"
    "I. MỤC ĐÍCH\nBảo đảm nước sạch.\n\n"
    "Nơi nhận:\n- Đảng ủy xã;\n- Các thôn;\n- Lưu: VT.\n\n"
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn An\n"
)


def run(name: str, text: str = PLAN, seed: str = "x") -> str:
    return apply_perturbations(text, [name], seed=seed)


@pytest.mark.parametrize("name", ("title_date_between", "footer_page_break",
                                  "footer_cells_interleaved"))
def test_registered_and_keeping_every_word(name: str) -> None:
    assert name in PERTURBATIONS
    out = run(name)
    assert out != PLAN
    words = [w for w in out.split() if not w.replace("/", "").isdigit()]
    assert sorted(words) == sorted(w for w in PLAN.split() if not w.replace("/", "").isdigit())


def test_the_date_stands_between_the_titles_two_lines() -> None:
    lines = run("title_date_between").split("\n")
    k = lines.index("KẾ HOẠCH")
    assert lines[k + 2] == "Phú An, ngày 9 tháng 6 năm 2029"
    assert f"{lines[k + 1]} {lines[k + 3]}" == \
        "Nâng cao chất lượng nước sinh hoạt cho các hộ dân năm 2029"
    assert lines.count("Phú An, ngày 9 tháng 6 năm 2029") == 1  # moved, not copied


def test_no_title_no_rewrite() -> None:
    bare = PLAN.replace("KẾ HOẠCH\nNâng cao chất lượng nước sinh hoạt cho các hộ dân năm 2029\n\n",
                        "")
    assert run("title_date_between", bare) == bare


@pytest.mark.parametrize("seed", ("a", "b", "c", "d"))
def test_the_page_number_falls_inside_the_list(seed: str) -> None:
    lines = run("footer_page_break", seed=seed).split("\n")
    label, archive = lines.index("Nơi nhận:"), lines.index("- Lưu: VT.")
    page = next(i for i, ln in enumerate(lines) if ln and ln.replace("/", "").isdigit())
    assert label + 1 < page < archive
    assert lines[page - 1] == "" and lines[page + 1] == ""


def test_no_recipients_no_page_break() -> None:
    bare = PLAN.split("Nơi nhận:")[0]
    assert run("footer_page_break", bare) == bare


def test_the_footer_rows_one_cell_a_line() -> None:
    out = run("footer_cells_interleaved")
    assert out.split("Nơi nhận:")[1].split("\n") == [
        "", "TM. ỦY BAN NHÂN DÂN", "- Đảng ủy xã;", "CHỦ TỊCH", "- Các thôn;", "Lê Văn An",
        "- Lưu: VT.", ""]


def test_a_footer_without_a_signature_under_it_is_left() -> None:
    unsigned = PLAN.split("TM. ỦY BAN")[0] + "Ghi chú: kế hoạch này thay thế kế hoạch năm trước " \
        "và được gửi đến các thôn để thực hiện.\n"
    assert run("footer_cells_interleaved", unsigned) == unsigned


def test_issuer_abbreviated_shortens_the_header_only() -> None:
    text = PLAN.replace("ỦY BAN NHÂN DÂN\nXÃ PHÚ AN", "UBND HUYỆN AN PHÚ\nỦY BAN MẶT TRẬN TỔ QUỐC")
    out = run("issuer_abbreviated", text)
    assert out.startswith("UBND HUYỆN AN PHÚ\nUBMTTQ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n")
    assert out.endswith("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn An\n")  # the footer as printed
    assert run("issuer_abbreviated", out) == out  # nothing left to shorten: unchanged


# review R18a, finding 6: one footer finder for every footer perturbation

SPACED_FOOTER = PLAN.replace(
    "Nơi nhận:\n- Đảng ủy xã;\n- Các thôn;\n- Lưu: VT.\n",
    "NƠI NHẬN:\n\n- Đảng ủy xã;\n\n- Các thôn;\n\n- Lưu: VT.\n")


def test_footer_two_columns_reads_items_between_blank_lines_under_a_capital_label() -> None:
    out = run("footer_two_columns", SPACED_FOOTER)
    assert "NƠI NHẬN:\tTM. ỦY BAN NHÂN DÂN\n- Đảng ủy xã;\tCHỦ TỊCH\n" \
           "- Các thôn;\tLê Văn An\n- Lưu: VT.\n" in out


def test_footer_one_line_joins_the_items_without_the_blank_lines() -> None:
    out = run("footer_one_line", SPACED_FOOTER)
    row = next(ln for ln in out.split("\n") if ln.startswith("NƠI NHẬN:"))
    assert row.startswith("NƠI NHẬN:\t- Đảng ủy xã;\t- Các thôn;\t- Lưu: VT.")
    assert row.endswith("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Lê Văn An")


def test_a_markup_line_under_the_name_is_not_the_signatures() -> None:
    # a markdown copy's page marker under the signature stays where it was
    text = PLAN + "\n<!-- page: 2 -->\n"
    out = run("footer_signature_one_line", text)
    assert "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Lê Văn An\n" in out
    assert out.endswith("\n<!-- page: 2 -->\n")


def test_one_item_is_no_recipients_list() -> None:
    one = PLAN.replace("- Đảng ủy xã;\n- Các thôn;\n", "")
    assert run("footer_two_columns", one) == one
