// More ideas of the demo challenge, on a few themes the town's people care about, so that its synthesis shows groups.

/** An idea of the demo: its author's first name, its age in hours, title, body and category. */
export interface DemoIdea {
  author: "camille" | "karim" | "lea" | "jules" | "sofia" | "marc";
  hoursAgo: number;
  title: string;
  body: string;
  category: "Animation" | "Accessibilité" | "Commerce local";
}

export const demoIdeas: DemoIdea[] = [
  // Coming by bicycle.
  {
    author: "marc",
    hoursAgo: 110,
    title: "Un parking à vélos sécurisé",
    body: "Des arceaux à vélos près de l'entrée du marché, pour venir à vélo sans craindre le vol.",
    category: "Accessibilité",
  },
  {
    author: "lea",
    hoursAgo: 96,
    title: "Des vélos en libre-service",
    body: "Une station de vélos en libre-service devant le marché, pour venir à vélo depuis les quartiers.",
    category: "Accessibilité",
  },
  {
    author: "jules",
    hoursAgo: 80,
    title: "Plus de places de vélos",
    body: "Le samedi on ne trouve aucune place pour garer son vélo : il faut des arceaux à vélos en plus.",
    category: "Accessibilité",
  },
  {
    author: "sofia",
    hoursAgo: 60,
    title: "Un atelier de réparation de vélos",
    body: "Un atelier de réparation de vélos au marché : on vient à vélo et on repart avec son vélo réparé.",
    category: "Accessibilité",
  },
  {
    author: "camille",
    hoursAgo: 30,
    title: "Garer son vélo cargo",
    body: "Des places pour les vélos cargo des familles près du marché, avec des arceaux à vélos.",
    category: "Accessibilité",
  },
  {
    author: "marc",
    hoursAgo: 10,
    title: "Stationnement vélo surveillé",
    body: "Un stationnement vélo surveillé par des bénévoles pendant le marché, contre le vol des vélos.",
    category: "Accessibilité",
  },
  // Children and families.
  {
    author: "sofia",
    hoursAgo: 100,
    title: "Un atelier cuisine pour les enfants",
    body: "Un atelier cuisine où les enfants préparent une recette avec les légumes du marché.",
    category: "Animation",
  },
  {
    author: "camille",
    hoursAgo: 84,
    title: "Des jeux en bois pour les enfants",
    body: "Des jeux en bois pour les enfants sur la place, pendant que les parents font le marché.",
    category: "Animation",
  },
  {
    author: "lea",
    hoursAgo: 50,
    title: "Un espace jeux pour les enfants",
    body: "Un petit espace de jeux pour les enfants, à l'ombre, avec des bancs pour les parents.",
    category: "Animation",
  },
  {
    author: "jules",
    hoursAgo: 26,
    title: "Un atelier du goût pour les enfants",
    body: "Les enfants goûtent les fruits et les légumes de saison avec un producteur : un atelier du goût chaque samedi.",
    category: "Animation",
  },
  {
    author: "marc",
    hoursAgo: 6,
    title: "Une chasse au trésor pour les enfants",
    body: "Une chasse au trésor entre les stands pour les enfants, avec un panier de fruits à gagner.",
    category: "Animation",
  },
  // Waste and packaging.
  {
    author: "camille",
    hoursAgo: 104,
    title: "Zéro sac plastique",
    body: "Interdire les sacs plastique au marché et vendre des sacs en tissu réutilisables : moins de déchets.",
    category: "Commerce local",
  },
  {
    author: "jules",
    hoursAgo: 70,
    title: "Le tri des déchets du marché",
    body: "Des bacs de tri des déchets à la fin du marché : le plastique, le carton et le compost.",
    category: "Commerce local",
  },
  {
    author: "lea",
    hoursAgo: 44,
    title: "Venir avec ses bocaux",
    body: "Les commerçants acceptent nos bocaux : moins d'emballages plastique et moins de déchets au marché.",
    category: "Commerce local",
  },
  {
    author: "sofia",
    hoursAgo: 20,
    title: "Composter les invendus",
    body: "Les invendus partent au compost ou à l'épicerie solidaire au lieu des déchets, grâce aux bacs de tri.",
    category: "Commerce local",
  },
  {
    author: "marc",
    hoursAgo: 4,
    title: "Des gobelets consignés",
    body: "Des gobelets consignés à la buvette du marché, pour ne plus jeter de plastique dans les déchets.",
    category: "Commerce local",
  },
  // The evening market.
  {
    author: "lea",
    hoursAgo: 90,
    title: "Un marché le soir en été",
    body: "Un marché du soir le vendredi en été, après le travail, avec de la musique et des tables pour manger.",
    category: "Animation",
  },
  {
    author: "camille",
    hoursAgo: 66,
    title: "Un marché du soir pour ceux qui travaillent",
    body: "Le marché ferme à midi et ceux qui travaillent le samedi ne peuvent jamais y aller : un marché du soir.",
    category: "Commerce local",
  },
  {
    author: "jules",
    hoursAgo: 40,
    title: "Manger sur place au marché du soir",
    body: "Des tables au marché du soir pour manger sur place ce qu'on achète aux stands, en musique.",
    category: "Animation",
  },
  {
    author: "sofia",
    hoursAgo: 14,
    title: "Un marché du soir une fois par mois",
    body: "Un marché du soir une fois par mois, avec les producteurs et de la musique, pour les gens qui travaillent.",
    category: "Animation",
  },
];
