// The sections of a challenge, each at its own address: ideas, brief, debate (when it has one) and results.
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import type { ChallengeData } from "../../api/types.ts";

export type ChallengeSection = "ideas" | "brief" | "debate" | "results";

/** The path of a section under the challenge's address ("" for the ideas, the first one). */
export const sectionPaths: Record<ChallengeSection, string> = {
  ideas: "",
  brief: "/brief",
  debate: "/debate",
  results: "/results",
};

/** The section an address shows: its last segment when it names one, else the ideas. */
export function sectionAt(pathname: string): ChallengeSection {
  const last = pathname.replace(/\/+$/, "").split("/").pop();
  return last === "brief" || last === "debate" || last === "results" ? last : "ideas";
}

export function SectionNav({ base, challenge }: { base: string; challenge: ChallengeData }) {
  const { t } = useTranslation();
  const sections: ChallengeSection[] = challenge.conversation
    ? ["ideas", "brief", "debate", "results"]
    : ["ideas", "brief", "results"];
  return (
    <nav aria-label={t("challengeSections.label")} className="section-nav">
      <ul>
        {sections.map((section) => (
          <li key={section}>
            <NavLink to={`${base}${sectionPaths[section]}`} end>
              {t(`challengeSections.${section}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
