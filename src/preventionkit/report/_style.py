"""The report's stylesheet: inline, system fonts only, A4 print rules (no external request)."""

from __future__ import annotations

__all__ = ["CSS"]

CSS = """
:root {
  --ink: #1a1a2e; --muted: #4a5568; --line: #dfe3ea; --paper: #ffffff; --bg: #f4f6f9;
  --brand: #1f3a5f; --error: #b42318; --error-bg: #fdecea; --warning: #8a5a00;
  --warning-bg: #fff4d6; --info: #1f4e9c; --info-bg: #e8f0fc; --ok: #1d6b52; --ok-bg: #e3f4ec;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
.page { max-width: 1080px; margin: 0 auto; padding: 0 20px 40px; }
header.masthead { background: var(--brand); color: #fff; padding: 28px 0 22px; margin-bottom: 22px; }
header.masthead .page { padding-bottom: 0; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; opacity: .85; margin: 0 0 6px; }
h1 { font-size: 28px; line-height: 1.2; margin: 0 0 8px; }
.meta { margin: 0; opacity: .9; font-size: 14px; }
.badges { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 14px; }
.badge { display: inline-flex; align-items: center; gap: 6px; border-radius: 999px; padding: 4px 12px;
  font-size: 13px; font-weight: 600; background: #ffffff; color: var(--ink); }
.badge.error { background: var(--error-bg); color: var(--error); }
.badge.warning { background: var(--warning-bg); color: var(--warning); }
.badge.info { background: var(--info-bg); color: var(--info); }
.badge.ok { background: var(--ok-bg); color: var(--ok); }
nav.toc { font-size: 14px; margin: 0 0 18px; }
nav.toc a { color: var(--brand); margin-right: 16px; text-decoration: none; font-weight: 600; }
section.card { background: var(--paper); border: 1px solid var(--line); border-radius: 12px;
  padding: 20px 24px; margin: 0 0 20px; }
h2 { font-size: 20px; margin: 0 0 6px; color: var(--brand); }
h3 { font-size: 16px; margin: 18px 0 8px; }
p.intro { color: var(--muted); margin: 0 0 14px; font-size: 14px; }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(230px, 1fr)); gap: 10px 24px; margin: 0; }
.facts div { border-left: 3px solid var(--line); padding-left: 10px; }
.facts dt { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
.facts dd { margin: 0; font-weight: 600; }
blockquote.vision { margin: 16px 0 0; padding: 10px 16px; border-left: 4px solid var(--ok);
  background: var(--ok-bg); border-radius: 0 8px 8px 0; font-style: italic; }
.stats { display: flex; flex-wrap: wrap; gap: 10px; margin-top: 16px; }
.stat { flex: 1 1 110px; background: var(--bg); border-radius: 10px; padding: 10px 12px; text-align: center; }
.stat b { display: block; font-size: 24px; line-height: 1.1; }
.stat span { font-size: 12px; color: var(--muted); }
figure { margin: 0; }
figure svg { display: block; width: 100%; height: auto; }
figcaption { font-size: 13px; color: var(--muted); margin-top: 6px; }
.finding { border: 1px solid var(--line); border-left-width: 5px; border-radius: 8px; padding: 10px 14px;
  margin: 0 0 10px; }
.finding.error { border-left-color: var(--error); }
.finding.warning { border-left-color: #d79a00; }
.finding.info { border-left-color: var(--info); }
.finding.question { border-left-style: dashed; border-left-color: var(--info); }
.finding .head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 8px; }
.code { font: 600 12px/1.6 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  border-radius: 6px; padding: 0 6px; background: var(--bg); }
.finding.error .code { background: var(--error-bg); color: var(--error); }
.finding.warning .code { background: var(--warning-bg); color: var(--warning); }
.finding.info .code { background: var(--info-bg); color: var(--info); }
.finding.question .code { background: transparent; color: var(--info); }
.finding .msg { font-weight: 600; }
.finding .more { margin: 6px 0 0; font-size: 13.5px; color: var(--muted); display: grid; gap: 2px; }
.finding .more b { color: var(--ink); font-weight: 600; }
.path { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
.none { color: var(--ok); font-weight: 600; }
table { width: 100%; border-collapse: collapse; font-size: 13.5px; }
th, td { text-align: left; vertical-align: top; padding: 7px 8px; border-bottom: 1px solid var(--line); }
th { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted);
  background: var(--bg); }
tbody tr:nth-child(even) td { background: #fafbfc; }
.pill { display: inline-block; border-radius: 999px; padding: 1px 10px; font-size: 12.5px; font-weight: 700;
  white-space: nowrap; }
.pill.yes { background: var(--ok-bg); color: var(--ok); }
.pill.partly { background: var(--warning-bg); color: var(--warning); }
.pill.no { background: var(--error-bg); color: var(--error); }
.pill.unknown { background: #eceff3; color: var(--muted); }
.tags span { display: inline-block; background: var(--bg); border-radius: 6px; padding: 0 6px;
  margin: 0 4px 3px 0; font-size: 12px; white-space: nowrap; }
.small { font-size: 12.5px; color: var(--muted); }
td.when { white-space: nowrap; }
td.small { min-width: 12em; }
footer { color: var(--muted); font-size: 12.5px; text-align: center; margin-top: 8px; }
.first { display: grid; grid-template-columns: 1fr 1fr; gap: 18px; }
.first h2 { font-size: 17px; }
ol.next, ol.pk-breaks { margin: 0; padding-left: 22px; display: grid; gap: 6px; font-size: 14px; }
ol.next li.error::marker, ol.pk-breaks li::marker { color: #c0392b; font-weight: 700; }
ol.pk-breaks a, ol.next a { color: inherit; }
#chain figure { overflow-x: auto; }
#chain figure svg { max-width: 100%; height: auto; }
@media (max-width: 760px) { .first { grid-template-columns: 1fr; } }
@page { size: A4; margin: 14mm 12mm; }
/* The chain is drawn for a landscape page at full size: no label below 8 pt in print. */
@page chain { size: A4 landscape; margin: 10mm; }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .page { max-width: none; padding: 0; }
  header.masthead { padding: 0 0 10px; margin-bottom: 10px; background: #fff; color: var(--ink);
    border-bottom: 3px solid var(--brand); }
  .badge { border: 1px solid var(--line); }
  nav.toc { display: none; }
  section.card { border: none; border-radius: 0; padding: 0; margin: 0 0 14px; }
  figure, .finding, tr, .facts div, blockquote, .stats { break-inside: avoid; }
  h2, h3, p.intro { break-after: avoid; }
  /* The heat map fits a page; the chain gets landscape pages of its own at full size. */
  #coverage figure svg { max-height: 245mm; width: auto; max-width: 100%; margin: 0 auto; }
  #chain { page: chain; break-before: page; }
  #chain figure { overflow: visible; }
  #chain figure svg { width: 100%; max-width: none; height: auto; }
  h2 + *, h3 + * { break-before: avoid; }
  .small, th, .path, figcaption, footer, .facts dt, .stat span { font-size: 8.5pt; }
  .first { grid-template-columns: 1fr 1fr; break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
"""
