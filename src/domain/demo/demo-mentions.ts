// A seeded generator of French mentions about the demo city and three neighbours, written for Cocrea (CC0).
// 18 months, several channels, authors with realistic reach, a crisis spike, a topic that appears late, all dimensions.

/** The demo city and its competitor panel, with the query of each. */
export const demoPanel = {
  brand: { name: "Belleville-sur-Loire", query: 'Belleville OR "Belleville-sur-Loire" OR #Belleville' },
  competitors: [
    { name: "Montval", query: "Montval" },
    { name: "Saint-Aubin", query: '"Saint-Aubin" OR "St-Aubin"' },
    { name: "Rochebrune", query: "Rochebrune" },
  ],
};

export interface DemoMention {
  id: string;
  text: string;
  publishedAt: Date;
  author: string;
  source: string;
  channel: string;
  reach: number;
  likes: number;
  shares: number;
  comments: number;
  topic: string;
}

/** Mulberry32: a small seeded generator, so every start makes the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Topics: their sentences ({v} is the city), weight, and the months (0–17) they live in. */
const topics: Array<{ label: string; weight: number; months?: [number, number]; sentences: string[] }> = [
  {
    label: "marché de Noël",
    weight: 3,
    sentences: [
      "Le marché de Noël de {v} est magnifique cette année, bravo aux organisateurs !",
      "Trop de monde au marché de Noël de {v}, impossible de circuler.",
      "Vin chaud et chalets en bois : le marché de Noël de {v} a une belle ambiance.",
    ],
  },
  {
    label: "transports en commun",
    weight: 4,
    sentences: [
      "Encore un bus en retard à {v}, c'est vraiment nul le service de transport.",
      "Le nouveau réseau de bus de {v} est plutôt pratique, merci.",
      "Les tarifs des transports à {v} ont encore augmenté, c'est scandaleux.",
    ],
  },
  {
    label: "piscine municipale",
    weight: 2,
    sentences: [
      "La piscine de {v} est propre et l'accueil très agréable.",
      "Horaires de la piscine de {v} trop réduits, dommage pour les familles.",
    ],
  },
  {
    label: "budget et impôts",
    weight: 2,
    sentences: [
      "Hausse de la taxe foncière à {v} : les habitants ne comprennent pas ce budget.",
      "Le conseil municipal de {v} publie enfin son budget en toute transparence, bonne décision.",
      "La dette de {v} baisse pour la troisième année, une gestion saine des finances.",
    ],
  },
  {
    label: "emploi et recrutement",
    weight: 2,
    sentences: [
      "{v} recrute des agents pour ses crèches, belle initiative pour l'emploi local.",
      "Grève des agents municipaux de {v} : le personnel dénonce ses conditions de travail.",
    ],
  },
  {
    label: "environnement",
    weight: 3,
    sentences: [
      "{v} plante 500 arbres le long de la Loire, un vrai geste pour le climat.",
      "Les associations de {v} organisent un grand nettoyage des berges, bravo aux bénévoles.",
      "Pollution de la Loire près de {v} : les pêcheurs sont inquiets.",
    ],
  },
  {
    label: "le maire",
    weight: 2,
    sentences: [
      "Le maire de {v} présente sa vision pour 2030, un projet de ville ambitieux.",
      "Le maire de {v} n'a pas tenu sa promesse sur les logements, quelle déception.",
    ],
  },
  {
    label: "application numérique",
    weight: 1,
    sentences: [
      "La nouvelle appli de {v} pour signaler les problèmes de voirie est géniale, très innovante.",
      "L'application numérique de {v} plante tout le temps, quelle galère.",
    ],
  },
  {
    label: "tramway",
    weight: 4,
    months: [12, 17],
    sentences: [
      "Le projet de tramway à {v} avance enfin, une nouvelle ligne moderne pour 2028 !",
      "Les travaux du tramway bloquent le centre de {v}, les commerçants sont furieux.",
      "Concertation sur le tramway de {v} ce soir à la mairie, venez nombreux.",
    ],
  },
];

/** The crisis: a water contamination in the demo city, days 300–305, loud and negative. */
const crisis = {
  label: "eau non potable",
  start: 300,
  days: 6,
  perDay: [90, 260, 210, 140, 80, 40],
  sentences: [
    "Eau non potable à {v} depuis ce matin, aucune information de la mairie, c'est honteux !",
    "Toujours pas d'eau potable à {v}, les familles sont en colère et inquiètes.",
    "Crise de l'eau à {v} : la gestion de la mairie est catastrophique.",
    "Distribution de bouteilles à {v}, des heures de queue, un scandale.",
  ],
};

