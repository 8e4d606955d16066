import { isLabel } from "../../core/plan/detect";
import { PEOPLE_LABEL, type Layout } from "../../core/plan/layout";
import { nothing, type Edit, type Planned } from "./edit";

/**
 * The people row's "Held by" label is how the row is found: typed over, it is written back at once (one
 * write, only when it happens), so the names under the header are never read as an initiative's codes. The
 * log keeps what was typed.
 */
export function restorePeopleLabel(edit: Edit, layout: Layout): Planned {
  const { e, edited } = edit;
  const single = edited.numRows === 1 && edited.numColumns === 1;
  if (layout.people === true || !single) return nothing();
  if (edited.row !== layout.headerRow + 1 || edited.column !== layout.nameColumn) return nothing();
  if (!isLabel(e.oldValue ?? "", PEOPLE_LABEL)) return nothing();
  return {
    writes: [
      {
        row: edited.row,
        column: edited.column,
        content: { text: PEOPLE_LABEL },
        old: String(e.value ?? ""),
        initiative: "",
        role: "People",
      },
    ],
    lines: [],
  };
}
