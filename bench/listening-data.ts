// Writes a seeded CSV of synthetic French mentions of four cities for the listening benchmark (CC0, generated).
import { createWriteStream } from "node:fs";

/** Mulberry32: a small seeded generator, so every run writes the same file. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cities = ["Nantes", "Rennes", "Angers", "Brest"];
const subjects = [
  "le tram de {c}",
  "les pistes cyclables de {c}",
  "le marché de Noël de {c}",
  "le maire de {c}",
  "la piscine municipale de {c}",
  "le budget de {c}",
  "les agents de la propreté à {c}",
  "le festival d'été de {c}",
  "la nouvelle application de {c}",
  "les travaux du centre de {c}",
];
const tones = [
  "c'est génial, bravo !",
  "vraiment super, merci",
  "une belle réussite",
  "c'est nul, encore en panne",
  "honteux, personne ne répond",
  "quelle déception",
  "à voir ce que ça donne",
  "on en parle demain",
  "rien de neuf",
];
const sources = ["X", "Facebook", "Instagram", "Presse", "Forum", "YouTube"];

/** Writes `rows` mentions over 540 days from 2025-06-01, with a burst of negative mentions of Nantes on day 400. */
export async function writeMentionsCsv(file: string, rows: number, seed = 20261207): Promise<void> {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const out = createWriteStream(file);
  const write = (text: string) =>
    new Promise<void>((resolve) => (out.write(text) ? resolve() : out.once("drain", resolve)));
  await write("id,text,date,author,source,reach,likes,shares,comments\n");
  const start = Date.UTC(2025, 5, 1);
  let buffer = "";
  for (let i = 0; i < rows; i++) {
    const crisis = random() < 0.01;
    const city = crisis ? "Nantes" : pick(cities);
    const day = crisis ? 400 : Math.floor(random() * 540);
    const subject = crisis ? "le tram de {c}" : pick(subjects);
    const tone = crisis ? "c'est nul, encore en panne" : pick(tones);
    const date = new Date(start + day * 86_400_000 + Math.floor(random() * 86_400_000)).toISOString();
    const text = `${subject.replace("{c}", city)} : ${tone}${random() < 0.2 ? ` #${city.toLowerCase()}` : ""}`;
    const author = `@user${Math.floor(random() ** 2 * 50_000)}`;
    const reach = Math.floor(10 ** (1 + random() * 4));
    buffer += `m${i},"${text.replaceAll('"', '""')}",${date},${author},${pick(sources)},${reach},${Math.floor(random() * 40)},${Math.floor(random() * 10)},${Math.floor(random() * 8)}\n`;
    if (buffer.length > 1 << 20) {
      await write(buffer);
      buffer = "";
    }
  }
  await write(buffer);
  await new Promise<void>((resolve) => out.end(resolve));
}
