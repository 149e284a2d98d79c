// The demo workspace's challenge: a real question to the town's people, with ideas, answers and supports under way.

import { createChallenge } from "../challenges/create-challenge.ts";
import { postComment } from "../challenges/post-comment.ts";
import { submitIdea } from "../challenges/submit-idea.ts";
import { setSupport } from "../challenges/support-idea.ts";
import { toggleReaction } from "../challenges/toggle-reaction.ts";
import type { Context, MemberActor } from "../context.ts";
import type { Role } from "../permissions.ts";
import { createDemoConversation } from "./create-demo-conversation.ts";
import { demoIdeas } from "./demo-ideas.ts";

const hour = 3_600_000;
const day = 24 * hour;

/** Demo members by first name, with their role. */
export type DemoPeople = Record<
  "camille" | "karim" | "lea" | "jules" | "sofia" | "marc",
  { userId: string; role: Role }
>;

/** Creates a published challenge open for contributions, its project manager already answering. */
export async function createDemoChallenge(
  ctx: Context,
  workspaceId: string,
  people: DemoPeople,
): Promise<void> {
  const now = ctx.now.getTime();
  const at = (offset: number): Context => ({ ...ctx, now: new Date(now + offset) });
  const actor = (name: keyof DemoPeople): MemberActor => ({ ...people[name], anonymous: false, workspaceId });

  const challenge = await createChallenge(at(-6 * day), actor("karim"), {
    title: "Réinventons le marché du samedi",
    question: "Comment rendre le marché de la place de la Loire plus vivant, pour toutes les générations ?",
    benefit:
      "Les trois idées les plus soutenues seront testées dès juin, avec leurs auteurs invités à l'inauguration. " +
      "Chaque idée reçoit une réponse de l'équipe du projet.",
    rules: "Une idée par message, concrète et bienveillante. Les commentaires aident à les améliorer.",
    coverImageUrl: null,
    audience: "public",
    allowAnonymous: true,
    categories: ["Animation", "Accessibilité", "Commerce local"],
    projectManager: {
      name: "Karim Benali",
      text:
        "Je suis chargé du commerce et des marchés à la mairie. C'est moi qui mettrai en œuvre vos idées : " +
        "je lirai chacune d'elles et j'y répondrai.",
      mediaUrl: null,
    },
    participationGoal: 150,
    leaderboard: true,
    conversation: true,
    status: "published",
    timeline: {
      announcementAt: new Date(now - 7 * day),
      contributionsOpenAt: new Date(now - 5 * day),
      contributionsCloseAt: new Date(now + 9 * day),
      votingCloseAt: new Date(now + 16 * day),
      synthesisCloseAt: new Date(now + 30 * day),
    },
  });

  const ideas = [
    {
      author: "jules" as const,
      when: -4 * day,
      title: "Un coin lecture près de la fontaine",
      body: "Quelques bancs, une boîte à livres et de l'ombre : les parents lisent pendant que les enfants jouent.",
      category: "Animation",
    },
    {
      author: "sofia" as const,
      when: -3 * day,
      title: "Des chariots prêtés à l'entrée",
      body: "Pour les personnes âgées et les parents avec poussette, des chariots à roulettes contre une pièce.",
      category: "Accessibilité",
    },
    {
      author: "marc" as const,
      when: -2 * day,
      title: "Un stand des producteurs à moins de 30 km",
      body: "Un stand tournant, chaque samedi un producteur différent de la vallée présente ce qu'il fait.",
      category: "Commerce local",
    },
    {
      author: "lea" as const,
      when: -20 * hour,
      title: "Une fanfare le premier samedi du mois",
      body: "L'école de musique cherche des occasions de jouer dehors : le marché en serait une belle.",
      category: "Animation",
    },
  ];
  const ids: string[] = [];
  for (const idea of ideas) {
    const row = await submitIdea(at(idea.when), actor(idea.author), challenge.id, {
      title: idea.title,
      body: idea.body,
      category: idea.category,
    });
    ids.push(row.id);
  }
  const [reading, trolleys, producers, band] = ids as [string, string, string, string];
  // Enough ideas on a few themes for the synthesis to show groups of converging ideas.
  for (const idea of demoIdeas) {
    await submitIdea(at(-idea.hoursAgo * hour), actor(idea.author), challenge.id, {
      title: idea.title,
      body: idea.body,
      category: idea.category,
    });
  }

  await postComment(at(-4 * day + 3 * hour), actor("sofia"), reading, {
    body: "Et pourquoi pas une lecture de contes le samedi matin ?",
  });
  await postComment(at(-4 * day + 5 * hour), actor("karim"), reading, {
    body: "Merci Jules ! La bibliothèque est partante pour prêter des livres. Nous regardons l'emplacement.",
  });
  await postComment(at(-3 * day + 2 * hour), actor("karim"), trolleys, {
    body: "Très bonne idée : le CCAS nous a déjà signalé ce besoin. Combien de chariots faudrait-il, selon vous ?",
  });
  await postComment(at(-3 * day + 4 * hour), actor("jules"), trolleys, {
    body: "Une dizaine pour commencer, à l'entrée côté parking.",
  });
  await postComment(at(-2 * day + 6 * hour), actor("marc"), producers, {
    body: "Je peux faire la liste des producteurs que je connais.",
  });

  const supports: Array<[keyof DemoPeople, string]> = [
    ["sofia", reading],
    ["marc", reading],
    ["lea", reading],
    ["jules", trolleys],
    ["marc", trolleys],
    ["jules", producers],
    ["sofia", band],
  ];
  for (const [name, ideaId] of supports) await setSupport(at(-hour), actor(name), ideaId, true);
  await toggleReaction(at(-hour), actor("sofia"), reading, "love");
  await toggleReaction(at(-hour), actor("marc"), reading, "inspired");
  await toggleReaction(at(-hour), actor("jules"), band, "surprised");
  await createDemoConversation(at, actor, challenge.id);
}
