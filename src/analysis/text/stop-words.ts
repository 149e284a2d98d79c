// French, English and German stop words: function words that say nothing of a contribution's topic.
//
// The lists were written for Cocrea (same licence as the project, AGPL-3.0-or-later), from the function
// words of each grammar: articles, pronouns, prepositions, conjunctions, auxiliaries and their common forms,
// frequent adverbs. They are for topic clustering only: they hold negations and intensifiers (pas, ne, très,
// not, nicht) that sentiment scoring must keep, so never use them before sentiment analysis.
import type { Language } from "./detect-language.ts";

const french = `
a à ai aie aient aies ait afin ainsi alors as au aucun aucune auquel aura aurai auraient aurais aurait auras aurez
auriez aurions aurons auront aussi autre autres aux auxquelles auxquels avaient avais avait avant avec avez aviez
avions avoir avons ayant ayez ayons
beaucoup bien c c' ça car ce ceci cela celle celles celui cependant certain certaine certaines certains ces cet
cette ceux chacun chacune chaque chez ci comme comment d d' dans de des desquelles desquels dessous dessus
deux doit doivent donc dont du duquel durant elle elles en encore entre es est et étaient étais était étant été
êtes étiez étions être eu eue eues eûmes eurent eus eusse eussent eusses eussiez eussions eut eût eux
faire fait faut fois font hors ici il ils j j' je jusqu jusqu' l l' la laquelle le lequel les lesquelles lesquels
leur leurs lorsqu lorsqu' lorsque lui m m' ma mais me même mêmes mes moi mon n n' ne ni non nos notre nous
on ont ou où par parce parmi pas pendant peu peut peuvent plus plupart pour pourquoi pouvoir puis puisqu puisqu'
puisque qu qu' quand que quel quelle quelles quelqu quelque quelques quels qui quoi quoiqu' s s' sa sans se sera
serai seraient serais serait seras serez seriez serions serons seront ses si sien sienne soi soient sois soit
sommes son sont sous soyez soyons suis sur t t' ta tandis te tel telle telles tels tes toi ton tous tout toute
toutes très tu un une unes uns vers via voici voilà vos votre vous vu y
`;

const english = `
a about above after again against all also am an and any are aren as at be because been before being below
between both but by can cannot could couldn did didn do does doesn doing don down during each either etc even
ever every few for from further had hadn has hasn have haven having he her here hers herself him himself his how
however if in into is isn it its itself just let ll me might more most much must mustn my myself neither no nor
not now of off on once only or other others our ours ourselves out over own per rather re same shall shan she
should shouldn so some such than that the their theirs them themselves then there these they this those through
thus to too under until up upon us ve very via was wasn we were weren what when where whether which while who
whom whose why will with within without won would wouldn yet you your yours yourself yourselves
`;

const german = `
ab aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf aus
bei beim bin bis bist da dabei dadurch daher damit dann darum das dass dem den denen denn der deren des deshalb
dessen die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines einige
einigen einiger er es etwa etwas euch euer eure eurem euren eurer eures für gegen gewesen hab habe haben hat
hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in indem ins ist ja jede
jedem jeden jeder jedes jene jenem jenen jener jenes jetzt kann kein keine keinem keinen keiner keines können
könnte machen man manche manchem manchen mancher manches mein meine meinem meinen meiner meines mich mir mit
muss musste nach nicht nichts noch nun nur ob oder ohne sehr sein seine seinem seinen seiner seines selbst
sich sie sind so solche solchem solchen solcher solches soll sollte sondern sonst über um und uns unser
unsere unserem unseren unserer unseres unter viel vom von vor wann war waren warst was weg weil weiter welche
welchem welchen welcher welches wenn wer werde werden wie wieder will wir wird wirst wo wollen wollte würde
würden zu zum zur zwar zwischen
`;

function setOf(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter((word) => word.length > 0));
}

/** Stop words per language, lower-case with accents, elided forms with their apostrophe ("l'"). */
export const stopWords: Record<Language, ReadonlySet<string>> = {
  fr: setOf(french),
  en: setOf(english),
  de: setOf(german),
};
