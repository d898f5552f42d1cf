"""A fourth language is one catalogue file: a third party's distribution that declares a
``preventionkit.locales`` entry point, installed into a temporary folder (issue 13)."""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from preventionkit.messages._tooling import check, compile_catalogues

PACK = Path(__file__).parent / "locale_pack"
_NAME = "pk_locale_demo"
_DIST = "pk_locale_demo-1.0"


def _record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def _wheel(package: Path, out: Path) -> Path:
    """A pure-Python wheel of ``package`` with the pack's entry point (PEP 427)."""
    files: dict[str, bytes] = {
        str(p.relative_to(package.parent)).replace(os.sep, "/"): p.read_bytes()
        for p in sorted(package.rglob("*"))
        if p.is_file() and p.suffix != ".po"
    }
    files[f"{_DIST}.dist-info/METADATA"] = (
        b"Metadata-Version: 2.1\nName: pk-locale-demo\nVersion: 1.0\n"
    )
    files[f"{_DIST}.dist-info/WHEEL"] = (
        b"Wheel-Version: 1.0\nGenerator: preventionkit-tests\nRoot-Is-Purelib: true\n"
        b"Tag: py3-none-any\n"
    )
    files[f"{_DIST}.dist-info/entry_points.txt"] = (
        b"[preventionkit.locales]\ndemo = " + _NAME.encode() + b"\n"
    )
    record = [_record_line(n, d) for n, d in files.items()] + [f"{_DIST}.dist-info/RECORD,,"]
    files[f"{_DIST}.dist-info/RECORD"] = ("\n".join(record) + "\n").encode()
    wheel = out / f"{_DIST}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return wheel


def _install(wheel: Path, target: Path) -> None:
    """Install ``wheel`` into ``target`` offline: with pip when the interpreter has it,
    else by unpacking it, which is all an installer does for a pure wheel."""
    has_pip = (
        subprocess.run(
            [sys.executable, "-m", "pip", "--version"], capture_output=True, check=False
        ).returncode
        == 0
    )
    if has_pip:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "-q",
                "--no-index",
                "--no-deps",
                "--disable-pip-version-check",
                "--target",
                str(target),
                str(wheel),
            ],
            check=True,
            capture_output=True,
        )
    else:
        with zipfile.ZipFile(wheel) as zf:
            zf.extractall(target)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("locale-pack")
    package = work / "build" / _NAME
    shutil.copytree(PACK / _NAME, package)
    assert compile_catalogues(package / "locale")  # the third party's one compile step
    target = work / "site"
    _install(_wheel(package, work), target)
    return target


def _run(site: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), *sys.path])}
    env.pop("PREVENTIONKIT_LANG", None)
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, check=False
    )


def test_the_pack_catalogue_has_the_placeholders_of_english() -> None:
    problems = [
        p for p in check(PACK / _NAME / "locale") if "missing" not in p.what and ".mo" not in p.what
    ]
    assert problems == []


def test_an_installed_language_is_available_and_renders(site: Path) -> None:
    code = (
        "from preventionkit import messages, vocab\n"
        "print(messages.available_languages())\n"
        "print(vocab.PreventionLevel.UNIVERSAL.label('de'))\n"
        "print(messages.format_list(['A', 'B', 'C'], 'de'))\n"
        "print(messages.render(messages.message('rule.PK101.message',"
        " level=vocab.PreventionLevel.SELECTIVE), 'de'))\n"
        "print(vocab.PreventionLevel.INDICATED.label('de'))\n"
    )
    run = _run(site, "-c", code)
    assert run.returncode == 0, run.stderr
    langs, universal, listed, sentence, fallback = run.stdout.splitlines()
    assert langs == "('de', 'en', 'nb', 'sv')"
    assert universal == "universell"
    assert listed == "A, B und C"
    assert sentence == "Der Plan hat keine Aktivität auf der Präventionsebene „selektiv“."
    assert fallback == "indicated"  # not translated yet: English, never a raw key


def test_the_cli_speaks_an_installed_language(site: Path) -> None:
    # A plan that states it has no activities: PK101 judges it, in German.
    plan = site.parent / "leer.yaml"
    plan.write_text("preventionkit: 1\nid: leer\ntitle: T\nactivities: []\n", encoding="utf-8")
    run = _run(site, "-m", "preventionkit", "validate", str(plan), "--lang", "de")
    assert run.returncode == 1, run.stderr
    assert "Der Plan hat keine Aktivität auf der Präventionsebene „selektiv“." in run.stdout


def test_without_the_pack_the_language_is_a_usage_error() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "preventionkit", "validate", "--example", "gavle", "--lang", "de"],
        capture_output=True,
        text=True,
        check=False,
        env={
            **{k: v for k, v in os.environ.items() if k != "PREVENTIONKIT_LANG"},
            "COLUMNS": "200",
        },
    )
    assert run.returncode == 2
    assert "no catalogue for 'de'; available: en, nb, sv" in run.stderr
