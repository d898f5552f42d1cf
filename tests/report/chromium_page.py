"""Drive headless Chromium from its command line: screenshot, DOM, console and network log.

No driver library is needed. Each run gets a fresh profile directory. Console messages come
from ``--enable-logging=stderr``, network requests from ``--log-net-log`` (only requests made
for the page count: the browser's own background traffic is told apart by its isolation key),
and what is visible from a small probe script run in a copy of the page whose
Content-Security-Policy allows exactly that script (by its hash).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["BROWSER_FLAGS", "Page", "find_chromium", "open_page", "print_pdf"]

BROWSER_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
_TIMEOUT = 90

_PROBE = """
addEventListener('load', () => {
  const seen = (el) => {
    if (!el) return null;
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return {width: r.width, height: r.height, top: r.top + scrollY,
            visible: r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'};
  };
  const out = {
    readyState: document.readyState,
    title: document.title,
    height: document.documentElement.scrollHeight,
    heatmap: seen(document.getElementById('pk-heatmap')),
    chain: seen(document.getElementById('pk-chain')),
    findings: seen(document.getElementById('findings')),
    finding_cards: document.querySelectorAll('#findings .finding').length,
    finding_places: Array.from(document.querySelectorAll('#findings .finding'))
      .reduce((n, el) => n + Number(el.dataset.places || 1), 0),
    cells: document.querySelectorAll('#pk-heatmap .pk-cell').length,
    nodes: document.querySelectorAll('#pk-chain .pk-node').length,
    overflowing: document.documentElement.scrollWidth > document.documentElement.clientWidth,
  };
  const pre = document.createElement('pre');
  pre.id = 'pk-probe';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
"""


def find_chromium() -> str | None:
    """The Chromium (or Chrome) executable, or None."""
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


@dataclass(frozen=True)
class Page:
    """What the browser saw of one HTML file."""

    screenshot: Path
    console: tuple[str, ...]
    requests: tuple[str, ...]
    probe: dict[str, Any]


def _run(browser: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(profile)}
    return subprocess.run(
        [browser, *BROWSER_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=_TIMEOUT,
        check=False,
        env=env,
    )


def _console(stderr: str) -> tuple[str, ...]:
    return tuple(line for line in stderr.splitlines() if ":CONSOLE" in line)


def _page_requests(net_log: Path) -> tuple[str, ...]:
    """URLs the page asked for (not the browser's own traffic, not file: or data:)."""
    if not net_log.exists():
        return ()
    text = net_log.read_text(encoding="utf-8", errors="replace").rstrip().rstrip(",")
    if not text.endswith("}"):
        text += "]}"
    try:
        log = json.loads(text)
    except json.JSONDecodeError:
        return ("<unreadable net log>",)
    found = []
    for event in log.get("events", []):
        params = event.get("params") or {}
        url = params.get("url")
        if not url or url.startswith(("file:", "data:")):
            continue
        key = str(params.get("network_isolation_key", ""))
        initiator = str(params.get("initiator", ""))
        if "file://" in key or initiator in {"null", "file://"}:
            found.append(url)
    return tuple(dict.fromkeys(found))


def _with_probe(html: str) -> str:
    digest = base64.b64encode(hashlib.sha256(_PROBE.encode("utf-8")).digest()).decode("ascii")
    html = re.sub(
        r'(<meta http-equiv="Content-Security-Policy" content=")([^"]*)"',
        lambda m: f"{m.group(1)}{m.group(2)}; script-src 'sha256-{digest}'\"",
        html,
        count=1,
    )
    return html.replace("</body>", f"<script>{_PROBE}</script></body>", 1)


def open_page(
    browser: str, html_file: Path, work: Path, width: int = 1280, *, probe_page: bool = True
) -> Page:
    """Load ``html_file``: probe it (unless ``probe_page`` is false), then screenshot the whole
    page with console logging and a network log on."""
    if not probe_page:
        return _shoot(browser, html_file, work, width=width, height=800, probe={}, probe_log="")
    probe_file = work / "probe.html"
    probe_file.write_text(_with_probe(html_file.read_text(encoding="utf-8")), encoding="utf-8")
    dom = _run(
        browser,
        work / "profile-probe",
        f"--window-size={width},1000",
        "--virtual-time-budget=3000",
        "--enable-logging=stderr",
        "--v=0",
        "--dump-dom",
        probe_file.as_uri(),
    )
    match = re.search(r'<pre id="pk-probe">(.*?)</pre>', dom.stdout, re.S)
    probe: dict[str, Any] = (
        json.loads(match.group(1).replace("&quot;", '"').replace("&amp;", "&")) if match else {}
    )
    height = min(max(int(probe.get("height", 3000)), 600), 16000)
    return _shoot(
        browser, html_file, work, width=width, height=height, probe=probe, probe_log=dom.stderr
    )


def _shoot(
    browser: str,
    html_file: Path,
    work: Path,
    *,
    width: int,
    height: int,
    probe: dict[str, Any],
    probe_log: str,
) -> Page:
    shot = work / f"{html_file.stem}.png"
    net_log = work / "net-log.json"
    run = _run(
        browser,
        work / "profile-shot",
        f"--window-size={width},{height}",
        "--hide-scrollbars",
        "--virtual-time-budget=3000",
        "--enable-logging=stderr",
        "--v=0",
        f"--log-net-log={net_log}",
        f"--screenshot={shot}",
        html_file.as_uri(),
    )
    return Page(
        screenshot=shot,
        console=_console(run.stderr) + _console(probe_log),
        requests=_page_requests(net_log),
        probe=probe,
    )


def print_pdf(browser: str, html_file: Path, work: Path) -> bytes:
    """Print ``html_file`` to PDF the way a reader would (no header or footer added)."""
    pdf = work / f"{html_file.stem}.pdf"
    _run(
        browser,
        work / "profile-pdf",
        "--no-pdf-header-footer",
        "--virtual-time-budget=3000",
        f"--print-to-pdf={pdf}",
        html_file.as_uri(),
    )
    return pdf.read_bytes() if pdf.exists() else b""
