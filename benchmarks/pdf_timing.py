"""Timing helpers shared by the PDF benchmarks (``bench_loaders.py``, ``bench_pdf_engines.py``).

The baseline of every PDF figure is bare pypdfium2 text extraction of every page, timed in
in-process CPU time (other processes on a shared machine slow wall-clock time, not this).
"""

from __future__ import annotations

import time
from collections.abc import Callable


def best_cpu(fn: Callable[[], object], repeat: int = 5) -> float:
    """The least in-process CPU time of ``repeat`` runs of ``fn``."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return min(times)


def bare_pdfium(datas: list[bytes]) -> None:
    """Bare pypdfium2 text extraction of every page: the baseline of the loaders."""
    import pypdfium2 as pdfium

    for data in datas:
        doc = pdfium.PdfDocument(data)
        for i in range(len(doc)):
            page = doc[i]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        doc.close()
