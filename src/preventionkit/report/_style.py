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
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 4px 28px; }
.cols h3 { margin-top: 6px; }
ol.goals { margin: 0; padding-left: 22px; display: grid; gap: 8px; }
.indicator { padding: 6px 0; border-bottom: 1px solid var(--line); }
.indicator:last-child { border-bottom: none; }
.facts-line { display: flex; flex-wrap: wrap; gap: 0 14px; font-size: 12.5px; color: var(--muted); }
.facts-line b { color: var(--ink); font-weight: 600; }
table.periods { margin-top: 4px; font-size: 12.5px; }
table.periods td, table.periods th { padding: 3px 6px; }
tr.breakdown td:first-child { padding-left: 22px; }
.halves { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 0 20px;
  align-items: start; }
ul.areas, dl.readiness ul, ul.places { margin: 0; padding-left: 18px; display: grid; gap: 4px; }
ul.places { margin: 6px 0 0; font-size: 13.5px; }
dl.readiness { margin: 0; }
dl.readiness dt { font-weight: 600; font-size: 13.5px; }
dl.readiness dd { margin: 0 0 8px; font-size: 13.5px; }
td.fragile { color: var(--error); font-weight: 600; }
#chain figure { overflow-x: auto; }
svg.pk-chain-piece { display: none; }
#chain figure svg { max-width: 100%; height: auto; }
@media (max-width: 760px) { .first { grid-template-columns: 1fr; } }
@page { size: A4; margin: 12mm 12mm; }
/* The chain is drawn for a landscape page at full size: no label below 8 pt in print. */
@page chain { size: A4 landscape; margin: 10mm; }
@media print {
  body { background: #fff; font-size: 9.5pt; line-height: 1.35; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .page { max-width: none; padding: 0; }
  header.masthead { padding: 0 0 6px; margin-bottom: 8px; background: #fff; color: var(--ink);
    border-bottom: 2pt solid var(--brand); }
  h1 { font-size: 16pt; margin: 0 0 2px; }
  h2 { font-size: 12.5pt; margin: 0 0 3px; }
  h3 { font-size: 10.5pt; margin: 8px 0 4px; }
  .kicker, .meta { font-size: 8.5pt; }
  .badges { margin-top: 6px; gap: 6px; }
  .badge { border: 1px solid var(--line); font-size: 8.5pt; padding: 1px 8px; }
  nav.toc { display: none; }
  section.card { border: none; border-radius: 0; padding: 0; margin: 0 0 10px; }
  p.intro { font-size: 8.5pt; margin: 0 0 6px; }
  .facts { gap: 4px 16px; grid-template-columns: repeat(3, 1fr); }
  .facts dd { font-size: 9.5pt; }
  .stats { margin-top: 6px; gap: 6px; }
  .stat { padding: 3px 6px; }
  .stat b { font-size: 12pt; }
  table { font-size: 8.5pt; }
  th, td { padding: 3px 5px; }
  .finding { padding: 4px 8px; margin: 0 0 5px; border-left-width: 3pt; }
  .finding .more, ul.places, dl.readiness dt, dl.readiness dd, .facts-line, table.periods,
  ol.next, ol.pk-breaks { font-size: 8.5pt; }
  ol.goals, ul.areas, ul.places, ol.next, ol.pk-breaks { gap: 2px; }
  figure, .finding, tr, .facts div, blockquote, .stats, .indicator, li { break-inside: avoid; }
  h2, h3, p.intro, .finding .head { break-after: avoid; }
  h2 + *, h3 + * { break-before: avoid; }
  /* The heat map at the width of the page: its smallest label (14 of 866 units) stays 8 pt. */
  #coverage figure svg { width: 100%; max-width: none; height: auto; margin: 0 auto; }
  /* The chain gets landscape pages of its own at full size; a tall chain runs on to the next
     page (its heading stays with its start). */
  #chain { page: chain; break-before: page; }
  #chain figure { overflow: visible; break-inside: auto; }
  #chain figure svg { width: 100%; max-width: none; height: auto; }
  /* A chain too tall for one page prints as pieces cut between rows, one per page. */
  #chain figure svg.pk-chain-piece { display: block; break-inside: avoid; }
  #chain figure svg.pk-chain-piece + svg.pk-chain-piece { break-before: page; }
  #chain figure:has(svg.pk-chain-piece) svg.pk-chain { display: none; }
  .finding.multi { break-inside: auto; }
  #activities td.small { min-width: 20em; }
  #chain + section { break-before: page; }
  .small, th, .path, figcaption, footer, .facts dt, .stat span, .tags span, .code { font-size: 8.5pt; }
  .first { grid-template-columns: 1fr 1fr; gap: 12px; }
  .halves { grid-template-columns: 1fr 1fr 1fr; gap: 0 12px; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
"""
