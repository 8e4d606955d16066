/**
 * A row's codes in words ("CEO A · COO R · Chief of Staff C"): what the team agrees to, shown with the rows to
 * settle, and sent back with an agreement so the server can refuse one whose row changed since it was read.
 */
import type { MatrixInitiative, MatrixRole, ParsedCode } from "../types";

export function codeText(cell: ParsedCode): string {
  if (cell.kind === "code") return cell.code;
  return cell.kind === "invalid" ? cell.text : "";
}

export function rowCodes(roles: readonly Pick<MatrixRole, "name">[], initiative: MatrixInitiative): string {
  return roles
    .flatMap((role, i) => {
      const code = codeText(initiative.cells[i] ?? { kind: "empty" });
      return code === "" ? [] : [`${role.name} ${code}`];
    })
    .join(" · ");
}