const channels = [
  { channel: "réseaux sociaux", source: "x.com", weight: 5, reach: [200, 8] as const },
  { channel: "réseaux sociaux", source: "facebook.com", weight: 4, reach: [300, 6] as const },
  { channel: "réseaux sociaux", source: "instagram.com", weight: 2, reach: [500, 6] as const },
  { channel: "presse", source: "lecourrierdelaloire.fr", weight: 2, reach: [40_000, 2] as const },
  { channel: "presse", source: "info-val-de-loire.fr", weight: 1, reach: [15_000, 2] as const },
  { channel: "forums", source: "forum-belleville.org", weight: 1, reach: [80, 3] as const },
  { channel: "avis", source: "avis-citoyens.fr", weight: 1, reach: [50, 3] as const },
];

const firstNames = [
  "Marie",
  "Lucas",
  "Inès",
  "Hugo",
  "Chloé",
  "Nathan",
  "Sarah",
  "Louis",
  "Emma",
  "Yanis",
  "Jade",
  "Tom",
  "Léna",
  "Adam",
  "Zoé",
  "Karim",
  "Anaïs",
  "Théo",
  "Manon",
  "Rayan",
];
const outlets = ["Le Courrier de la Loire", "Info Val de Loire"];
const cities = [demoPanel.brand.name, "Montval", "Saint-Aubin", "Rochebrune"];
/** How much each city is talked about (the demo city most). */
const cityWeights = [0.46, 0.22, 0.18, 0.14];

const pick = <T>(items: readonly T[], r: number): T =>
  items[Math.min(items.length - 1, Math.floor(r * items.length))] as T;
function weighted<T extends { weight: number }>(items: readonly T[], r: number): T {
  const total = items.reduce((a, i) => a + i.weight, 0);
  let x = r * total;
  for (const item of items) {
    x -= item.weight;
    if (x <= 0) return item;
  }
  return items[items.length - 1] as T;
}

/**
 * About `count` mentions from `start` over 18 months, plus the crisis; the same seed gives the same corpus.
 * Reach follows a log-normal around each channel's median (a few accounts are heard far more than others).
 */
export function demoMentions(start: Date, count = 19_000, seed = 2026): DemoMention[] {
  const r = random(seed);
  const days = 548;
  const authors = Array.from({ length: 1_500 }, (_, i) => `@${pick(firstNames, r()).toLowerCase()}_${i}`);
  const out: DemoMention[] = [];
  const make = (day: number, city: string, topic: string, sentence: string) => {
    const ch = crisisOrChannel(topic, r);
    const [median, spread] = ch.reach;
    const reach = Math.round(median * Math.exp((r() + r() + r() - 1.5) * Math.log(spread)));
    const author = ch.channel === "presse" ? pick(outlets, r()) : pick(authors, r() ** 2);
    const at = new Date(start.getTime() + day * 86_400_000 + Math.floor(r() * 86_400_000));
    const buzz = Math.max(0, Math.round(reach * 0.02 * r()));
    out.push({
      id: `demo-${out.length + 1}`,
      text: `${sentence.replaceAll("{v}", city)}${r() < 0.3 ? ` #${city.replace(/[^\p{L}]/gu, "")}` : ""} (${out.length + 1})`,
      publishedAt: at,
      author,
      source: ch.source,
      channel: ch.channel,
      reach,
      likes: buzz,
      shares: Math.round(buzz * 0.2 * r()),
      comments: Math.round(buzz * 0.3 * r()),
      topic,
    });
  };
  for (let i = 0; i < count; i++) {
    const day = Math.floor(r() * days);
    const month = Math.floor(day / 30.5);
    const living = topics.filter((t) => !t.months || (month >= t.months[0] && month <= t.months[1]));
    const topic = weighted(living, r());
    const city = weighted(
      cities.map((name, k) => ({ name, weight: cityWeights[k] ?? 0 })),
      r(),
    ).name;
    make(day, city, topic.label, pick(topic.sentences, r()));
  }
  crisis.perDay.forEach((n, d) => {
    for (let i = 0; i < n; i++)
      make(crisis.start + d, demoPanel.brand.name, crisis.label, pick(crisis.sentences, r()));
  });
  return out;
}

function crisisOrChannel(topic: string, r: () => number): (typeof channels)[number] {
  const social = channels[r() < 0.6 ? 0 : 1] as (typeof channels)[number];
  return topic === crisis.label && r() < 0.8 ? social : weighted(channels, r());
}
