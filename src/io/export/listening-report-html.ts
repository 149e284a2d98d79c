// A listening project's audit report as one HTML page with its print stylesheet: every user text escaped, charts
// as inline SVG, nothing fetched. Chromium prints it to PDF (listening-report-pdf.ts).
import type { AuditReport, ReportLanguage } from "../../domain/listening/read-audit-report.ts";
import type { ReportCharts } from "./listening-report-charts.ts";
import type { ReportLabels } from "./listening-report-labels.ts";
import { escapeHtml as e } from "./plan-html.ts";

const style = `
@page { size: A4; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Arial, sans-serif; color: #1d1f23; font-size: 10pt; line-height: 1.45; margin: 0; }
main { max-width: 180mm; margin: 0 auto; padding: 0 4mm; }
h1 { font-size: 20pt; margin: 0 0 2mm; color: #1f3f7a; }
h2 { font-size: 13.5pt; color: #1f3f7a; border-bottom: 1px solid #c9d3e6; padding-bottom: 1mm; margin: 7mm 0 3mm; break-after: avoid; }
h3 { font-size: 11pt; margin: 4mm 0 2mm; break-after: avoid; }
.lead { font-size: 11pt; }
.meta { color: #4a4f57; margin: 0 0 1mm; }
section { break-inside: auto; }
figure { margin: 2mm 0 3mm; break-inside: avoid; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { font-size: 8.5pt; color: #4a4f57; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; font-size: 9pt; break-inside: auto; }
caption { text-align: left; font-weight: 700; padding-bottom: 1mm; }
th, td { text-align: left; padding: 1.2mm 1.5mm; border-bottom: 1px solid #dde3ee; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td.n { white-space: nowrap; }
thead th { background: #eef2f9; }
tr { break-inside: avoid; }
blockquote { margin: 1mm 0 0; padding-left: 2mm; border-left: 2px solid #c9d3e6; color: #33373d; font-style: italic; }
.new { color: #b3261e; font-weight: 700; }
.up { color: #1b7a3d; } .down { color: #b3261e; }
.note { font-size: 8.5pt; color: #4a4f57; }
ul.communities { padding-left: 4mm; }
nav ol { columns: 2; font-size: 9.5pt; }
@media screen { main { padding: 6mm 4mm 12mm; } }
@media screen and (max-width: 600px) { body { font-size: 11pt; } .table-wrap { overflow-x: auto; } nav ol { columns: 1; } }
`;

