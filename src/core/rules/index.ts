/** The rules, in docs/domain.md's order. Row rules run once per non-spare row; the others once per matrix. */
import type { RowRule } from "./context";
import { invalidCode } from "./invalidCode";
import { multipleAccountable } from "./multipleAccountable";
import { multipleDrivers } from "./multipleDrivers";
import { noAccountable } from "./noAccountable";
import { noResponsible } from "./noResponsible";
import { sharedOwnership } from "./sharedOwnership";
import { tooManyConsulted } from "./tooManyConsulted";
import { tooManyInformed } from "./tooManyInformed";
import { tooManyResponsible } from "./tooManyResponsible";
import { unnamedInitiative } from "./unnamedInitiative";
import { agreedWithProblems } from "./agreedWithProblems";

export const ROW_RULES: readonly RowRule[] = [
  noAccountable,
  multipleAccountable,
  noResponsible,
  multipleDrivers,
  sharedOwnership,
  invalidCode,
  unnamedInitiative,
  tooManyResponsible,
  tooManyConsulted,
  tooManyInformed,
  agreedWithProblems,
];

export { duplicateInitiative } from "./duplicateInitiative";
export { duplicateRole } from "./duplicateRole";
export { roleOverloaded } from "./roleOverloaded";
export { roleWithoutOwnership } from "./roleWithoutOwnership";
export { RULE_ORDER, RULE_SEVERITY } from "./severity";
