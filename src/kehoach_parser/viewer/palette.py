"""Colours of the viewer, one per kind of highlighted record, and the contrast arithmetic
that checks them (WCAG 2.x relative luminance).

Every highlight is dark text (:data:`TEXT`) on a light background, so the text contrast is
far above AA's 4.5:1; each kind also has a darker underline colour with at least 3:1 against
both the page and its own background (WCAG 1.4.11, non-text contrast) and its own underline
style, so kinds stay distinct without relying on hue alone.  ``docs/viewer.md`` lists them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KindStyle:
    """How one kind of record is drawn."""

    kind: str
    label: str          # shown in the legend and the tooltip
    background: str     # highlight fill
    underline: str      # border colour under the text
    line: str           # CSS border style: solid, dashed, ...


PAGE = "#ffffff"
TEXT = "#1a1a1a"
MUTED = "#4a4a4a"
LINK = "#0b57d0"
FOCUS = "#0a2a66"

#: In drawing order: a kind listed earlier is drawn outside a later one when both start at
#: the same character and have the same length.
KINDS: tuple[KindStyle, ...] = (
    KindStyle("section", "Section heading", "#eef1f5", "#5a6270", "none"),
    KindStyle("header", "Header field", "#ffe3cc", "#a84300", "solid"),
    KindStyle("signer", "Signer", "#cff3f1", "#006d6f", "double"),
    KindStyle("reference", "Reference", "#f1ddff", "#7a3aa0", "dotted"),
    KindStyle("indicator", "Indicator (target)", "#fff1a8", "#7d6200", "solid"),
    KindStyle("result", "Result (reported figure)", "#d5f3cd", "#2c6e2f", "double"),
    KindStyle("date", "Date", "#d8e8ff", "#1d5aa6", "dashed"),
    KindStyle("warning", "Warning", "#ffdcdc", "#b0001e", "dashed"),
)

KIND_STYLES: dict[str, KindStyle] = {k.kind: k for k in KINDS}
KIND_ORDER: dict[str, int] = {k.kind: i for i, k in enumerate(KINDS)}


def _channel(c: int) -> float:
    s = c / 255
    return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb``."""
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio between two ``#rrggbb`` colours (1 to 21)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
