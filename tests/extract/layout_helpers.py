"""Shared pieces of the header and footer layout tests of round H14H (issue 11): a header
and a footer written for the tests, never copied from a corpus document."""

from __future__ import annotations

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
TYPE = "\nKẾ HOẠCH\nTổ chức ngày hội đại đoàn kết năm 2027\n"
BODY = (
    "\nI. MỤC ĐÍCH, YÊU CẦU\nPhát huy sức mạnh của khối đại đoàn kết toàn dân.\n"
    "\nII. TỔ CHỨC THỰC HIỆN\nCác thôn triển khai thực hiện.\n\n"
)


def header(issuer: str, number: str = "Số: 12/KH-UBND") -> str:
    """A header: ``issuer``'s lines, the motto, the number line, the place and date, the type
    line and the title."""
    return f"{issuer}\n{MOTTO}{number}\nHòa Bình, ngày 04 tháng 9 năm 2027\n{TYPE}"


def signed(footer: str) -> str:
    """A whole plan of a commune ending with ``footer``."""
    return header("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH") + BODY + footer
