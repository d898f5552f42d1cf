"""One default language: every function with a ``lang`` defaults to English (issue 12 item 7).

The setting that changes the default for the whole library belongs to the message catalogue
(issue 13); until then the defaults must at least agree.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest

import preventionkit as pk
from preventionkit import graph, vocab


def _with_lang() -> list[tuple[str, Callable[..., Any]]]:
    found = []
    for module_name, module in (("pk", pk), ("graph", graph), ("vocab", vocab)):
        for name in module.__all__:
            obj = getattr(module, name)
            if inspect.isfunction(obj) and "lang" in inspect.signature(obj).parameters:
                found.append((f"{module_name}.{name}", obj))
    return found


_WITH_LANG = dict(_with_lang())


@pytest.mark.parametrize("name", sorted(_WITH_LANG))
def test_every_lang_parameter_defaults_to_english(name: str) -> None:
    assert inspect.signature(_WITH_LANG[name]).parameters["lang"].default == "en", name


def test_draw_and_label_speak_english_by_default() -> None:
    assert pk.vocab.label(pk.PreventionLevel.INDICATED) == "indicated"
    assert pk.vocab.label(pk.PreventionLevel.INDICATED, lang="sv") == "indikerad"
    assert inspect.signature(pk.graph.draw).parameters["lang"].default == "en"
    plan = pk.examples.load("umea")
    assert graph.to_mermaid(plan) == graph.to_mermaid(plan, lang="en")
    assert graph.to_mermaid(plan) != graph.to_mermaid(plan, lang="sv")
