// A self-contained HTML report of an audit: figures, charts as inline SVG, every user text escaped.
import type { AuditResult } from "../../analysis/listening/audit-result.ts";

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

const percent = (value: number | null) => (value === null ? "—" : `${(value * 100).toFixed(1)} %`);
const signed = (value: number | null) =>
  value === null ? "—" : `${value > 0 ? "+" : ""}${value.toFixed(2)}`;

function bars(rows: Array<{ label: string; value: number; note: string }>, title: string): string {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const height = rows.length * 26 + 10;
  const body = rows
    .map((row, i) => {
      const width = Math.round((row.value / max) * 300);
      const y = i * 26 + 5;
      return `<text x="0" y="${y + 15}" font-size="13">${escapeHtml(row.label)}</text><rect x="180" y="${y}" width="${width}" height="18" fill="#2f6f9f"/><text x="${186 + width}" y="${y + 14}" font-size="12">${escapeHtml(row.note)}</text>`;
    })
    .join("");
  return `<svg role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 600 ${height}" width="100%">${body}</svg>`;
}

function volumeChart(result: AuditResult): string {
  const buckets = result.volume.buckets;
  if (buckets.length === 0) return "<p>No dated mentions.</p>";
  const max = Math.max(1, ...buckets.map((b) => b.mentions[0] ?? 0));
  const step = 600 / Math.max(1, buckets.length);
  const points = buckets.map(
    (b, i) => `${(i * step).toFixed(1)},${(150 - ((b.mentions[0] ?? 0) / max) * 140).toFixed(1)}`,
  );
  const alt = `Mentions of ${result.panel[0] ?? ""} per ${result.volume.interval}, ${buckets[0]?.date} to ${buckets.at(-1)?.date}, peak ${max}`;
  return `<svg role="img" aria-label="${escapeHtml(alt)}" viewBox="0 0 600 160" width="100%"><polyline fill="none" stroke="#2f6f9f" stroke-width="1.5" points="${points.join(" ")}"/></svg>`;
}

/** The report as one HTML page with no external resource. */
export function auditHtml(result: AuditResult, title: string): string {
  const panel = result.panel.map(escapeHtml).join(", ");
  const brandRows = result.brands
    .map(
      (b) =>
        `<tr><th scope="row">${escapeHtml(b.name)}</th><td>${b.mentions}</td><td>${percent(b.shareOfVoice)}</td><td>${b.reach}</td><td>${b.engagement}</td><td>${percent(b.positiveShare)}</td><td>${signed(b.netSentiment)}</td></tr>`,
    )
    .join("");
  const topicRows = result.topics
    .map(
      (t) =>
        `<li><strong>${escapeHtml(t.label)}</strong> (${t.size}, ${signed(t.netSentiment)}) — ${t.keywords.map(escapeHtml).join(", ")}${t.quotes.map((q) => `<blockquote>${escapeHtml(q)}</blockquote>`).join("")}</li>`,
    )
    .join("");
  const spikes = result.spikes
    .map(
      (s) => `<li>${escapeHtml(s.start)} → ${escapeHtml(s.end)}: ${s.mentions} (baseline ${s.baseline})</li>`,
    )
    .join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:auto;padding:1rem;color:#1d1d1d}table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ccc;padding:.3rem;text-align:right}th[scope=row],thead th:first-child{text-align:left}blockquote{margin:.3rem 1rem;color:#444;font-style:italic}</style>
</head><body>
<h1>${escapeHtml(title)}</h1>
<p>Panel: ${panel}. Period: ${escapeHtml(result.period.start ?? "—")} — ${escapeHtml(result.period.end ?? "—")}. ${result.stats.matched} mentions of ${result.stats.documents} read.</p>
<h2>Presence: share of voice (panel: ${panel})</h2>
<table><thead><tr><th>Name</th><th>Mentions</th><th>Share of voice</th><th>Reach</th><th>Engagement</th><th>Share of positive voice</th><th>Net sentiment</th></tr></thead><tbody>${brandRows}</tbody></table>
${bars(
  result.brands.map((b) => ({ label: b.name, value: b.mentions, note: percent(b.shareOfVoice) })),
  `Share of voice on mentions, panel: ${result.panel.join(", ")}`,
)}
<h2>Volume of ${escapeHtml(result.panel[0] ?? "")}</h2>
${volumeChart(result)}
<h3>Spikes</h3><ul>${spikes || "<li>None</li>"}</ul>
<h2>Reputation dimensions of ${escapeHtml(result.panel[0] ?? "")}</h2>
${bars(
  result.dimensions.map((d) => ({ label: d.name, value: d.mentions, note: `net ${signed(d.netSentiment)}` })),
  "Mentions per reputation dimension",
)}
<h2>Topics</h2><ol>${topicRows}</ol>
<p><small>Net sentiment = (positive − negative) / (positive + negative). Engine: ${escapeHtml(result.engine.sentiment)}; lexicons ${escapeHtml(result.engine.lexicons.join(", "))}.</small></p>
</body></html>
`;
}
