"""The generated framework-pack reference (issue 17): an index of the shipped packs, and a page
per pack quoting every item's source wording with its citation and evidence."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "docs" / "hooks"))

from pk_gen.packs import pack_pages  # noqa: E402

from preventionkit.frameworks import SHIPPED_PACKS, framework_pack  # noqa: E402


def test_every_shipped_pack_has_a_page_listed_in_the_index() -> None:
    pages = pack_pages()
    assert set(pages) == {"reference/packs/index.md"} | {
        f"reference/packs/{id}.md" for id in SHIPPED_PACKS
    }
    for id in SHIPPED_PACKS:
        assert f"[{id}]({id}.md)" in pages["reference/packs/index.md"]


def test_every_item_is_quoted_with_its_citation_and_evidence() -> None:
    pages = pack_pages()
    for id in SHIPPED_PACKS:
        pack = framework_pack(id)
        page = pages[f"reference/packs/{id}.md"]
        assert f"Version **{pack.version}**" in page
        for item in pack.items:
            row = next(line for line in page.splitlines() if f"`{pack.key(item)}`" in line)
            assert item.citation.wording.replace("|", "\\|") in row
            assert item.citation.publisher in row
            if item.evidence.check:
                assert f"check `{item.evidence.check}`" in row
            assert ("approximate" in row) == item.evidence.approximate


def test_the_crosswalk_of_approximate_items_is_listed_term_by_term() -> None:
    page = pack_pages()["reference/packs/who-inspire.md"]
    assert "## Crosswalk (approximate)" in page
    assert "| P – Parent and caregiver support | `arenas` | `parenting_support` |" in page
    assert "## Crosswalk" not in pack_pages()["reference/packs/se-national-strategy-2017.md"]


def test_what_a_pack_leaves_out_is_listed_on_its_page() -> None:
    pages = pack_pages()
    inspire = pages["reference/packs/who-inspire.md"]
    assert "## Not included" in inspire
    assert "the approaches listed under each of the seven strategies" in inspire
    assert "## Not included" in pages["reference/packs/ctc.md"]
    assert (
        "the annual review of the strategy" in pages["reference/packs/uk-serious-violence-duty.md"]
    )
    assert "## Not included" not in pages["reference/packs/se-five-step.md"]
