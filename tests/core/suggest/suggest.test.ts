import { NO_EVIDENCE, suggestAssignments } from "../../../src/core/suggest/index";
import { rowFindings } from "./rowCheck";

const TEMPLATE_ROLES = ["CEO", "COO", "Chief of Staff", "Department heads"];

function suggest(names: string[], extra: Record<string, unknown> = {}) {
  return suggestAssignments({ template: "blank", initiatives: names.map((name) => ({ name })), ...extra })
    .initiatives;
}

describe("suggestAssignments", () => {
  it("gives the pasted initiatives to the COO or the Chief of Staff as the charters divide the work, with reasons", () => {
    const [board, cloud, vendors] = suggest([
      "Board deck preparation",
      "Reduce cloud costs",
      "Vendor contracts renewal",
    ]);
    expect(board.owner).toBe("Chief of Staff");
    expect(board.reasons[0]).toMatch(/mentions 'board', 'preparation' — .*board preparation/);
    expect(cloud.owner).toBe("COO");
    expect(cloud.reasons[0]).toContain("'costs'");
    expect(vendors.owner).toBe("COO");
    for (const s of [board, cloud, vendors]) {
      expect(s.suggested).toBe(true);
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
      expect(rowFindings(TEMPLATE_ROLES, s, ["COO", "Chief of Staff"])).toEqual([]);
    }
  });

  it("gives department heads R on operational work the COO owns, and the CEO I", () => {
    const [s] = suggest(["Streamline expense approvals"]);
    expect(s.assignments).toEqual({ CEO: "I", COO: "A", "Chief of Staff": "I", "Department heads": "R" });
  });

  it("makes the Chief of Staff do the work when the CEO owns the decision", () => {
    const [s] = suggest(["Decide on the acquisition with the board: briefing and analysis"]);
    expect(s.owner).toBe("Chief of Staff");
    const [vision] = suggest(["Company vision and mission"]);
    expect(vision).toMatchObject({ owner: "CEO", assignments: { CEO: "A", "Chief of Staff": "R" } });
    // The article: the Chief of Staff supports the executives' decisions, so it does the CEO's work.
    const [culture] = suggest(["Culture and values"]);
    expect(culture).toMatchObject({ owner: "CEO", assignments: { CEO: "A", "Chief of Staff": "R" } });
  });

  it("suggests no owner and no codes when nothing matches a charter", () => {
    for (const s of suggest(["Walk the dog", "🎉", "Ремонт кухни", "x".repeat(500), "a ".repeat(250)])) {
      expect(s).toMatchObject({ owner: null, confidence: 0, assignments: {}, reasons: [NO_EVIDENCE] });
    }
  });

  it("keeps given codes as they are and marks the row not suggested", () => {
    const [s] = suggestAssignments({
      template: "blank",
      initiatives: [{ name: "Reduce cloud costs", assignments: { CEO: "a", COO: "I" } }],
    }).initiatives;
    expect(s).toMatchObject({ suggested: false, owner: "CEO", assignments: { CEO: "A", COO: "I" } });
  });

  it("uses a matrix's own charter instead of the built-in one, and can give a charter to any role", () => {
    const roles = ["COO", "Chief of Staff", "Facilities lead"];
    const [s] = suggestAssignments({
      roles,
      initiatives: [{ name: "Office move logistics" }],
      charters: {
        "facilities lead": ["Office moves, logistics and the buildings"],
        COO: ["Process optimisation"],
      },
    }).initiatives;
    expect(s.owner).toBe("Facilities lead");
    expect(s.reasons[0]).toBe(
      "Facilities lead: mentions 'office', 'move', 'logistics' — Office moves, logistics and the buildings",
    );
  });

  it("handles roles named like Object.prototype keys", () => {
    const roles = ["__proto__", "constructor", "COO", "Chief of Staff"];
    const [s] = suggestAssignments({
      roles,
      initiatives: [{ name: "Payroll" }, { name: "Process optimisation" }],
      // Parsed, as it arrives from google.script.run: a literal's __proto__ key would set the prototype instead.
      charters: JSON.parse('{"__proto__": ["Payroll and taxes"], "constructor": []}') as unknown,
    }).initiatives;
    expect(s.owner).toBe("__proto__");
    expect(Object.hasOwn(s.assignments, "__proto__")).toBe(true);
    expect(JSON.parse(JSON.stringify(s.assignments))).toEqual(s.assignments);
    expect(Object.getPrototypeOf(s.assignments)).toBe(Object.prototype);
  });

  it("rejects bad charters with the field at fault, and skips empty lines", () => {
    expect(() => suggestAssignments({ charters: { CFO: ["x"] } })).toThrow(
      /charters\.CFO: "CFO" is not one of the roles/,
    );
    expect(() => suggestAssignments({ charters: { COO: ["y".repeat(501)] } })).toThrow(
      /charters\.COO\[0\]: Charter line is too long \(501 characters/,
    );
    expect(() => suggestAssignments({ charters: { COO: "processes" } })).toThrow(
      /charters\.COO: A charter must be a list/,
    );
    const [s] = suggest(["Payroll"], { charters: { COO: ["", "  ", "Payroll"] } });
    expect(s.owner).toBe("COO");
  });

  it("suggests 20,000 initiatives for 200 roles within the limits, quickly", () => {
    const roles = Array.from({ length: 200 }, (_, i) =>
      i === 0 ? "COO" : i === 1 ? "Chief of Staff" : `Role ${i}`,
    );
    const names = Array.from({ length: 20_000 }, (_, i) => `Process optimisation ${i} for key projects`);
    const started = Date.now();
    const result = suggestAssignments({ roles, initiatives: names.map((name) => ({ name })) });
    expect(result.initiatives).toHaveLength(20_000);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
