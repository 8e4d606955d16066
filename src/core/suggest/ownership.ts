/**
 * Who owns what: for each role, the initiatives it is accountable and responsible for (approves and drives, in
 * DACI), next to its charter,
 * with the rows its charter does not mention flagged (outsideCharter), so a role holding A on work nobody
 * wrote down for it stands out. A role without a charter has nothing to be outside of: never flagged.
 */
import { CODE_PARTS, KINDS } from "../kinds";
import type { CanonicalCode, RaciMatrix } from "../types";
import { chartersFor } from "./index";
import type { CharterMap } from "./charterInput";
import type { CompanyGlossary } from "./companyGlossary";
import { rankRoles } from "./match";

export interface OwnershipItem {
  initiative: string;
  area: string;
  /** 1-based sheet row. */
  row: number;
  /** R, A or A/R; D or A in DACI. */
  code: CanonicalCode;
  outsideCharter: boolean;
  /** The row's Decision ("Agreed", "Proposed"…), in a matrix with the agreement columns; "" when empty. */
  decision?: string;
}

export interface RoleOwnership {
  role: string;
  /** Who holds the role, from the matrix's people row ("" or absent when nobody is named). */
  heldBy?: string;
  charter: string[];
  accountable: OwnershipItem[];
  responsible: OwnershipItem[];
}

export interface OwnershipReport {
  sheetName: string;
  /** What the two lists are called in the matrix's kind: "Accountable for" and "Responsible for", "Approves" and "Drives". */
  headings: { owner: string; doer: string };
  roles: RoleOwnership[];
}

export function ownershipOf(
  sheetName: string,
  matrix: RaciMatrix,
  charters: CharterMap = new Map(),
  glossary: CompanyGlossary = [],
): OwnershipReport {
  const compiled = chartersFor(
    matrix.roles.map((r) => r.name),
    charters,
    glossary,
  );
  const roles: RoleOwnership[] = compiled.charters.map((c, i) => ({
    role: c.role,
    ...(matrix.roles[i]?.heldBy ? { heldBy: matrix.roles[i].heldBy } : {}),
    charter: [...c.lines],
    accountable: [],
    responsible: [],
  }));
  for (const initiative of matrix.initiatives) {
    let mentioned: Set<number> | null = null; // matched lazily: most rows have only two or three owners
    initiative.cells.forEach((cell, role) => {
      if (cell.kind !== "code" || role >= roles.length) return;
      const code = cell.code;
      const parts = CODE_PARTS[code];
      if (!parts.includes("A") && !parts.includes("R")) return;
      mentioned ??= new Set(rankRoles(compiled, initiative.name, initiative.area).map((m) => m.role));
      const item: OwnershipItem = {
        initiative: initiative.name,
        area: initiative.area,
        row: initiative.row,
        code,
        outsideCharter: roles[role].charter.length > 0 && !mentioned.has(role),
        ...(initiative.decision !== undefined ? { decision: initiative.decision } : {}),
      };
      if (parts.includes("A")) roles[role].accountable.push(item);
      if (parts.includes("R")) roles[role].responsible.push(item);
    });
  }
  return { sheetName, headings: { ...KINDS[matrix.settings.kind].ownership }, roles };
}
