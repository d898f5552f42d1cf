"""Plan text made safe for each output format: one small pure function per format.

Plan text is written by whoever wrote the plan file, so every output treats it as data, never
as markup: a title must not become a ``<script>`` in Markdown, erase lines in a terminal,
switch Mermaid's theme, make an XML file unreadable, run a formula in a spreadsheet or be
typeset as mathematics by matplotlib (issue 21). Each writer calls the function of its format
at the point where plan text enters it, and nowhere else; the property test in
``tests/test_escape.py`` renders hostile strings through every format and reads each result
back with a real parser of that format.

Characters that no format can show (C0 and C1 control characters, DEL, and the bidirectional
overrides that reorder what a reader sees) are shown as visible escapes such as ``\\x1b`` or
``\\u202e`` rather than dropped, so nothing the author wrote disappears silently.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.text import Text

__all__ = [
    "csv_cell",
    "dot",
    "markdown",
    "markdown_code",
    "mathtext",
    "mermaid",
    "one_line",
    "rich_text",
    "terminal",
    "visible",
    "xml",
]

# Bidirectional embeddings, overrides and isolates (Unicode TR9): they reorder the text a
# reader sees ("Trojan Source", CVE-2021-42574), so they are shown, never obeyed.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _is_hidden(ch: str, keep: str) -> bool:
    if ch in keep:
        return False
    return ch in _BIDI or unicodedata.category(ch) in ("Cc", "Cs") or ch in "\ufffe\uffff"


def _escape_char(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: str, *, keep: str = "") -> str:
    """``text`` with every control character (C0, DEL, C1), lone surrogate, non-character
    and bidirectional control replaced by a visible escape (``\\x1b``, ``\\u202e``); the
    characters in ``keep`` (for example ``"\\n"``) are left as they are."""
    if text.isprintable() and not any(ch in _BIDI for ch in text):
        return text
    return "".join(_escape_char(ch) if _is_hidden(ch, keep) else ch for ch in text)


def one_line(text: str) -> str:
    """``text`` on one line: controls made visible, every run of whitespace (newlines, tabs,
    U+2028 …) folded to one space."""
    return " ".join(visible(text, keep="\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85").split())


# --- terminal --------------------------------------------------------------------------------


def terminal(text: str) -> str:
    """Plan text for a terminal: one line, no escape sequence can reach the terminal (an ESC
    becomes the four characters ``\\x1b``), so it cannot move the cursor, erase lines, set
    the title or print an OSC-8 link. Print the result with Rich markup off, or through
    :func:`rich_text`."""
    return one_line(text)


def rich_text(text: str, style: str = "") -> Text:
    """Plan text as a Rich ``Text``: shown as written, never read as Rich markup (``[bold]``,
    ``[/bold]``, ``[link=…]``), with controls made visible. Use it for table cells, whose
    strings Rich would otherwise parse as markup."""
    from rich.text import Text

    return Text(terminal(text), style=style)


# --- Markdown --------------------------------------------------------------------------------

# Entities work the same in CommonMark (markdown-it, cmark-gfm) and in Python-Markdown
# (MkDocs); a backslash escape is used only for characters both read as escapable.
_MD_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "~": "&#126;", "$": "&#36;"}
_MD_BACKSLASHED = frozenset("\\`*_[]{}|#")
_MD_TABLE = str.maketrans({**_MD_ENTITIES, **{ch: "\\" + ch for ch in _MD_BACKSLASHED}})
_MD_LEADING = re.compile(r"^(\d+)([.)])")


def markdown(text: str) -> str:
    """Plan text for Markdown, as inline text in a paragraph, list item, heading or table cell.

    HTML is escaped (``<`` → ``&lt;``), so no raw HTML reaches markdown-it, cmark-gfm or
    MkDocs; newlines are folded, so text cannot leave its list item, table row or quote;
    emphasis, links, code spans, attribute lists (``{…}``) and table pipes are escaped, so
    the text shows exactly as written.
    """
    escaped = one_line(text).translate(_MD_TABLE)
    # "1. x" at the start of a cell or list item would open an ordered list.
    return _MD_LEADING.sub(r"\1\\\2", escaped)


def markdown_code(text: str) -> str:
    """Plan text as a Markdown code span (ids, field paths): shown literally, with a fence of
    backticks longer than any run inside it. Pipes are escaped because a table cell splits on
    them even inside a code span (GFM spec, tables)."""
    flat = one_line(text).replace("|", "\\|")
    longest = max((len(m) for m in re.findall(r"`+", flat)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") or not flat.strip() else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


# --- Mermaid ---------------------------------------------------------------------------------

# Mermaid's entity codes (#35; …). '%' is encoded so no '%%' (comment or %%{init}%% directive,
# which Mermaid honours anywhere in the text) can come from plan text; braces, ';' and '`'
# so no label can end its statement or switch to a Markdown string.
_MERMAID_CODES = {ch: f"#{ord(ch)};" for ch in "#|%{};`&"}
_MERMAID_CODES.update({'"': "#quot;", "<": "#lt;", ">": "#gt;"})
_MERMAID_TABLE = str.maketrans(_MERMAID_CODES)


def mermaid(text: str) -> str:
    """Plan text for a quoted Mermaid label or a ``%%`` comment: one line, with the characters
    that Mermaid reads as syntax, directives or HTML written as ``#NN;`` entity codes."""
    return one_line(text).translate(_MERMAID_TABLE)


# --- XML (GraphML, GEXF) ---------------------------------------------------------------------


def xml(text: str) -> str:
    """Plan text for an XML 1.0 file: the characters XML forbids (C0 controls other than tab
    and newline, lone surrogates, U+FFFE, U+FFFF) and carriage returns (which an XML parser
    turns into newlines) become visible escapes, so the file is well-formed and reads back
    the same. ``<``, ``&`` and quotes are left to the XML writer."""
    return visible(text, keep="\t\n")


# --- DOT -------------------------------------------------------------------------------------


def dot(text: str) -> str:
    """Plan text as a quoted DOT string (Graphviz): quotes and backslashes escaped, newlines
    as ``\\n``, controls made visible."""
    shown = visible(text, keep="\n").replace("\\", "\\\\").replace('"', '\\"')
    return '"' + shown.replace("\n", "\\n") + '"'


# --- CSV -------------------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def csv_cell(text: str) -> str:
    """Plan text for a CSV cell that a spreadsheet will open: a cell starting with ``=``,
    ``+``, ``-``, ``@``, tab or a line break is prefixed with ``'`` so it is shown as text and
    never evaluated as a formula (OWASP, "CSV Injection")."""
    return "'" + text if text.startswith(_FORMULA_START) else text


# --- matplotlib --------------------------------------------------------------------------------


def mathtext(text: str) -> str:
    """Plan text for a matplotlib label: ``$`` escaped so no mathtext is parsed (a name
    such as ``$\\frac$`` would otherwise be typeset, or fail), controls made visible."""
    return visible(text, keep="\n").replace("$", r"\$")
