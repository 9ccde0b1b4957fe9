"""The separators of a list of names (review R19a, finding 5).  Written lists, made-up names."""

from __future__ import annotations

from kehoach_parser.text.lists import BLANK_SEP_RE, LOOSE_SEP_RE, split_members


def test_members_split_at_commas_and_the_joiner() -> None:
    assert split_members("Gò Mây, Bãi Cát và xóm Núi") == ["Gò Mây", "Bãi Cát", "xóm Núi"]
    assert split_members("Gò Mây, và Bãi Cát") == ["Gò Mây", "Bãi Cát"]


def test_a_joiner_inside_a_word_or_without_blanks_does_not_split() -> None:
    assert split_members("Vàng Danh") == ["Vàng Danh"]
    assert split_members("Gò Mây,Bãi Cát") == ["Gò Mây", "Bãi Cát"]  # a comma splits bare
    assert len(split_members("Gò Mâyvà Bãi Cát")) == 1


def test_the_outline_separators_keep_their_blanks() -> None:
    # the loose one: a bare comma splits, its blanks stay with the names
    assert LOOSE_SEP_RE.split("Quân sự,Công an và Y tế") == ["Quân sự", "Công an", "Y tế"]
    assert LOOSE_SEP_RE.split("Quân sự, và Y tế") == ["Quân sự", "", "Y tế"]
    # the one of bodies: a comma glued to the next word does not split
    assert BLANK_SEP_RE.split("Sở Tài chính,Sở Nội vụ") == ["Sở Tài chính,Sở Nội vụ"]
    assert BLANK_SEP_RE.split("Sở Tài chính, Sở Nội vụ và Sở Y tế") == [
        "Sở Tài chính", "Sở Nội vụ", "Sở Y tế"]
