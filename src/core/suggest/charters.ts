/**
 * The built-in role charters (domain.md "Role charters"): what each common role is there to do, a few short
 * lines in plain words. The COO and Chief of Staff lines follow the division of the product's founding article:
 * the COO runs the company's operations, the Chief of Staff links strategy to execution for the executives.
 * A charter is found by the role's title or an alias, with case, punctuation and spacing ignored.
 */

/** How a role usually takes part in work its charter does not own (rows.ts). */
export type RolePart = "operations-owner" | "operational-doer" | "decider" | "none";

export interface BuiltInCharter {
  title: string;
  aliases: readonly string[];
  lines: readonly string[];
  part: RolePart;
}

export const BUILT_IN_CHARTERS: readonly BuiltInCharter[] = [
  {
    title: "COO",
    aliases: [
      "Chief Operating Officer",
      "Chief Operations Officer",
      "Head of Operations",
      "VP Operations",
      "VP of Operations",
      "Director of Operations",
      "Operations Director",
      "Operations",
    ],
    part: "operations-owner",
    lines: [
      "Operational strategy: decide how the company runs and carry that strategy out",
      "Process optimisation: streamline workflows and approvals, remove bottlenecks, automate routine work",
      "Efficiency and operating costs: cut waste; vendors, procurement, tools and spending on operations",
      "Day-to-day operations: daily running, systems, facilities, logistics, support and quality",
      "Run the operational teams and departments: staffing, capacity, performance",
      "Collaboration between departments: communication, handoffs and shared processes",
      "Scale the organisation: its structure, policies and playbooks for growth",
    ],
  },
  {
    title: "Chief of Staff",
    aliases: ["CoS", "Chief of Staff to the CEO", "Office of the CEO"],
    part: "none",
    lines: [
      "Strategic alignment: check that decisions serve the company's goals, OKRs and priorities",
      "Key projects, programmes and company-wide initiatives: manage, track and see them through",
      "Decision support: analysis, research, briefings and recommendations for the executives",
      "The executive team's agenda: leadership meetings, offsites, board preparation and follow-ups",
      "Link vision and execution: communicate the strategy, run the planning cycle, track commitments",
      "Special projects and cross-functional task forces for the CEO",
    ],
  },
  {
    title: "CEO",
    aliases: [
      "Chief Executive Officer",
      "Chief Executive",
      "Founder",
      "Co-founder",
      "Managing Director",
      "President",
    ],
    part: "decider",
    lines: [
      "Vision, mission and the company's direction",
      "Final say on company-level decisions: major investments, acquisitions, entering markets",
      "The board of directors and investors: fundraising and board meetings",
      "Build and lead the executive team: appoint executives",
      "Culture and values; the company's public voice",
    ],
  },
  {
    title: "Department heads",
    aliases: [
      "Department head",
      "Heads of department",
      "Head of department",
      "Dept heads",
      "Department leads",
      "Department managers",
      "Team leads",
      "Functional leads",
      "Managers",
    ],
    part: "operational-doer",
    lines: [
      "Run their own departments and do most of the operational work",
      "Deliver their department's plans, targets and daily tasks",
      "Manage and develop the people in their teams",
    ],
  },
  {
    title: "CFO",
    aliases: [
      "Chief Financial Officer",
      "Finance Director",
      "Head of Finance",
      "VP Finance",
      "VP of Finance",
    ],
    part: "none",
    lines: [
      "Budget, forecasts and financial planning",
      "Accounting, cash, payroll, taxes and audits",
      "Pricing approval, spending approval and cost control",
      "Financial reporting to the board and investors",
    ],
  },
  {
    title: "CTO",
    aliases: [
      "Chief Technology Officer",
      "VP Engineering",
      "VP of Engineering",
      "Head of Engineering",
      "Head of Technology",
      "CIO",
      "Chief Information Officer",
    ],
    part: "none",
    lines: [
      "Technology strategy and software architecture",
      "The engineering team, software delivery, infrastructure and cloud",
      "Security, data and IT systems",
    ],
  },
  {
    title: "CMO",
    aliases: [
      "Chief Marketing Officer",
      "Head of Marketing",
      "VP Marketing",
      "VP of Marketing",
      "Marketing Director",
    ],
    part: "none",
    lines: [
      "Brand, positioning and messaging",
      "Campaigns, demand generation, website and content",
      "Market research and customer insight",
    ],
  },
  {
    title: "Head of sales",
    aliases: [
      "Sales Director",
      "VP Sales",
      "VP of Sales",
      "Chief Revenue Officer",
      "CRO",
      "Head of Revenue",
      "Sales lead",
    ],
    part: "none",
    lines: [
      "Revenue targets, sales pipeline and sales forecasts",
      "The sales team, deals, customer accounts and renewals",
      "Partnerships and channel sales",
    ],
  },
  {
    title: "Head of product",
    aliases: [
      "Chief Product Officer",
      "CPO",
      "VP Product",
      "VP of Product",
      "Product Director",
      "Product lead",
    ],
    part: "none",
    lines: [
      "Product strategy and the product roadmap",
      "Customer needs, features and product releases",
      "Product managers and product design",
    ],
  },
  {
    title: "Head of people",
    aliases: [
      "Chief People Officer",
      "CHRO",
      "Chief Human Resources Officer",
      "HR Director",
      "Head of HR",
      "VP People",
      "VP of People",
      "People lead",
      "Head of Talent",
      "HR",
    ],
    part: "none",
    lines: [
      "Hiring, recruiting and onboarding new employees",
      "Compensation, benefits, performance reviews and career growth",
      "Employee engagement, HR policies and employee relations",
    ],
  },
  {
    title: "General counsel",
    aliases: ["GC", "Chief Legal Officer", "CLO", "Legal counsel", "Head of Legal", "Legal"],
    part: "none",
    lines: [
      "Contracts, legal review and disputes",
      "Compliance, regulation, privacy and risk",
      "Corporate governance and intellectual property",
    ],
  },
];

/** A title as charters are looked up: lower case, "&" as "and", punctuation and extra spaces dropped. */
export function charterKey(title: string): string {
  return title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[.'’]/g, "") // "C.O.O." is "COO", "CEO's" is "CEOs"
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const BY_KEY: ReadonlyMap<string, BuiltInCharter> = new Map(
  BUILT_IN_CHARTERS.flatMap((charter) =>
    [charter.title, ...charter.aliases].map((name) => [charterKey(name), charter] as const),
  ),
);

/** The built-in charter of a role title or alias, or undefined. Never consults Object.prototype. */
export function builtInCharter(role: string): BuiltInCharter | undefined {
  return typeof role === "string" ? BY_KEY.get(charterKey(role)) : undefined;
}
