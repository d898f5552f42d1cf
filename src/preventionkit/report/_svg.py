"""Small helpers shared by the SVG drawings: escaping, colours, text wrapping."""

from __future__ import annotations

from html import escape

__all__ = ["FONT", "esc", "fmt", "ink_on", "ramp", "wrap"]

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
"""Fonts installed on the reader's machine: the report makes no network request for fonts."""

# A sequential, colour-blind-safe ramp (ColorBrewer YlGnBu, 5 classes without the palest).
_RAMP: tuple[tuple[int, int, int], ...] = (
    (199, 233, 180),
    (127, 205, 187),
    (65, 182, 196),
    (44, 127, 184),
    (37, 52, 148),
)


def esc(text: object) -> str:
    """``text`` escaped for XML/HTML text and attribute values."""
    return escape(str(text), quote=True)


def fmt(value: float) -> str:
    """A coordinate written short and the same way on every platform."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def ramp(share: float) -> str:
    """The fill for ``share`` in (0, 1] of the largest count, as ``#rrggbb``."""
    share = min(max(share, 0.0), 1.0)
    position = share * (len(_RAMP) - 1)
    low = int(position)
    high = min(low + 1, len(_RAMP) - 1)
    frac = position - low
    rgb = tuple(round(a + (b - a) * frac) for a, b in zip(_RAMP[low], _RAMP[high], strict=True))
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def ink_on(fill: str) -> str:
    """Dark or white text, whichever reads better on ``fill`` (WCAG relative luminance)."""
    channels = [int(fill[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return "#ffffff" if luminance < 0.2 else "#1a1a2e"


def wrap(text: str, width: int, max_lines: int = 3) -> list[str]:
    """``text`` broken into lines of at most ``width`` characters (the last one cut with …)."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for whole in words:
        word = whole
        while len(word) > width:
            if current:
                lines.append(current)
                current = ""
            lines.append(word[: width - 1] + "-")
            word = word[width - 1 :]
        candidate = f"{current} {word}" if current else word
        if len(candidate) <= width:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        kept = lines[:max_lines]
        last = kept[-1]
        kept[-1] = (last[: width - 1] if len(last) >= width else last) + "…"
        return kept
    return lines or [""]
