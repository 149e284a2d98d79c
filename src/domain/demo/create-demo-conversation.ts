// The demo challenge's conversation: short French statements the demo members already voted on, in two camps.
import type { Context, MemberActor } from "../context.ts";
import { submitStatement } from "../conversations/submit-statement.ts";
import { voteOnStatement } from "../conversations/vote-on-statement.ts";

/** The demo members who vote (all of them but the guest). */
type Voter = "camille" | "karim" | "lea" | "jules" | "sofia" | "marc";

const statements = [
  "Le marché devrait ouvrir aussi le dimanche matin.",
  "Il faut fermer la place aux voitures le samedi.",
  "Une animation musicale chaque mois attirerait les familles.",
  "Les stands de plats à emporter prennent trop de place.",
  "Les prix des emplacements doivent baisser pour les petits producteurs.",
  "Le marché doit rester tel qu'il est : c'est sa simplicité qui plaît.",
  "Des bancs et de l'ombre rendraient le marché plus agréable aux aînés.",
  "Le marché devrait trier et composter ses déchets.",
];

/**
 * Two camps (those who want change, those who want the market as it is) who all agree on the last two statements:
 * the opinion map of `npm start` shows two groups and two points of consensus.
 */
const votes: Record<Voter, ReadonlyArray<-1 | 0 | 1>> = {
  jules: [1, 1, 1, -1, 1, -1, 1, 1],
  sofia: [1, 1, 1, 0, 1, -1, 1, 1],
  lea: [1, 0, 1, -1, 1, -1, 1, 1],
  marc: [-1, -1, 0, 1, -1, 1, 1, 1],
  camille: [-1, -1, -1, 1, 0, 1, 1, 1],
  karim: [0, -1, -1, 1, -1, 1, 1, 1],
};

export async function createDemoConversation(
  at: (offset: number) => Context,
  actor: (name: Voter) => MemberActor,
  challengeId: string,
): Promise<void> {
  const hour = 3_600_000;
  for (const [i, body] of statements.entries()) {
    await submitStatement(at(-3 * 24 * hour + i * hour), actor("karim"), challengeId, { body });
  }
  for (const [name, choices] of Object.entries(votes) as Array<[Voter, ReadonlyArray<-1 | 0 | 1>]>) {
    for (const [number, vote] of choices.entries()) {
      await voteOnStatement(at(-2 * 24 * hour), actor(name), challengeId, number, vote);
    }
  }
}
