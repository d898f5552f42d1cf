"""The examples in the docstrings of the examples, catalogue and frameworks modules run."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = (
    "preventionkit.examples._examples",
    "preventionkit.catalogue._catalogue",
    "preventionkit.frameworks._load",
    "preventionkit.frameworks._assess",
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
