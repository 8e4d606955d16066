/**
 * The built-in role charters (docs/domain.md "Role charters"): what each common role is there to do, a few short
 * lines in plain words. The COO and Chief of Staff lines follow the division of the product's founding article:
 * the COO runs the company's operations, the Chief of Staff links strategy to execution for the executives.
 * A charter is found by the role's title or an alias, with case, punctuation and spacing ignored.
 */

/** How a role usually takes part in work its charter does not own (rows.ts). */
export type RolePart = "operations-owner" | "operational-doer" | "decider" | "executive-support" | "none";

export interface BuiltInCharter {
  title: string;
  aliases: readonly string[];
  lines: readonly string[];
  part: RolePart;
}

/** One charter from compact text (aliases split on "/", lines on newlines): smaller in the Apps Script bundle. */
function charter(title: string, part: RolePart, aliases: string, lines: string): BuiltInCharter {
  return { title, part, aliases: aliases.split("/"), lines: lines.split("\n") };
}

export const BUILT_IN_CHARTERS: readonly BuiltInCharter[] = [
  charter(
    "COO",
    "operations-owner",
    "Chief Operating Officer/Head of Operations/VP Operations/Director of Operations/Operations",
    `Operational strategy: decide how the company runs and carry that strategy out
Process optimisation: streamline workflows and approvals, remove bottlenecks, automate routine work
Efficiency and operating costs: cut waste; vendors, procurement, tools and spending on operations
Day-to-day operations: daily running, systems, facilities, logistics, support and quality
Run the operational teams and departments: staffing, capacity, performance
Collaboration between departments: communication, handoffs and shared processes
Scale the organisation: its structure, policies and playbooks for growth`,
  ),
  charter(
    "Chief of Staff",
    "executive-support",
    "CoS/Office of the CEO",
    `Strategic alignment: check that decisions serve the company's goals, OKRs and priorities
Key projects, programmes and company-wide initiatives: manage, track and see them through
Decision support: analysis, research, briefings and recommendations for the executives
The executive team's agenda: leadership meetings, offsites, board preparation and follow-ups
Link vision and execution: communicate the strategy, run the planning cycle, track commitments
Special projects and cross-functional task forces for the CEO`,
  ),
  charter(
    "CEO",
    "decider",
    "Chief Executive Officer/Chief Executive/Founder/Co-founder/Managing Director/President",
    `Vision, mission and the company's direction
Final say on company-level decisions: major investments, acquisitions, entering markets
The board of directors and investors: fundraising and board meetings
Build and lead the executive team: appoint executives
Culture and values; the company's public voice`,
  ),
  charter(
    "Department heads",
    "operational-doer",
    "Department head/Heads of department/Head of department/Dept heads/Department leads/Team leads/Managers",
    `Run their own departments and do most of the operational work
Deliver their department's plans, targets and daily tasks
Manage and develop the people in their teams`,
  ),
  charter(
    "CFO",
    "none",
    "Chief Financial Officer/Finance Director/Head of Finance/VP Finance",
    `Budget, forecasts and financial planning
Accounting, cash, payroll, taxes and audits
Pricing approval, spending approval and cost control
Financial reporting to the board and investors`,
  ),
  charter(
    "CTO",
    "none",
    "Chief Technology Officer/VP Engineering/Head of Engineering/Head of Technology/CIO",
    `Technology strategy and software architecture
The engineering team, software delivery, infrastructure and cloud
Security, data and IT systems`,
  ),
  charter(
    "CMO",
    "none",
    "Chief Marketing Officer/Head of Marketing/VP Marketing/VP of Marketing/Marketing Director",
    `Brand, positioning and messaging
Campaigns, demand generation, website and content
Market research and customer insight`,
  ),
  charter(
    "Head of sales",
    "none",
    "Sales Director/VP Sales/Chief Revenue Officer/CRO/Head of Revenue",
    `Revenue targets, sales pipeline and sales forecasts
The sales team, deals, customer accounts and renewals
Partnerships and channel sales`,
  ),
  charter(
    "Head of product",
    "none",
    "Chief Product Officer/CPO/VP Product/VP of Product/Product Director",
    `Product strategy and the product roadmap
Customer needs, features and product releases
Product managers and product design`,
  ),
  charter(
    "Head of people",
    "none",
    "Chief People Officer/CHRO/HR Director/Head of HR/VP People/Head of Talent/HR",
    `Hiring, recruiting and onboarding new employees
Compensation, benefits, performance reviews and career growth
Employee engagement, HR policies and employee relations`,
  ),
  charter(
    "General counsel",
    "none",
    "GC/Chief Legal Officer/CLO/Legal counsel/Head of Legal/Legal",
    `Contracts, legal review and disputes
Compliance, regulation, privacy and risk
Corporate governance and intellectual property`,
  ),
];

/** A title as charters are looked up: lower case, "&" as "and", punctuation and extra spaces dropped. */
export function charterKey(title: string): string {
  return title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[.'’]/g, "") // "C.O.O." is "COO", "CEO's" is "CEOs"
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/ (of|the)(?= )/g, "") // "VP of Sales" is "VP Sales"
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
