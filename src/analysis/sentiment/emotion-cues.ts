// Hand-written emotion words and emoji for Plutchik's eight basic emotions, in French and English.
import type { SentimentLanguage } from "./cues.ts";

/** Plutchik's eight basic emotions, in the order of the output contract. */
export const emotionNames = [
  "joy",
  "trust",
  "fear",
  "surprise",
  "sadness",
  "disgust",
  "anger",
  "anticipation",
] as const;

export type EmotionName = (typeof emotionNames)[number];

/** Emotion name → the words that express it; inflected forms are listed, there is no stemming. */
const words: Record<SentimentLanguage, Record<EmotionName, string>> = {
  fr: {
    joy: "heureux heureuse heureuses joie joyeux joyeuse content contente contents contentes ravi ravie ravis ravies génial géniale géniaux super adore adorent adoré aime aimé plaisir rire ris rigolo rigole drôle bonheur enchanté enchantée chouette youpi génialissime fête bravo magnifique merveilleux merveilleuse sourire kiffe",
    trust:
      "confiance fiable fiables sûr sûre sincère sincères honnête honnêtes merci fidèle fidèles soutien soutiens soutenir rassurant rassurante rassuré rassurée compter promis promets croire crois ensemble accord sérieux sérieuse compétent compétente respect",
    fear: "peur peurs effrayé effrayée effrayant effrayante terrifié terrifiée terrifiant terrifiante angoisse angoissé angoissée angoissant inquiet inquiète inquiets inquiétude inquiétant inquiétante panique crainte craintes craindre crains crains redoute redouter anxieux anxieuse danger dangers dangereux dangereuse menace menacé terreur horreur cauchemar",
    surprise:
      "surpris surprise surprenant surprenante étonné étonnée étonnant étonnante incroyable inattendu inattendue choc choqué choquée wow waouh ouah stupéfait stupéfaite hallucinant dingue impressionnant inouï",
    sadness:
      "triste tristes tristesse pleurer pleure pleurs pleuré déçu déçue déçus déçues déception malheureux malheureuse dommage chagrin déprimé déprimée seul seule regret regrette regrets hélas deuil mort perdu perdue manque douleur souffre souffrance",
    disgust:
      "dégoût dégoûté dégoûtée dégoûtant dégoûtante dégueulasse dégueu écœurant écœurante écoeurant beurk berk immonde répugnant répugnante nul nulle nuls honteux honteuse honte minable pathétique ignoble sale crade pourri pourrie",
    anger:
      "colère énervé énervée énervant énervante furieux furieuse rage enragé marre agacé agacée agaçant agaçante insupportable scandaleux scandaleuse scandale inadmissible révoltant révoltante révolté inacceptable déteste haine hais honte irrité irritant exaspéré exaspérant fâché fâchée ras",
    anticipation:
      "hâte impatient impatiente impatients attendre attends attend attente espère espérons espoir espoirs bientôt prochain prochaine prochainement vivement projet projets prévoir prévu demain avenir futur envie",
  },
  en: {
    joy: "happy joy joyful glad delighted love loved loves enjoy enjoyed fun funny laugh great wonderful awesome amazing fantastic excellent pleased cheerful smile yay",
    trust:
      "trust trusted reliable honest sincere thank thanks grateful support supportive safe loyal faithful confident reassuring reassured respect competent",
    fear: "afraid fear fears scared scary terrified terrifying worried worry worrying anxious anxiety panic danger dangerous threat frightened frightening nightmare horror dread",
    surprise:
      "surprised surprise surprising unexpected astonished astonishing shocked shocking wow amazed stunning incredible unbelievable whoa",
    sadness:
      "sad sadness cry crying cried disappointed disappointing disappointment unhappy sorry miss lonely depressed regret grief loss lost hurt pain heartbroken unfortunately",
    disgust:
      "disgust disgusted disgusting gross yuck awful nasty revolting vile sickening shameful pathetic filthy rotten",
    anger:
      "angry anger furious mad annoyed annoying outrage outrageous unacceptable hate hated rage irritated irritating infuriating pissed",
    anticipation:
      "anticipate anticipation hope hopes hoping soon expect expecting waiting wait eager upcoming forward plan plans tomorrow future",
  },
};

/** Emoji → emotion; the same for every language. */
const emoji: Record<EmotionName, string> = {
  joy: "😀 😃 😄 😁 😆 😊 🙂 😍 🥰 😘 🤩 🎉 🥳 😂 🤣 😸 😻 ❤ ♥ 💕 💖 💗 😇 ☺ :) :d <3",
  trust: "👍 🤝 🙏 👌 💪 ✅ 😌",
  fear: "😱 😨 😰 😧 😟 😬 🙀",
  surprise: "😮 😲 😯 🤯 😳 😦 :o ‼",
  sadness: "😢 😭 😞 😔 ☹ 🙁 💔 😿 😥 😓 :(",
  disgust: "🤢 🤮 😒 🙄 👎 💩",
  anger: "😡 😠 🤬 👿 💢 😤",
  anticipation: "🤞 ⏳ 🔜 👀 🤔 🙌",
};

/** Word or emoji → index into `emotionNames`, built once per language. */
export function emotionCues(language: SentimentLanguage): ReadonlyMap<string, number> {
  const cues = new Map<string, number>();
  emotionNames.forEach((name, index) => {
    for (const token of emoji[name].split(" ")) cues.set(token, index);
    for (const word of words[language][name].split(" ")) if (!cues.has(word)) cues.set(word, index);
  });
  return cues;
}
