namespace DslPlanning.Reports.Writers
{
    /// <summary>The inline style sheet of the HTML reports: readable on screen, A4 pages in print, no external fonts.</summary>
    internal static class HtmlStyle
    {
        public const string Css = @"
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, ""Segoe UI"", Roboto, ""Helvetica Neue"", Arial, sans-serif; font-size: 11pt; line-height: 1.45;
  color: #1a202c; background: #fff; margin: 0 auto; max-width: 74rem; padding: 2rem 2.5rem; }
header.report { border-bottom: 3px solid #2b6cb0; padding-bottom: .6rem; margin-bottom: 1rem; }
.kind { text-transform: uppercase; letter-spacing: .06em; color: #2b6cb0; font-size: 9pt; font-weight: 600; margin: 0; }
h1 { font-size: 21pt; line-height: 1.2; margin: .2rem 0 .4rem; }
h2 { font-size: 15pt; color: #1a365d; border-bottom: 1px solid #90cdf4; padding-bottom: 2pt; margin: 1.8rem 0 .6rem; }
h3 { font-size: 12.5pt; color: #1a365d; margin: 1.2rem 0 .4rem; }
h4 { font-size: 10.5pt; margin: .8rem 0 .2rem; }
.counts { color: #4a5568; margin: 0; }
.counts strong { color: #1a202c; }
nav.toc { background: #f7fafc; border: 1px solid #e2e8f0; padding: .4rem 1rem; margin: 1rem 0; }
nav.toc h2 { border: 0; margin: .3rem 0; font-size: 11pt; }
nav.toc ol { columns: 3; margin: .2rem 0 .4rem; padding-left: 1.2rem; }
nav.toc a { color: #2b6cb0; }
dl.facts { display: grid; grid-template-columns: 12em 1fr; gap: 4pt 14pt; margin: .4rem 0 1rem; }
dl.facts dt { font-weight: 600; color: #2d3748; }
dl.facts dd { margin: 0; }
ul { margin: .2rem 0 .8rem; padding-left: 1.3rem; }
li { margin: .1rem 0; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: .3rem 0 1rem; }
caption { caption-side: top; text-align: left; font-weight: 600; font-size: 10.5pt; padding: .2rem 0 .3rem; color: #1a365d; }
th, td { border: 1px solid #cbd5e0; padding: 3pt 5pt; vertical-align: top; text-align: left; }
thead th { background: #e6f0fb; color: #1a365d; }
tbody tr:nth-child(even) td { background: #fafcfe; }
tr.group th { background: #edf2f7; color: #1a202c; font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.nowrap { white-space: nowrap; }
td.empty, p.empty { color: #718096; font-style: italic; }
figure.chart { margin: .6rem 0 1.2rem; }
figure.chart svg { display: block; width: 100%; max-width: 46rem; height: auto; }
figcaption { font-size: 9pt; color: #4a5568; margin-top: .3rem; }
footer { margin-top: 2rem; font-size: 8.5pt; color: #718096; border-top: 1px solid #cbd5e0; padding-top: .4rem; }
@page { size: A4; margin: 16mm 12mm 16mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav.toc { display: none; }
  h2, h3, h4, caption { break-after: avoid; page-break-after: avoid; }
  table { font-size: 7.5pt; }
  thead { display: table-header-group; }
  tr, figure.chart, dl.facts dd { break-inside: avoid; page-break-inside: avoid; }
  .table-wrap { overflow: visible; }
  a { color: inherit; text-decoration: none; }
}
";
    }
}
