// Words of opinion and politeness that frame a contribution without naming its topic: never a group's name.
//
// Written for Cocrea from the verbs by which people introduce a proposal ("je pense que", "nous proposons",
// "I think", "please"): a label such as "pense que stationnement" names the framing, not the topic. These words
// still take part in the clustering (they weigh little there); they are only kept out of labels and keywords.

const words = `
pense pensons pensez pensent penser crois croyons croyez croient croire trouve trouvons trouvez trouvent
propose proposons proposez proposent proposer suggère suggérons suggérez suggérer souhaite souhaitons souhaitez
souhaitent souhaiterais souhaiterait souhaiterions souhaiter voudrais voudrait voudrions voudraient veux veut
voulons voulez veulent aimerais aimerait aimerions aimeraient demande demandons demandez demander faudrait
devrait devraient pourrait pourraient serait seraient plaît merci idée idées avis svp
think thinks believe believes suggest suggests propose proposes want wants wish wishes like please hope need
needs idea ideas opinion thanks
`;

/** Lower-case filler words, French and English. */
export const fillerWords: ReadonlySet<string> = new Set(words.split(/\s+/).filter((word) => word.length > 0));

/** Whether a keyword (one word or a phrase as people wrote it) holds a filler word. */
export function holdsFiller(keyword: string): boolean {
  return keyword
    .toLowerCase()
    .split(/[\s']+/)
    .some((word) => fillerWords.has(word));
}
