// The plan as one printable HTML page (for Chromium's print to PDF): cover, table of contents, sections, annex.
// Every piece of user text is escaped; the page holds no script and loads nothing.
import { attr, type ExportDocument, type RichNode } from "../../domain/plans/export-document-shape.ts";
import { formatDate, labelsOf, type PlanLabels } from "./plan-labels.ts";
import { planPrintStyle } from "./plan-print-style.ts";

const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);
}

/**
 * The whole printable page of `doc`. `pages` gives the page of each section's anchor (`section-1`, …, `annex`) for
 * the table of contents; an anchor with no page gets a placeholder as wide as a three-digit number, so that a first
 * print, made to find the pages, lays the contents out exactly as the final one.
 */
export function planHtml(doc: ExportDocument, pages?: ReadonlyMap<string, number>): string {
  const l = labelsOf(doc.language);
  const entry = (anchor: string, title: string) => {
    const page = pages?.get(anchor);
    const number = page === undefined ? `<span class="toc-pending">000</span>` : String(page);
    return `<li><a href="#${anchor}"><span class="toc-title">${escapeHtml(title)}</span><span class="toc-dots"></span><span class="toc-page">${number}</span></a></li>`;
  };
  const toc = doc.sections
    .map((s, i) => entry(`section-${i + 1}`, s.title))
    .concat(doc.annex ? [entry("annex", l.annex)] : [])
    .join("");
  const sections = doc.sections
    .map((s, i) => {
      const body = blocks(s.json.content ?? [], l);
      return `<section class="plan-section" id="section-${i + 1}"><h1>${escapeHtml(s.title)}</h1>${
        body === "" ? `<p class="empty">${escapeHtml(l.emptySection)}</p>` : body
      }</section>`;
    })
    .join("");
  return `<!doctype html><html lang="${doc.language}"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title>
<style>${planPrintStyle}</style></head><body>
<header class="cover"><p class="kicker">${escapeHtml(formatDate(doc, doc.generatedAt, true))}</p><h1 class="title">${escapeHtml(doc.title)}</h1>
${changesHtml(doc, l)}
<nav class="toc" aria-label="${escapeHtml(l.contents)}"><h2>${escapeHtml(l.contents)}</h2>${
    toc === "" ? `<p>${escapeHtml(l.emptyPlan)}</p>` : `<ol>${toc}</ol>`
  }</nav></header>
${sections}${doc.annex ? annexHtml(doc, l) : ""}</body></html>`;
}

function changesHtml(doc: ExportDocument, l: PlanLabels): string {
  if (!doc.changes) return "";
  const items = doc.changes.lines.map(
    (c) => `<li>${escapeHtml(c.title)} : ${escapeHtml(l.change[c.change])}</li>`,
  );
  return `<aside class="changes"><h2>${escapeHtml(l.changesTitle)}</h2><p>${escapeHtml(
    `${l.changesSince} ${formatDate(doc, doc.changes.since)}`,
  )}</p>${items.length === 0 ? `<p>${escapeHtml(l.noChange)}</p>` : `<ul>${items.join("")}</ul>`}</aside>`;
}

function blocks(nodes: RichNode[], l: PlanLabels): string {
  return nodes.map((n) => block(n, l)).join("");
}

function block(node: RichNode, l: PlanLabels): string {
  const inner = () => blocks(node.content ?? [], l);
  switch (node.type) {
    case "paragraph":
      return `<p>${inline(node.content ?? [])}</p>`;
    case "heading": {
      const level = Math.min(6, Math.max(2, Number(node.attrs?.level ?? 1) + 1));
      return `<h${level}>${inline(node.content ?? [])}</h${level}>`;
    }
    case "bulletList":
      return `<ul>${inner()}</ul>`;
    case "orderedList":
      return `<ol>${inner()}</ol>`;
    case "listItem":
      return `<li>${inner()}</li>`;
    case "blockquote":
      return `<blockquote>${inner()}</blockquote>`;
    case "codeBlock":
      return `<pre>${escapeHtml(plain(node))}</pre>`;
    case "horizontalRule":
      return "<hr>";
    case "table":
      return `<table>${inner()}</table>`;
    case "tableRow":
      return `<tr>${inner()}</tr>`;
    case "tableHeader":
      return `<th>${inner()}</th>`;
    case "tableCell":
      return `<td>${inner()}</td>`;
    case "image":
      return `<p class="image">[${escapeHtml(l.image)}${attr(node, "alt") ? ` : ${escapeHtml(attr(node, "alt"))}` : ""}]</p>`;
    case "objective":
      return facts("objective", [
        [l.objective, attr(node, "statement")],
        [l.kpi, attr(node, "kpi")],
        [l.baseline, attr(node, "baseline")],
        [l.target, attr(node, "target")],
        [l.date, attr(node, "date")],
      ]);
    case "budgetLine":
      return facts("budget", [
        [l.budgetItem, attr(node, "item")],
        [l.amount, [attr(node, "amount"), attr(node, "currency")].filter(Boolean).join(" ")],
        [l.note, attr(node, "note")],
      ]);
    case "action":
      return facts("action", [
        [l.action, attr(node, "title")],
        [l.owner, attr(node, "owner")],
        [l.date, attr(node, "date")],
        [l.status, attr(node, "status")],
      ]);
    default:
      return node.content ? inner() : node.text ? `<p>${escapeHtml(node.text)}</p>` : "";
  }
}

