/**
 * Charters: what each role of the active matrix is there to do, one short line each — the reference the owner
 * suggestions, the fixes and the Who owns what flags use. Any role's charter can be edited here, given to a
 * role that has none, or reset to the built-in one; saved with the matrix, for every collaborator. Below, the
 * company's words (glossaryEditor.ts), for the whole spreadsheet, with or without a matrix on this sheet.
 */
import { readCharterLines } from "../../src/core/suggest/charterInput";
import { ErrorList } from "../../src/core/fieldErrors";
import type { FieldError } from "../../src/core/types";
import type { Context, View } from "../context";
import { button, el, fill, focusIfHere, keepFocus, uid } from "../dom";
import { humanize, parseServerErrors } from "../fieldErrors";
import { errorSlot } from "../form";
import { BUILT_IN_CHARTERS } from "../../src/core/suggest/charters";
import { glossaryEditor } from "./glossaryEditor";
import { notAMatrix } from "./notAMatrix";

type Source = "matrix" | "built-in" | "none";

interface RoleCharter {
  role: string;
  lines: string[];
  source: Source;
}

const SOURCE_TEXT: Record<Source, string> = {
  matrix: "This matrix's own charter",
  "built-in": "Built-in charter",
  none: "No charter yet",
};

/** "lines[3]: …" → "Line 4: …", the way a person counts the lines of the box. */
export function charterMessages(errors: readonly FieldError[]): string[] {
  return errors.map((e) => {
    const line = /^lines\[(\d+)\]/.exec(e.field);
    return line ? `Line ${Number(line[1]) + 1}: ${e.message}` : humanize(e.message);
  });
}

export function chartersView(ctx: Context): View {
  let sheetName = "";
  const body = el("div", { class: "charters-body" }, el("p", { class: "muted" }, "Reading the charters…"));
  // The company's words belong to the spreadsheet: they are offered with or without a matrix here.
  const glossary = glossaryEditor(ctx, () => undefined);
  const panel = el(
    "section",
    { id: "panel-charters", class: "panel" },
    el("h2", {}, "Charters"),
    el(
      "p",
      { class: "hint" },
      "What each role is there to do, one short line each. Owner suggestions, fixes and the “outside its charter” flags use them. Saved with this matrix, for everyone who edits the spreadsheet.",
    ),
    body,
    glossary.root,
  );

  async function load(): Promise<void> {
    void glossary.load();
    try {
      const active = await ctx.activeSheet();
      if (!active.matrix) {
        noMatrix(active.problem ?? `Sheet “${active.activeSheet}” is not a RACI matrix, so it has no roles.`);
        return;
      }
      sheetName = active.matrix.sheetName;
      render((await ctx.quiet.getCharters(sheetName)).roles);
    } catch (error) {
      noMatrix(error instanceof Error ? error.message : String(error));
    }
  }

  /** Before a matrix exists, its roles' charters are given in New matrix; the words can be taught here too. */
  function noMatrix(message: string): void {
    fill(
      body,
      notAMatrix(ctx, message),
      el(
        "p",
        { class: "hint" },
        "Charters for a new matrix are given in New matrix, under “Charters and the company's words”, before anything is generated.",
      ),
    );
    glossary.setRoles(BUILT_IN_CHARTERS.map((c) => ({ role: c.title, lines: c.lines })));
  }

  /** Re-renders, keeping keyboard focus in the role just saved (on Save when Reset went away). */
  function render(roles: readonly RoleCharter[], saved?: number): void {
    glossary.setRoles(roles);
    keepFocus(
      body,
      () =>
        fill(
          body,
          el("p", { class: "sheet-line" }, "Roles of ", el("strong", {}, `“${sheetName}”`), "."),
          ...roles.map((r, i) => editor(r, i)),
        ),
      () => (saved === undefined ? [] : [`save-${saved}`]),
    );
  }

  function editor(charter: RoleCharter, index: number): HTMLElement {
    const id = uid("charter");
    const box = el("textarea", {
      id,
      class: "charter-lines",
      value: charter.lines.join("\n"),
      attrs: { rows: Math.min(10, Math.max(3, charter.lines.length + 1)), "data-focus": `lines-${index}` },
    });
    const errors = errorSlot(box);
    const save = async (lines: string[] | null): Promise<void> => {
      if (lines !== null) {
        const problems = new ErrorList("lines");
        readCharterLines(lines, "lines", problems);
        if (problems.size > 0) {
          errors.show(charterMessages(problems.toArray()));
          focusIfHere(box);
          return;
        }
      }
      errors.show([]);
      try {
        const saved = await ctx.quiet.saveCharter(sheetName, charter.role, lines);
        render(saved.roles, index);
        const now = saved.roles.find((r) => r.role === charter.role)?.source;
        ctx.status.succeed(
          lines !== null
            ? `Saved the charter of ${charter.role}.`
            : now === "built-in"
              ? `${charter.role} is back on the built-in charter.`
              : `${charter.role} has no charter now: there is no built-in one for this title.`,
        );
      } catch (error) {
        const { intro, errors: fields } = parseServerErrors(error instanceof Error ? error.message : "");
        errors.show(fields.length ? charterMessages(fields) : [intro]);
        focusIfHere(box);
      }
    };
    return el(
      "section",
      { class: "charter", attrs: { "aria-labelledby": `${id}-title` } },
      el("h3", { id: `${id}-title` }, charter.role),
      el("p", { class: `charter-source source-${charter.source}` }, SOURCE_TEXT[charter.source]),
      el("label", { attrs: { for: id } }, `Charter of ${charter.role}, one line per responsibility`),
      box,
      errors.node,
      el(
        "div",
        { class: "actions" },
        button("Save charter", () => void save(box.value.split("\n")), {
          class: "primary",
          attrs: { "data-focus": `save-${index}` },
        }),
        charter.source === "matrix"
          ? button("Reset to built-in", () => void save(null), { attrs: { "data-focus": `reset-${index}` } })
          : null,
      ),
    );
  }

  return { panel, show: () => void load() };
}
