"""Render the frameworks data (written against ``preventionkit.frameworks``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["render"]


def render(module: Any, cell: Callable[[object], str]) -> list[str]:
    """Markdown lines for every framework the module offers."""
    return [f"Frameworks: {cell(', '.join(getattr(module, '__all__', ())))}", ""]
