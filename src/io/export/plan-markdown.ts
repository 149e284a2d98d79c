// The plan as one Markdown file: the readable copy of each section under its title, what changed, the annex.
import type { AnnexSession, ExportDocument } from "../../domain/plans/export-document-shape.ts";
import { formatDate, labelsOf, type PlanLabels } from "./plan-labels.ts";

/** Writes `doc` as CommonMark; the sections' own headings move one level down, under the section's title. */
export function planMarkdown(doc: ExportDocument): string {
  const l = labelsOf(doc.language);
  const out: string[] = [
    `# ${oneLine(doc.title)}`,
    "",
    `_${l.generated} ${formatDate(doc, doc.generatedAt, true)}_`,
    "",
  ];
  out.push(...changesBlock(doc, l));
  if (doc.sections.length === 0) out.push(l.emptyPlan, "");
  for (const section of doc.sections) {
    out.push(`## ${oneLine(section.title)}`, "");
    const body = demoteHeadings(section.markdown.trim());
    out.push(body === "" ? `_${l.emptySection}_` : body, "");
  }
  if (doc.annex) out.push(...annexBlock(doc, doc.annex, l));
  return `${out.join("\n").trimEnd()}\n`;
}

function changesBlock(doc: ExportDocument, l: PlanLabels): string[] {
  if (!doc.changes) return [];
  const lines = [`> **${l.changesTitle}** — ${l.changesSince} ${formatDate(doc, doc.changes.since)}`];
  if (doc.changes.lines.length === 0) lines.push(`> ${l.noChange}`);
  for (const change of doc.changes.lines)
    lines.push(`> - ${oneLine(change.title)} : ${l.change[change.change]}`);
  return [...lines, ""];
}

function annexBlock(doc: ExportDocument, sessions: AnnexSession[], l: PlanLabels): string[] {
  const out = [`## ${l.annex}`, ""];
  if (sessions.length === 0) out.push(l.noSession, "");
  for (const session of sessions) {
    out.push(`### ${oneLine(session.title)} — ${formatDate(doc, session.scheduledAt, true)}`, "");
    if (session.attendees.length > 0)
      out.push(`${l.attendees} : ${session.attendees.map(oneLine).join(", ")}`, "");
    if (session.agenda.length > 0) {
      out.push(`#### ${l.agenda}`, "");
      for (const item of session.agenda)
        out.push(`- ${oneLine(item.title)} (${item.durationMinutes} ${l.minutes})`);
      out.push("");
    }
    if (session.decisions.length > 0) {
      out.push(`#### ${l.decisions}`, "");
      for (const d of session.decisions) {
        const facts = [
          d.chosenOption ? `${l.option} : ${oneLine(d.chosenOption)}` : null,
          d.options.length > 0 ? `${l.considered} : ${d.options.map(oneLine).join(" / ")}` : null,
          d.carriedBy ? `${l.carriedBy} : ${oneLine(d.carriedBy)}` : null,
          d.reviewOn ? `${l.reviewOn} ${formatDate(doc, d.reviewOn)}` : null,
        ].filter(Boolean);
        out.push(`- **${oneLine(d.statement)}**${facts.length > 0 ? ` — ${facts.join(" ; ")}` : ""}`);
      }
      out.push("");
    }
    if (session.paths.length > 0) {
      out.push(`#### ${l.paths}`, "");
      for (const p of session.paths) {
        const why = p.reason ? ` — ${l.why} : ${oneLine(p.reason)}` : "";
        out.push(`- ${oneLine(p.title)} (${l.pathStatus[p.status]})${why}`);
      }
      out.push("");
    }
    if (session.urgentNeeds.length > 0) {
      out.push(`#### ${l.urgentNeeds}`, "");
      for (const n of session.urgentNeeds)
        out.push(`- ${formatDate(doc, n.metOn)} — ${oneLine(n.need)} → ${oneLine(n.response)}`);
      out.push("");
    }
    if (session.deliverables.length > 0) {
      out.push(`#### ${l.deliverables}`, "");
      for (const d of session.deliverables)
        out.push(`- ${oneLine(d.title)} (${l.deliverableStatus[d.status] ?? d.status})`);
      out.push("");
    }
  }
  return out;
}

/** User text on one line, with characters that would start Markdown structure at its beginning escaped. */
function oneLine(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^([#>*+-]|\d+\.)/, "\\$1");
}

/** Moves every ATX heading one level down (max 6), leaving fenced code alone. */
export function demoteHeadings(markdown: string): string {
  let fenced = false;
  return markdown
    .split("\n")
    .map((line) => {
      if (/^(```|~~~)/.test(line)) fenced = !fenced;
      if (fenced) return line;
      return line.replace(/^(#{1,5}) /, "$1# ");
    })
    .join("\n");
}
