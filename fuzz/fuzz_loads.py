"""Coverage-guided fuzzing of ``preventionkit.loads`` with atheris (issue 9 item 3).

Whatever bytes arrive, ``loads`` must return a plan or raise ``PlanLoadError`` whose issues are
well formed; any other exception, a hang or a crash is a bug. Run it for hours, not in CI::

    pip install atheris
    python fuzz/fuzz_loads.py fuzz/corpus tests/bad -max_total_time=3600

See ``fuzz/README.md``. atheris is not a dependency of preventionkit and no test imports it.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import preventionkit as pk
    from preventionkit.errors import PlanLoadError
    from preventionkit.io import LoadLimits

_LIMITS = LoadLimits(max_bytes=1_000_000)
_FORMATS = (None, "yaml", "json")


def test_one_input(data: bytes) -> None:
    """Feed one input to ``loads`` as bytes and as text, in each format."""
    if not data:
        return
    fmt = _FORMATS[data[0] % 3]
    body = data[1:]
    for payload in (body, body.decode("utf-8", "replace")):
        try:
            plan = pk.loads(payload, format=fmt, source="fuzz", limits=_LIMITS)  # type: ignore[arg-type]
        except PlanLoadError as exc:
            if not exc.issues:
                raise AssertionError("PlanLoadError without issues") from exc
            for issue in exc.issues:
                text = str(issue)
                if not text.startswith("fuzz") or not text.endswith(f"[{issue.kind}]"):
                    raise AssertionError(f"malformed issue: {text!r}") from exc
        else:
            if not isinstance(plan, pk.ActionPlan):
                raise AssertionError(f"loads returned {type(plan)!r}")
            # what loads accepted must survive a round trip
            again = pk.loads(pk.dumps(plan, format="json"), format="json")
            if again != plan:
                raise AssertionError("round trip changed the plan")


def main() -> None:
    """Run the fuzzer with libFuzzer's command line (``-help=1`` lists the options)."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
