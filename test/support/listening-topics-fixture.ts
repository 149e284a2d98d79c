// Mentions with clear topics for tests: three themes over a year and one that appears in its last months.
import type { ApiClient } from "./api-client.ts";

const themes = {
  christmas: [
    "Le marché de Noël de {v} est magnifique cette année",
    "Trop de monde au marché de Noël de {v} ce samedi",
    "Vin chaud et chalets au marché de Noël de {v}",
  ],
  buses: [
    "Encore un bus en retard à {v} ce matin",
    "Le réseau de bus de {v} est pratique et rapide",
    "Les tarifs des bus de {v} augmentent encore",
  ],
  pool: [
    "La piscine municipale de {v} ferme en août",
    "Les horaires de la piscine municipale de {v} changent",
    "La piscine municipale de {v} est bondée le dimanche",
  ],
  tramway: [
    "Les travaux du tramway bloquent le centre de {v}",
    "La nouvelle ligne de tramway de {v} ouvre bientôt",
    "Le chantier du tramway de {v} fait beaucoup de bruit",
  ],
};
const cities = ["Nantes", "Rennes", "Angers"];
const authors = ["@marie", "@paul", "@lea", "@jo", "Ouest-France", "@karim"];

/**
 * A CSV of 120 mentions from 2025-01-01 to 2025-12-27: christmas, buses and pool all year, tramway only from
 * October (the latest third of the year). Authors write mostly about one theme each, so they form communities.
 */
export function topicsCsv(): string {
  const lines = ["id;date;author;source;channel;text;reach"];
  for (let i = 0; i < 120; i++) {
    const day = new Date(Date.UTC(2025, 0, 1) + i * 3 * 86_400_000);
    const late = day.getUTCMonth() >= 9;
    const theme = late && i % 2 === 0 ? "tramway" : (["christmas", "buses", "pool"] as const)[i % 3];
    const sentences = themes[theme ?? "buses"];
    const text = `${sentences[i % 3]} (${i})`.replace("{v}", cities[i % 3] as string);
    const author =
      theme === "tramway"
        ? "@karim"
        : (authors[(["christmas", "buses", "pool"].indexOf(theme ?? "") * 2 + (i % 2)) % 5] as string);
    const source = author.startsWith("@") ? "twitter.com;social" : "ouest-france.fr;press";
    lines.push(`t${i};${day.toISOString()};${author};${source};${text};${100 + i * 10}`);
  }
  return lines.join("\n");
}

/** Polls the audit until no topic analysis is waiting or running; returns the audit. */
export async function auditAfterTopics<T>(client: ApiClient, projectPath: string): Promise<T> {
  for (;;) {
    const response = await client.get<{ audit: T & { topicsPending: boolean } }>(`${projectPath}/audit`);
    if (response.status !== 200) throw new Error(`audit failed: ${JSON.stringify(response.body)}`);
    if (!response.body.audit.topicsPending) return response.body.audit;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
