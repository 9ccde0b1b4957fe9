"""The page's inline stylesheet, with the highlight colours taken from :mod:`.palette`."""

from __future__ import annotations

from kehoach_parser.viewer.palette import FOCUS, KINDS, LINK, MUTED, PAGE, TEXT

_BASE = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; color: %(text)s; background: %(page)s;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; }
a { color: %(link)s; }
:focus-visible, .mk:focus, .mk:target { outline: 3px solid %(focus)s; outline-offset: 2px; }
.skip { position: absolute; left: -10000px; top: 0; }
.skip:focus { left: 1rem; top: 1rem; background: %(page)s; padding: .5rem; z-index: 10; }
body > header { padding: 1rem 1rem .5rem; border-bottom: 1px solid #c8c8c8; }
h1 { font-size: 1.35rem; margin: 0 0 .5rem; overflow-wrap: anywhere; }
h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
.count { color: %(muted)s; font-weight: normal; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .75rem; margin: 0; }
.meta dt { color: %(muted)s; }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.legend { list-style: none; padding: 0; margin: .75rem 0 0; display: flex; flex-wrap: wrap;
  gap: .35rem .75rem; }
.layout { display: grid; grid-template-columns: minmax(13rem, 19rem) minmax(0, 1fr);
  gap: 1.5rem; padding: 0 1rem 2rem; max-width: 92rem; margin: 0 auto; }
#outline { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto;
  padding-bottom: 1rem; }
#outline summary { cursor: pointer; }
#outline summary h2 { display: inline; }
#outline ol { list-style: none; padding-left: 0; margin: .2rem 0; }
#outline ol ol { padding-left: 1rem; }
#outline li { margin: .15rem 0; }
#doc-text .text { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.75;
  font-family: ui-serif, Georgia, "Noto Serif", "Times New Roman", serif; font-size: 1.02rem;
  margin: 0; }
.mk { color: %(text)s; border-radius: 2px; padding-bottom: .2em; }
.mk .mk { padding-bottom: 0; }
span.k-section { font-weight: 600; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%%; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem;
  border-bottom: 1px solid #d4d4d4; }
th { background: #f2f2f2; }
.warnings li { margin: .25rem 0; }
#tooltip { position: fixed; z-index: 20; max-width: min(28rem, 92vw); background: %(page)s;
  color: %(text)s; border: 1px solid #5a5a5a; border-radius: 4px; padding: .5rem .75rem;
  box-shadow: 0 2px 8px rgba(0, 0, 0, .25); font-size: .9rem; }
#tooltip dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 .6rem;
  margin: .25rem 0 0; }
#tooltip dt { color: %(muted)s; }
#tooltip dd { margin: 0; overflow-wrap: anywhere; }
body > footer { padding: 1rem; color: %(muted)s; border-top: 1px solid #c8c8c8; }
@media (max-width: 50rem) {
  .layout { grid-template-columns: minmax(0, 1fr); }
  #outline { position: static; max-height: none; }
  body { font-size: 15px; }
}
"""


def _kind_rules() -> str:
    rules = []
    for k in KINDS:
        width = 3 if k.line == "double" else 2
        line = "none" if k.line == "none" else f"{width}px {k.line} {k.underline}"
        rules.append(f".k-{k.kind} {{ background: {k.background}; border-bottom: {line}; }}")
        rules.append(f".swatch.k-{k.kind} {{ padding: 0 .3rem; }}")
    return "\n".join(rules)


def stylesheet() -> str:
    """The CSS of the page (no external resources)."""
    colours = {"text": TEXT, "page": PAGE, "link": LINK, "focus": FOCUS, "muted": MUTED}
    return _BASE % colours + _kind_rules() + "\n"