/** The report as a whole HTML document, for Chromium's print. */
export function auditReportHtml(
  report: AuditReport,
  charts: ReportCharts,
  l: ReportLabels,
  language: ReportLanguage,
): string {
  const parts = auditReportParts(report, charts, l, language, { contents: true });
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(parts.title)}</title><style>${parts.style}</style></head>
<body>${parts.body}</body></html>`;
}

/**
 * The report's title, stylesheet and body, with `charts` drawn beforehand (listening-report-charts.ts); the web
 * page sets them in a shadow root, without the table of contents (its links cannot reach inside).
 */
export function auditReportParts(
  report: AuditReport,
  charts: ReportCharts,
  l: ReportLabels,
  language: ReportLanguage,
  options: { contents: boolean },
): { title: string; style: string; body: string } {
  const { audit, who } = report;
  const count = (n: number) => new Intl.NumberFormat(language).format(Math.round(n));
  const percent = (v: number) =>
    `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(v * 100)} %`;
  const net = (v: number | null) =>
    v === null ? "—" : `${v > 0 ? "+" : v < 0 ? "−" : ""}${Math.abs(v).toFixed(2)}`;
  const day = (d: string | null) =>
    d
      ? new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" }).format(
          new Date(`${d}T00:00:00Z`),
        )
      : "—";
  const figure = (svg: string, alt: string) =>
    `<figure><div role="img" aria-label="${e(alt)}">${svg}</div><figcaption>${e(alt)}</figcaption></figure>`;
  const table = (caption: string, head: string[], rows: string[][], numeric: number[] = []) =>
    `<div class="table-wrap" role="region" tabindex="0" aria-label="${e(caption)}"><table><caption>${e(caption)}</caption><thead><tr>${head
      .map((h, i) => `<th scope="col"${numeric.includes(i) ? ' class="n"' : ""}>${e(h)}</th>`)
      .join("")}</tr></thead><tbody>${rows
      .map(
        (cells) =>
          `<tr>${cells
            .map((c, i) =>
              i === 0
                ? `<th scope="row">${c}</th>`
                : `<td${numeric.includes(i) ? ' class="n"' : ""}>${c}</td>`,
            )
            .join("")}</tr>`,
      )
      .join("")}</tbody></table></div>`;
  const panel = audit.panel.map(e).join(", ");
  const title = `${l.title} — ${report.project.name}`;

  const sections: Array<[string, string]> = [];
  sections.push([
    l.where,
    figure(charts.channels, `${l.channels} — ${l.mentions}`) +
      table(
        l.channels,
        [l.source, l.channel, l.mentions, l.reach, l.netSentiment],
        audit.channels
          .slice(0, 15)
          .map((c) => [
            e(c.source || "—"),
            e(c.channel || "—"),
            count(c.mentions),
            count(c.reach),
            net(c.netSentiment),
          ]),
        [2, 3, 4],
      ),
  ]);
  sections.push([
    l.who,
    table(
      l.who,
      [l.author, l.mentions, l.reach, l.channels, l.netSentiment, l.topics],
      who.authors
        .slice(0, 15)
        .map((a) => [
          e(a.author),
          count(a.mentions),
          count(a.reach),
          e(a.channels.map((c) => c.channel || "—").join(", ")),
          net(a.netSentiment),
          e(a.topics.map((t) => t.label).join(", ")),
        ]),
      [1, 2, 4],
    ) +
      `<h3>${e(l.communities)}</h3>` +
      (who.communities.length === 0
        ? `<p>${e(l.noCommunity)}</p>`
        : `<ul class="communities">${who.communities
            .slice(0, 8)
            .map(
              (c) =>
                `<li><strong>${c.topics.map((t) => `${e(t.label)} (${percent(t.share)})`).join(" · ")}</strong> — ${count(c.authors.length)} ${e(l.authorsOf)}, ${count(c.mentions)} ${e(l.mentions.toLowerCase())} : ${c.authors.slice(0, 10).map(e).join(", ")}${c.authors.length > 10 ? " …" : ""}</li>`,
            )
            .join("")}</ul>`),
  ]);
  sections.push([
    l.how,
    figure(charts.polarity, `${l.netSentiment} ${net(audit.netSentiment)}`) +
      table(
        l.how,
        [l.name, l.mentions],
        (["positive", "neutral", "negative"] as const).map((p) => [
          e(l.polarity[p]),
          count(audit.polarity[p]),
        ]),
        [1],
      ) +
      figure(charts.emotions, l.emotions),
  ]);
  sections.push([
    l.what,
    audit.topics.length === 0
      ? `<p>${e(l.nothing)}</p>`
      : table(
          l.topics,
          [l.topic, l.mentions, l.netSentiment, l.trend, l.keywords],
          audit.topics
            .slice(0, 15)
            .map((t) => [
              `${e(t.label)}${t.quote ? `<blockquote>${e(t.quote.slice(0, 220))}</blockquote>` : ""}`,
              count(t.mentions),
              net(t.netSentiment),
              t.isNew ? `<span class="new">${e(l.newTopic)}</span>` : e(l.trends[t.trend] ?? t.trend),
              e((t.keywords ?? []).slice(0, 5).join(", ")),
            ]),
          [1, 2],
        ),
  ]);
  sections.push([
    l.dimensions,
    figure(charts.dimensions, `${l.dimensions} — ${l.share}`) +
      table(
        l.dimensions,
        [l.name, l.mentions, l.share, l.netSentiment],
        audit.dimensions.map((d) => [
          e(l.dimension[d.name] ?? d.name),
          count(d.mentions),
          percent(d.share),
          net(d.netSentiment),
        ]),
        [1, 2, 3],
      ),
  ]);
  sections.push([
    l.voice,
    `<p>${e(l.panel)} : ${panel}. ${e(l.sovDefinition)}</p>` +
      figure(charts.voice, `${l.voice} (${audit.panel.join(", ")})`) +
      table(
        l.voice,
        [
          l.name,
          l.mentions,
          l.shareOfVoice,
          l.shareOfReach,
          l.shareOfEngagement,
          l.shareOfPositive,
          l.netSentiment,
        ],
        audit.brands.map((b) => [
          e(b.name),
          count(b.mentions),
          percent(b.shareOfVoice),
          percent(b.shareOfReach),
          percent(b.shareOfEngagement),
          percent(b.shareOfPositive),
          net(b.netSentiment),
        ]),
        [1, 2, 3, 4, 5, 6],
      ),
  ]);
  sections.push([
    l.volume,
    figure(charts.volume, `${l.volume} — ${day(audit.scope.from)} → ${day(audit.scope.to)}`) +
      (audit.spikes.length === 0
        ? `<p>${e(l.noSpike)}</p>`
        : table(
            l.spikes,
            [l.start, l.end, l.mentions, l.baseline],
            audit.spikes.map((s) => [e(day(s.start)), e(day(s.end)), count(s.mentions), count(s.baseline)]),
            [2, 3],
          )),
  ]);
  sections.push([l.drivers, figure(charts.drivers, l.drivers)]);
  sections.push([l.comparison, comparisonHtml(report, l, { count, percent, net, day })]);
  sections.push([
    l.method,
    `<p class="note">${e(l.netDefinition)} ${e(l.sovDefinition)}</p><p class="note">${e(l.engine)} : ${e(audit.versions.engine)} · ${e(l.lexicon)} : ${e(audit.versions.lexicon)} · ${e(l.agreement)} : ${
      audit.agreement.rate === null
        ? e(l.noGold)
        : `${percent(audit.agreement.rate)} (${count(audit.agreement.polarityAgreed)} / ${count(audit.agreement.polarityLabels)})`
    }</p>`,
  ]);

  const body =
    audit.mentions === 0
      ? `<p>${e(l.empty)}</p>`
      : sections
          .map(
            ([heading, html], i) =>
              `<section aria-labelledby="s${i}"><h2 id="s${i}">${e(heading)}</h2>${html}</section>`,
          )
          .join("\n");
  const contents = options.contents
    ? `<nav aria-label="${e(l.contents)}"><ol>${sections.map(([heading], i) => `<li><a href="#s${i}">${e(heading)}</a></li>`).join("")}</ol></nav>`
    : "";
  return {
    title,
    style,
    body: `<main lang="${language}">
