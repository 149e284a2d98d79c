// The print stylesheet of the exported plan: A4, system fonts, each section on a new page, tables kept readable.

export const planPrintStyle = `
@page { size: A4; margin: 22mm 18mm 20mm 18mm; }
* { box-sizing: border-box; }
html { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1d1d1f; }
body { margin: 0; }
h1, h2, h3, h4, h5, h6 { font-family: "DejaVu Serif", "Liberation Serif", Georgia, serif; color: #14365d; break-after: avoid; line-height: 1.2; }
h1 { font-size: 20pt; margin: 0 0 10pt; padding-bottom: 4pt; border-bottom: 1.5pt solid #14365d; }
h2 { font-size: 14pt; margin: 14pt 0 6pt; }
h3 { font-size: 12pt; margin: 12pt 0 4pt; }
h4, h5, h6 { font-size: 11pt; margin: 10pt 0 4pt; }
p { margin: 0 0 6pt; orphans: 3; widows: 3; }
a { color: #14365d; }
ul, ol { margin: 0 0 6pt; padding-left: 16pt; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt; break-inside: avoid; table-layout: fixed; }
th, td { border: 0.6pt solid #9aa5b1; padding: 3pt 5pt; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { background: #eef2f6; }
table.facts th { width: 32%; }
pre { white-space: pre-wrap; font-size: 9pt; background: #f4f5f7; padding: 6pt; }
blockquote { margin: 0 0 6pt; padding-left: 8pt; border-left: 2pt solid #9aa5b1; color: #444; }
.cover { break-after: page; }
.cover .title { font-size: 28pt; border: none; margin-top: 40mm; }
.kicker { color: #555; margin-top: 0; }
.toc ol { padding-left: 18pt; }
.toc li { margin: 3pt 0; }
.toc a { text-decoration: none; color: inherit; display: flex; align-items: baseline; }
.toc-dots { flex: 1; border-bottom: 0.8pt dotted #9aa5b1; margin: 0 4pt; min-width: 12pt; }
.toc-page { min-width: 2.2em; text-align: right; font-variant-numeric: tabular-nums; }
.toc-pending { visibility: hidden; }
.changes { border: 1pt solid #c9a227; background: #fff8e1; padding: 6pt 10pt; margin: 10pt 0 16pt; }
.changes h2 { margin-top: 0; font-size: 12pt; }
.plan-section, .annex { break-before: page; }
.empty { color: #666; font-style: italic; }
.session { break-inside: auto; margin-bottom: 14pt; }
.path-abandoned { color: #8a1c1c; font-weight: bold; }
.image { color: #666; font-style: italic; }
`;
