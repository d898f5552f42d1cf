"""One default language: every function with a ``lang`` defaults to the library's one setting
(issue 12 item 7, issue 13): ``PREVENTIONKIT_LANG`` when set, else English.
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
def test_every_lang_parameter_defaults_to_the_one_setting(name: str) -> None:
    assert inspect.signature(_WITH_LANG[name]).parameters["lang"].default is None, name


def test_draw_and_label_speak_english_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(pk.messages.ENV_VAR, raising=False)
    assert pk.vocab.label(pk.PreventionLevel.INDICATED) == "indicated"
    assert pk.vocab.label(pk.PreventionLevel.INDICATED, lang="sv") == "indikerad"
    plan = pk.examples.load("umea")
    assert graph.to_mermaid(plan) == graph.to_mermaid(plan, lang="en")
    assert graph.to_mermaid(plan) != graph.to_mermaid(plan, lang="sv")
    monkeypatch.setenv(pk.messages.ENV_VAR, "sv")
    assert pk.vocab.label(pk.PreventionLevel.INDICATED) == "indikerad"
    assert graph.to_mermaid(plan) == graph.to_mermaid(plan, lang="sv")
