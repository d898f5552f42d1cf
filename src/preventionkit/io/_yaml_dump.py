"""Writing plain plan data as readable YAML that reads back to the same values."""

from __future__ import annotations

from typing import Any

__all__ = ["dump_yaml"]


def dump_yaml(data: dict[str, Any]) -> str:
    """Block-style YAML with short lists of words inline, keys in model order, UTF-8 as is."""
    import yaml

    from ._yaml import _resolve_plain

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

    class _Dumper(dumper):  # type: ignore[misc,valid-type]
        pass

    def represent_list(d: Any, items: list[Any]) -> Any:
        flow = len(items) <= 12 and all(
            isinstance(x, str) and len(x) <= 40 and "\n" not in x for x in items
        )
        return d.represent_sequence("tag:yaml.org,2002:seq", items, flow_style=flow)

    def represent_str(d: Any, text: str) -> Any:
        style: str | None = "|" if "\n" in text else None
        if style is None and text and not isinstance(_resolve_plain(text), str):
            # PyYAML writes by YAML 1.1 rules; the reader reads by 1.2 (e.g. '0o17', '.5').
            style = "'"
        return d.represent_scalar("tag:yaml.org,2002:str", text, style=style)

    _Dumper.add_representer(list, represent_list)
    _Dumper.add_representer(str, represent_str)
    out: str = yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )
    return out
