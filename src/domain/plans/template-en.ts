// The English communication-plan template: each section with the questions that start it.
import type { TemplateSection } from "./template-section.ts";

export const templateEn: TemplateSection[] = [
  {
    kind: "context",
    title: "Context and diagnosis",
    blocks: [
      "Where does the organization stand today? What is said about it, where, by whom, about what: the audit of its online image and presence is the starting point.",
      {
        list: [
          "Strengths and weaknesses of current communication",
          "What the publics say (listening, consultations, co-creation challenges)",
          "Constraints: calendar, obligations, predictable events",
        ],
      },
    ],
  },
  {
    kind: "questions",
    title: "The questions to ask first",
    blocks: [
      'Not every organization needs to be on social media. "We do not need to be there" is a valid answer.',
      {
        ordered: [
          "What would social media bring us? Listening to what is said, dialogue, innovation, loyalty?",
          "How would they serve our internal objectives (awareness, services, recruitment, participation)?",
          "Which human and material means do we have to listen, answer and produce?",
        ],
      },
    ],
  },
  {
    kind: "objectives",
    title: "Objectives",
    blocks: [
      "Each objective has its indicator (KPI), its baseline, its target and its date.",
      { objective: { statement: "", kpi: "", baseline: "", target: "", date: "" } },
    ],
  },
  {
    kind: "publics",
    title: "Publics",
    blocks: [
      "Whom do we want to reach, and what do we know of each: expectations, habits, where they get their news?",
      { list: ["Priority public:", "Secondary publics:", "Relays and influencers:"] },
    ],
  },
  {
    kind: "messages",
    title: "Messages and positioning",
    blocks: [
      "What each public should remember, and the tone that is ours.",
      { list: ["Core message:", "Messages per public:", "Tone and style:"] },
    ],
  },
  {
    kind: "channels",
    title: "Channels and means",
    blocks: [
      "For each channel kept: the public it serves, its role, its frequency and who runs it. A channel left out says why.",
      {
        table: [
          ["Channel", "Public", "Role", "Frequency", "Run by"],
          ["", "", "", "", ""],
        ],
      },
    ],
  },
  {
    kind: "resources",
    title: "Resources and budget",
    blocks: [
      "People's time counts as much as money: listening and engagement need attention every week.",
      { budgetLine: { item: "", amount: "", currency: "EUR", note: "" } },
    ],
  },
  {
    kind: "action-plan",
    title: "Action plan and calendar",
    blocks: [
      "The actions, each with its owner and date. 80% of the work is in the preparation.",
      { actionItem: { title: "", owner: "", date: "", status: "planned" } },
    ],
  },
  {
    kind: "evaluation",
    title: "Evaluation",
    blocks: [
      "How will we know the plan works? A new audit six months or a year later measures the way travelled.",
      { list: ["Indicators followed and how often:", "Dashboard:", "When we adjust:"] },
    ],
  },
  {
    kind: "charter",
    title: "Social-media charter and governance",
    blocks: [
      "Who speaks for the organization, how to answer, what to do in a crisis, how staff take part.",
      {
        list: [
          "Roles and approval of posts",
          "Moderation and answering rules",
          "Crisis procedure",
          "Staff participation",
        ],
      },
    ],
  },
];
