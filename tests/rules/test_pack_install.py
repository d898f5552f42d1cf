"""A rule pack in its own distribution: installed with pip, its rule, profile, terms and
programme take part in ``preventionkit validate``; uninstalled, the plan's custom terms are a
clear error again (issue 14, "Done when").

The pack (tests/packs/acme) is built from the local files with hatchling, in this environment
(``--no-build-isolation``) and from no index, so nothing is fetched; it is installed into a
temporary directory (``--target``) that the command sees through ``PYTHONPATH``.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from importlib.metadata import Distribution
from pathlib import Path

import pytest

PACKS = Path(__file__).parents[1] / "packs"
PLAN = PACKS / "uk_plan.yaml"
TIMEOUT = 180

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("pip") is None or importlib.util.find_spec("hatchling") is None,
    reason="installing a pack needs pip and hatchling (both in the dev extras)",
)


def _run(args: list[str], site: Path | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PREVENTIONKIT_LANG"}
    env["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(site) if site else "", env.get("PYTHONPATH", "")])
    )
    env["NO_COLOR"] = "1"
    env["COLUMNS"] = "200"
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=TIMEOUT,
        check=False,
    )


def _check_cli_schema(document: object) -> None:
    from _schema_files import offline_validator

    validator = offline_validator(
        Path(__file__).parents[2] / "schemas" / "cli-validate.schema.json"
    )
    assert [e.message for e in validator.iter_errors(document)] == []


def _uninstall(site: Path, name: str) -> None:
    """Remove every file the distribution's RECORD lists, as ``pip uninstall`` does (pip
    refuses to uninstall from a ``--target`` directory outside the environment)."""
    (dist,) = [d for d in Distribution.discover(path=[str(site)]) if d.metadata["Name"] == name]
    for file in dist.files or ():
        path = Path(dist.locate_file(file))
        if path.is_file():
            path.unlink()


def _install(target: Path) -> Path:
    done = _run(
        [
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-build-isolation",
            "--no-index",
            "--no-deps",
            "--disable-pip-version-check",
            "--target",
            str(target),
            str(PACKS / "acme"),
        ],
        None,
    )
    assert done.returncode == 0, done.stderr
    return target


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The pack installed once for the tests that only read it."""
    return _install(tmp_path_factory.mktemp("pack") / "site")


def test_the_installed_pack_runs_in_validate(site: Path) -> None:
    done = _run(["-m", "preventionkit", "validate", str(PLAN), "--format", "json"], site)
    assert done.returncode == 1, done.stderr  # error findings (PK101...), not a load error
    document = json.loads(done.stdout)
    _check_cli_schema(document)  # a pack's codes fit the published output schema
    (result,) = document["plans"]
    report = result["report"]
    assert report["profile"] == "uk-serious-violence-duty"
    assert "ACME001" in report["rules"]
    acme = [f for f in report["findings"] if f["code"] == "ACME001"]
    assert [f["path"] for f in acme] == ["bodies[0].members"]
    assert "Riverside Community Safety Partnership" in acme[0]["message"]
    # The pack's programme is known: PK303 does not ask where 'ae-navigators' comes from.
    assert not [f for f in report["findings"] if f["code"] == "PK303"]


def test_the_installed_framework_pack_is_listed_and_graded(site: Path) -> None:
    listed = _run(["-m", "preventionkit", "assess", "--list", "--format", "json"], site)
    assert listed.returncode == 0, listed.stderr
    assert "acme-partnership" in [p["id"] for p in json.loads(listed.stdout)["packs"]]
    done = _run(["-m", "preventionkit", "assess", str(PLAN), "--format", "json"], site)
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert [a["pack"] for a in document["assessments"]] == [
        "uk-serious-violence-duty",
        "who-inspire",
        "acme-partnership",
    ]
    (item,) = document["assessments"][2]["items"]
    assert (item["grade"], item["records"]) == ("met", ["fire"])
    specified = document["assessments"][0]["items"][0]
    assert specified["grade"] == "partly_met"  # no health body, no justice besides the police


def test_the_version_lists_the_installed_pack(site: Path) -> None:
    done = _run(["-m", "preventionkit", "--version"], site)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[1:] == ["acme 1.0.0 (ACME: ACME001)"]


def test_uninstalling_the_pack_makes_its_terms_a_clear_error_again(tmp_path: Path) -> None:
    # An installation of its own, so that the order of the tests does not matter.
    site = _install(tmp_path / "site")
    assert _run(["-m", "preventionkit", "validate", str(PLAN)], site).returncode == 1
    _uninstall(site, "acme-pack")
    done = _run(["-m", "preventionkit", "validate", str(PLAN)], site)
    assert done.returncode == 2
    err = done.stdout + done.stderr
    assert "'x-uk:fire_and_rescue' is not a declared actor_kind term" in err
    assert "'x-uk:community_safety_partnership' is not a declared body_role term" in err
    assert "install the pack that defines it" in err
    assert "uk_plan.yaml:18:" in err  # file, line and column of the actor's kind
    # The term the plan declares itself still loads: no error names it.
    assert "x-uk:youth_violence" not in err