function facts(kind: string, rows: Array<[string, string]>): string {
  const shown = rows.filter(([, value]) => value !== "");
  return `<table class="facts ${kind}">${shown
    .map(
      ([label, value]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`,
    )
    .join("")}</table>`;
}

function plain(node: RichNode): string {
  return node.text ?? (node.content ?? []).map(plain).join("");
}

function inline(nodes: RichNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === "hardBreak") return "<br>";
      if (node.type !== "text") return escapeHtml(plain(node));
      let html = escapeHtml(node.text ?? "");
      for (const mark of node.marks ?? []) {
        if (mark.type === "bold") html = `<strong>${html}</strong>`;
        else if (mark.type === "italic") html = `<em>${html}</em>`;
        else if (mark.type === "strike") html = `<s>${html}</s>`;
        else if (mark.type === "code") html = `<code>${html}</code>`;
        else if (mark.type === "link") {
          const href = String(mark.attrs?.href ?? "");
          // Only web and mail links; anything else (javascript:, file:) is shown as text.
          if (/^(https?:|mailto:)/i.test(href)) html = `<a href="${escapeHtml(href)}">${html}</a>`;
        }
      }
      return html;
    })
    .join("");
}

function annexHtml(doc: ExportDocument, l: PlanLabels): string {
  const sessions = doc.annex ?? [];
  const e = escapeHtml;
  const list = (title: string, items: string[]) =>
    items.length === 0 ? "" : `<h3>${e(title)}</h3><ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>`;
  const body = sessions
    .map(
      (s) =>
        `<article class="session"><h2>${e(s.title)} — ${e(formatDate(doc, s.scheduledAt, true))}</h2>${
          s.attendees.length > 0 ? `<p>${e(l.attendees)} : ${e(s.attendees.join(", "))}</p>` : ""
        }${list(
          l.agenda,
          s.agenda.map((a) => `${e(a.title)} (${a.durationMinutes} ${e(l.minutes)})`),
        )}${list(
          l.decisions,
          s.decisions.map(
            (d) =>
              `<strong>${e(d.statement)}</strong>${d.chosenOption ? ` — ${e(l.option)} : ${e(d.chosenOption)}` : ""}${
                d.options.length > 0 ? ` ; ${e(l.considered)} : ${e(d.options.join(" / "))}` : ""
              }${d.carriedBy ? ` ; ${e(l.carriedBy)} : ${e(d.carriedBy)}` : ""}${
                d.reviewOn ? ` ; ${e(l.reviewOn)} ${e(formatDate(doc, d.reviewOn))}` : ""
              }`,
          ),
        )}${list(
          l.paths,
          s.paths.map(
            (p) =>
              `${e(p.title)} (<span class="path-${p.status}">${e(l.pathStatus[p.status])}</span>)${
                p.reason ? ` — ${e(l.why)} : ${e(p.reason)}` : ""
              }`,
          ),
        )}${list(
          l.urgentNeeds,
          s.urgentNeeds.map((n) => `${e(formatDate(doc, n.metOn))} — ${e(n.need)} → ${e(n.response)}`),
        )}${list(
          l.deliverables,
          s.deliverables.map((d) => `${e(d.title)} (${e(l.deliverableStatus[d.status] ?? d.status)})`),
        )}</article>`,
    )
    .join("");
  return `<section class="annex" id="annex"><h1>${e(l.annex)}</h1>${
    body === "" ? `<p>${e(l.noSession)}</p>` : body
  }</section>`;
}