<h1>${e(l.title)}</h1>
<p class="lead"><strong>${e(report.project.name)}</strong></p>
<p class="meta">${e(l.period)} : ${e(day(audit.scope.from))} → ${e(day(audit.scope.to))} · ${e(l.panel)} : ${panel}</p>
<p class="meta">${count(audit.mentions)} ${e(l.summary)} ${net(audit.netSentiment)} · ${e(l.generated)} ${e(day(report.generatedAt.slice(0, 10)))}</p>
${contents}
${body}
</main>`,
  };
}

type Formats = {
  count: (n: number) => string;
  percent: (v: number) => string;
  net: (v: number | null) => string;
  day: (d: string | null) => string;
};

/** The comparison with the project's last snapshot, or a note that there is none. */
function comparisonHtml(report: AuditReport, l: ReportLabels, f: Formats): string {
  const { previous } = report;
  if (!previous) return `<p>${e(l.noPrevious)}</p>`;
  const c = previous.comparison;
  const sign = (d: number) => (d > 0 ? "up" : d < 0 ? "down" : "");
  const row = (
    label: string,
    v: { before: number; after: number; delta: number },
    format: (n: number) => string,
    points = false,
  ) => [
    e(label),
    format(v.before),
    format(v.after),
    `<span class="${sign(v.delta)}">${v.delta > 0 ? "+" : v.delta < 0 ? "−" : ""}${
      points
        ? `${f.count(Math.abs(v.delta) * 100)} ${e(l.points)}`
        : format(Math.abs(v.delta)).replace(/^[+−]/, "")
    }</span>`,
  ];
  const rows = [
    row(l.mentions, c.mentions, f.count),
    row(l.netSentiment, c.netSentiment, (n) => f.net(n)),
    ...c.brands.map((b) => row(`${l.shareOfVoice} — ${b.name}`, b.shareOfVoice, f.percent, true)),
    ...c.dimensions.map((d) => row(`${l.dimension[d.name] ?? d.name}`, d.share, f.percent, true)),
  ];
  const list = (topics: Array<{ label: string; mentions: number }>) =>
    topics.length === 0
      ? `<p>${e(l.nothing)}</p>`
      : `<ul>${topics.map((t) => `<li>${e(t.label)} (${f.count(t.mentions)})</li>`).join("")}</ul>`;
  return `<p>${e(l.previousSince)} « ${e(previous.snapshot.name)} », ${e(l.frozenOn)} ${e(
    f.day(previous.snapshot.frozenAt.slice(0, 10)),
  )}.</p>
<div class="table-wrap" role="region" tabindex="0" aria-label="${e(l.comparison)}"><table><caption>${e(l.comparison)}</caption><thead><tr><th scope="col">${e(l.indicator)}</th><th scope="col" class="n">${e(
    l.before,
  )}</th><th scope="col" class="n">${e(l.after)}</th><th scope="col" class="n">${e(l.delta)}</th></tr></thead><tbody>${rows
    .map(
      (cells) =>
        `<tr><th scope="row">${cells[0]}</th>${cells
          .slice(1)
          .map((x) => `<td class="n">${x}</td>`)
          .join("")}</tr>`,
    )
    .join("")}</tbody></table></div>
<h3>${e(l.appeared)}</h3>${list(c.topicsAppeared)}<h3>${e(l.vanished)}</h3>${list(c.topicsVanished)}`;
}
