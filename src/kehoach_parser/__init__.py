"""kehoach_parser — Vietnamese administrative plans as typed, structured records.

>>> import kehoach_parser
>>> text = ("KẾ HOẠCH\\nPhát triển kinh tế năm 2026\\n\\n"
...         "I. CHỈ TIÊU\\n1. Thu ngân sách đạt 10.900 triệu đồng.\\n")
>>> doc = kehoach_parser.parse(text)          # or kehoach_parser.parse_file("plan.pdf")
>>> [(i.name, i.comparator, i.value, i.unit) for i in doc.indicators]
[('Thu ngân sách', '=', 10900.0, 'triệu đồng')]
"""

from kehoach_parser.document import (
    DateMention,
    Document,
    Indicator,
    ParseWarning,
    Recipient,
    Reference,
    Section,
    SectionNode,
    Signer,
    Term,
    document_json_schema,
)
from kehoach_parser.errors import (
    CorruptFile,
    EmptyDocument,
    EncodingError,
    EncryptedPDF,
    KehoachError,
    MissingDependency,
    NoTextLayer,
    UnsupportedFormat,
)
from kehoach_parser.high_level import parse, parse_bytes, parse_file
from kehoach_parser.open_store import open_store
from kehoach_parser.version import __version__

__all__ = [
    "CorruptFile", "DateMention", "Document", "EmptyDocument", "EncodingError", "EncryptedPDF",
    "Indicator", "KehoachError", "MissingDependency", "NoTextLayer", "ParseWarning", "Recipient",
    "Reference", "Section", "SectionNode", "Signer", "Term", "UnsupportedFormat", "__version__",
    "document_json_schema", "open_store", "parse", "parse_bytes", "parse_file",
]
