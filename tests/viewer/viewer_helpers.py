"""Reading the viewer's marks back out of a page (standard library only)."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_VOID = {"meta", "br", "hr", "img", "input", "link", "wbr"}


class MarkReader(HTMLParser):
    """Collects, for every ``data-mark``, its kind, its pieces' text and its first piece's
    attributes; fails on a closing tag that does not match the open one."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.texts: dict[str, str] = {}
        self.kinds: dict[str, str] = {}
        self.first: dict[str, dict[str, str | None]] = {}
        self.pieces: dict[str, int] = {}
        self.text_parts: list[str] = []
        self.in_text = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            return
        a = dict(attrs)
        mark = a.get("data-mark")
        if mark is not None:
            self.texts.setdefault(mark, "")
            self.kinds[mark] = a.get("data-kind") or ""
            self.pieces[mark] = self.pieces.get(mark, 0) + 1
            if "id" in a:
                assert mark not in self.first, f"two first pieces for {mark}"
                self.first[mark] = a
        if self.in_text or (a.get("class") == "text" and tag == "div"):
            self.in_text += 1
        self.stack.append((tag, mark))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        open_tag, _ = self.stack.pop()
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>"
        if self.in_text:
            self.in_text -= 1

    def handle_data(self, data: str) -> None:
        for _, mark in self.stack:
            if mark is not None:
                self.texts[mark] += data
        if self.in_text:
            self.text_parts.append(data)


def read_marks(page: str) -> MarkReader:
    reader = MarkReader()
    reader.feed(page)
    reader.close()
    return reader
