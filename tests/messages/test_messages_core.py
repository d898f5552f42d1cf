"""The message layer: keys and parameters rendered from gettext catalogues (issue 13)."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest
from babel import Locale
from hypothesis import given
from hypothesis import strategies as st

from preventionkit import messages
from preventionkit.messages import (
    UnknownLanguageError,
    format_list,
    message,
    render,
)
from preventionkit.messages._tooling import check, placeholders

_CLDR_LOCALE = {"en": "en_GB", "sv": "sv", "nb": "nb"}


def test_every_builtin_catalogue_is_complete_and_compiled() -> None:
    assert list(check()) == []


def test_the_builtin_languages_are_available() -> None:
    assert set(messages.BUILTIN_LANGUAGES) <= set(messages.available_languages())
    assert messages.BUILTIN_LANGUAGES == ("en", "nb", "sv")


@pytest.mark.parametrize("lang", ["en", "sv", "nb"])
@pytest.mark.parametrize("size", [1, 2, 3, 4, 5])
def test_list_patterns_are_cldr(lang: str, size: int) -> None:
    from babel.lists import format_list as babel_format_list

    items = [f"item{i}" for i in range(size)]
    assert format_list(items, lang) == babel_format_list(items, locale=_CLDR_LOCALE[lang])


def test_list_in_each_language() -> None:
    assert format_list(["A", "B", "C"], "sv") == "A, B och C"
    assert format_list(["A", "B", "C"], "en") == "A, B and C"
    assert format_list(["A", "B", "C"], "nb") == "A, B og C"
    assert format_list([], "en") == ""


def test_unknown_language_is_a_value_error_listing_the_available_ones() -> None:
    with pytest.raises(UnknownLanguageError) as info:
        render(message("yes"), "de")
    assert isinstance(info.value, ValueError)
    assert info.value.available == messages.available_languages()
    assert "sv" in str(info.value)


def test_default_language_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(messages.ENV_VAR, raising=False)
    assert messages.default_lang() == "en"
    assert render(message("yes")) == "yes"
    monkeypatch.setenv(messages.ENV_VAR, "sv")
    assert messages.default_lang() == "sv"
    assert render(message("yes")) == "ja"
    monkeypatch.setenv(messages.ENV_VAR, "xx")
    with pytest.raises(UnknownLanguageError):
        messages.default_lang()


def test_parameters_render_by_type() -> None:
    nested = message("yes")
    assert render(message("text", text=("A", "B", nested)), "sv") == "A, B och ja"
    assert render(message("text", text=dt.date(2019, 6, 17)), "sv") == "2019-06-17"
    assert render(message("text", text=True), "nb") == "ja"
    assert render(message("text", text=3), "en") == "3"


class _Term(str):
    @property
    def message_key(self) -> str:
        return "no"


def test_labelled_values_render_through_their_key() -> None:
    assert render(message("text", text=_Term("x")), "sv") == "nej"
    assert isinstance(_Term("x"), messages.Labelled)


def test_messages_are_values() -> None:
    a = message("text", text=["A", "B"])
    b = message("text", text=("A", "B"))
    assert a == b
    assert hash(a) == hash(b)
    assert pickle.loads(pickle.dumps(a)) == a
    assert a.to_dict() == {"key": "text", "params": {"text": ["A", "B"]}}
    assert "Message('text'" in repr(a)


def test_placeholders_ignore_escaped_braces() -> None:
    assert placeholders("{a} {{b}} {c}") == frozenset({"a", "c"})


@given(st.text())
def test_plan_text_is_rendered_verbatim(value: str) -> None:
    for lang in ("en", "sv", "nb"):
        assert render(message("text", text=value), lang) == value


def test_babel_locale_data_exists_for_each_language() -> None:
    for lang in messages.BUILTIN_LANGUAGES:
        assert Locale.parse(_CLDR_LOCALE[lang]).list_patterns["standard"]


@pytest.mark.parametrize("lang", ["en", "sv", "nb"])
def test_numbers_are_grouped_as_cldr_says(lang: str) -> None:
    from babel.numbers import format_decimal

    for n in (7, 1000, 100001, 12345678):
        assert (
            messages.text("load.too_deep", lang, limit=n).count(
                format_decimal(n, locale=_CLDR_LOCALE[lang])
            )
            == 1
        )


def test_programme_descriptions_are_in_every_language_and_english_is_the_data() -> None:
    from preventionkit import catalogue

    for entry in catalogue.entries():
        assert entry.description_text("en") == entry.description
        for lang in ("sv", "nb"):
            assert entry.description_text(lang) != entry.description, (entry.id, lang)
        assert entry.label("nb") == entry.name_sv
        assert entry.label("en") == entry.name_en
