"""The workbook reference: every sheet and column of a plan's workbook, in Swedish, English and
Norwegian, with the plan field each holds, generated from the layout the writer and the reader
share (``preventionkit.io.xlsx._layout``) and the words of the message catalogue."""

from __future__ import annotations

from ._md import cell
from ._registry import optional

__all__ = ["workbook_pages"]

PATH = "reference/workbook.md"

_KINDS = {
    "text": "text",
    "id": "an id, unique in the plan",
    "ref": "an id",
    "refs": "ids, separated by `;` or line breaks",
    "texts": "texts, separated by `;` or line breaks",
    "term": "a term of {vocab}: its code, or its label in any language",
    "terms": "terms of {vocab}, separated by `;` or line breaks",
    "choice": "one of {choices}",
    "date": "a date: an Excel date, or text `2019-06-17`, `2019-06` or `2019`",
    "int": "a whole number",
    "float": "a number",
    "bool": "yes or no",
    "optbool": "yes or no; empty when the plan does not say",
    "version": "the format version, 1 or 2",
    "period": "the period's label, or its number among the indicator's periods (1, 2 …)",
    "labels": "`lang: label`, one a line, for languages other than sv, en and nb",
}
_TARGETS = {
    "party": "actors and bodies",
    "decision": "decisions",
    "indicator": "indicators",
    "programme": "the plan's own programmes and the catalogue's",
    "pack": "the framework packs",
    "any": "any record with an id",
}

_INTRO = """\
# Workbook reference

A plan as an Excel workbook (`preventionkit export PLAN --to plan.xlsx`, `pk.io.to_xlsx`) has
one sheet per kind of record and one column per field, and holds every field of the plan
format: reading it back (`pk.load("plan.xlsx")`) gives an equal plan. The tutorial
[From the Excel sheet you have to a checked plan](../tutorials/06-spreadsheets.md) shows it at
work.

!!! info "Generated"
    This page is generated from the layout the workbook writer and reader share, and from the
    words of the message catalogue, when the site is built, so it always matches the installed
    library.

## Reading and writing cells

- **Sheet names and headers** are read in Swedish, English or Norwegian (bokmål), or as the
  field path (`timeline.start`); columns may come in any order, and a sheet the library does
  not own is left alone.
- **An empty cell says nothing** (the plan does not state the field). To state that a list is
  empty, write `(inga)`, `(none)` or `(ingen)` in its cell.
- **A sheet with only its header row says nothing** about its records. A row with `(inga)`
  (`(none)`, `(ingen)`) in the record's first column, and nothing else but the columns naming
  what it belongs to, states that there are none: no mandates, no periods of this indicator,
  no breakdown of this period. Rules tell the two apart: a plan that states it has no mandate
  is an error (PK201), one that does not say is a question.
- **Vocabulary cells** take a term's code or its label in any of the three languages; the
  plan's own terms (sheet *Egna begrepp* / *Own terms*) by their code or any declared label.
- **Drop-downs** offer the labels of each vocabulary (with the plan's own terms), and for
  reference columns the ids in the workbook when it was written.
- **Lists** go in one cell, separated by `;` or line breaks; an item that holds `;` is
  written one item a line.
- **Yes and no**: `ja`/`nej`, `yes`/`no`, `ja`/`nei`, or TRUE and FALSE.
- A cell starting with `=` is a formula and is refused: nothing in a workbook is computed.

Two things a workbook does not keep apart, and that no rule tells apart either: a nested record
stated with nothing in it (`timeline: {}`) reads back as no record, since its cells are empty
either way; and the labels of a declared term come back in the order of the columns (sv, en,
nb, then the others as written).

"""


def workbook_pages() -> dict[str, str]:
    """The workbook reference page (nothing when the workbook layout is not installed)."""
    layout = optional("preventionkit.io.xlsx._layout")
    if layout is None:
        return {}
    from preventionkit.io.xlsx._words import word
    from preventionkit.io.xlsx._write import header

    out = [_INTRO]
    for sheet in layout.SHEETS:
        names = {lang: word(f"sheet:{sheet.key}", lang) for lang in ("sv", "en", "nb")}
        out += [
            f"## {names['en']}",
            "",
            f"*{cell(names['sv'])}* (sv), *{cell(names['nb'])}* (nb). ",
        ]
        if sheet.single:
            where = f"`{sheet.at}`" if sheet.at else "the plan's own fields"
            out[-1] += f"One record, {where}: field names down column A, values in column B."
        else:
            out[-1] += f"One row per record of `{sheet.at}`."
        if sheet.keys:
            keys = ", ".join(f"*{header(sheet, sheet.column(k), 'en')}*" for k in sheet.keys)
            out[-1] += f" {keys} name the record each row belongs to."
        out += [
            "",
            "| svenska | English | norsk (bokmål) | field | the cell holds |",
            "|---|---|---|---|---|",
        ]
        for column in sheet.columns:
            holds = _KINDS[column.kind].format(
                vocab=f"`{column.vocab.__name__}`" if column.vocab else "",
                choices=", ".join(f"`{c}`" for c in column.choices),
            )
            if column.kind in ("ref", "refs"):
                holds += f" (drop-down: {_TARGETS[column.target]})"
            field = "—" if column.field in sheet.keys else f"`{column.field}`"
            heads = [cell(header(sheet, column, lang)) for lang in ("sv", "en", "nb")]
            out.append(f"| {' | '.join(heads)} | {field} | {cell(holds)} |")
        out.append("")
    return {PATH: "\n".join(out).rstrip() + "\n"}
