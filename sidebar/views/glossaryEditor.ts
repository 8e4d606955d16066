/**
 * The company's words, edited in the sidebar (New matrix, before anything is generated, and Charters): one
 * row per word or phrase, the role (or one line of its charter) it belongs to, saved for the whole
 * spreadsheet with Save words. Checked with core's readGlossaryTerms before anything is sent.
 */
import type { GlossaryTerm } from "../../src/core/glossary";
import { readGlossaryTerms } from "../../src/core/glossary";
import { ErrorList } from "../../src/core/fieldErrors";
import { MAX_GLOSSARY_TERM } from "../../src/core/suggest/companyGlossary";
import type { Context } from "../context";
import { button, el, fill, focusIfHere, iconButton, keepFocus, uid } from "../dom";
import { parseServerErrors } from "../fieldErrors";
import { errorSlot } from "../form";

/** A role the words can belong to, with its charter lines as they are now. */
export interface GlossaryRole {
  role: string;
  lines: readonly string[];
}

export interface GlossaryEditor {
  readonly root: HTMLElement;
  /** Reads the saved words (quietly: no words is fine), unless some are being edited. */
  load(): Promise<void>;
  /** The roles to offer, as the panel has them now. */
  setRoles(roles: readonly GlossaryRole[]): void;
}

/** A term's place as one select value: the role, and the line when there is one. */
const placeOf = (t: { role: string; line?: string }): string => JSON.stringify([t.role, t.line ?? null]);

function readPlace(value: string): { role: string; line?: string } {
  const [role, line] = JSON.parse(value) as [string, string | null];
  return line === null ? { role } : { role, line };
}

/** "terms[2].term: …" → "Word 3: …", the way a person counts the rows. */
function rowMessages(errors: readonly { field: string; message: string }[]): string[] {
  return errors.map((e) => {
    const row = /^terms\[(\d+)\]/.exec(e.field);
    return row ? `Word ${Number(row[1]) + 1}: ${e.message}` : e.message;
  });
}

export function glossaryEditor(
  ctx: Context,
  saved: (terms: readonly GlossaryTerm[]) => void,
): GlossaryEditor {
  let roles: readonly GlossaryRole[] = [];
  /** The rows as edited, saved or not. */
  let rows: GlossaryTerm[] = [];
  let stored: GlossaryTerm[] = [];
  const list = el("ol", { class: "glossary-list", attrs: { "aria-label": "The company's words" } });
  const errors = errorSlot();
  const save = button("Save words", () => void store(), {
    class: "primary",
    attrs: { "data-focus": "glossary-save" },
  });
  const add = button("Add a word", () => {
    rows.push({ term: "", role: roles[0]?.role ?? "" });
    render();
    focusIfHere(list.querySelector<HTMLInputElement>("li:last-child input"));
  });
  const root = el(
    "section",
    { class: "glossary", attrs: { "aria-labelledby": "glossary-heading" } },
    el("h3", { id: "glossary-heading" }, "The company's words"),
    el(
      "p",
      { class: "hint" },
      "Words your company uses for its work (SOC 2, month-end close, a project's code name) and whose work they are: suggestions and fixes read them as that role's charter. For the whole spreadsheet.",
    ),
    list,
    errors.node,
    el("div", { class: "actions" }, add, save),
  );

  function render(): void {
    save.disabled = JSON.stringify(rows) === JSON.stringify(stored);
    keepFocus(list, () => fill(list, ...rows.map((row, i) => rowOf(row, i))));
  }

  function rowOf(row: GlossaryTerm, i: number): HTMLElement {
    const id = uid("word");
    const term = el("input", {
      id,
      value: row.term,
      attrs: { type: "text", autocomplete: "off", "data-focus": `word-${i}`, maxlength: MAX_GLOSSARY_TERM },
      on: {
        input: () => {
          row.term = term.value;
          save.disabled = false;
        },
      },
    });
    const place = el("select", {
      id: `${id}-role`,
      attrs: { "data-focus": `place-${i}` },
      on: {
        change: () => {
          rows[i] = { term: row.term, ...readPlace(place.value) };
          render();
        },
      },
    });
    fill(place, ...placeOptions(row));
    place.value = placeOf(row);
    return el(
      "li",
      { class: "glossary-row" },
      el("label", { attrs: { for: term.id } }, `Word ${i + 1}`),
      term,
      el("label", { attrs: { for: place.id } }, "Belongs to"),
      place,
      iconButton(
        "✕",
        `Remove word ${i + 1}`,
        () => {
          rows.splice(i, 1);
          render();
          focusIfHere(add);
        },
        { focus: `remove-${i}` },
      ),
    );
  }

  /** Each role as a whole, then each of its charter lines; a term's own place even if the role is not here. */
  function placeOptions(row: GlossaryTerm): HTMLElement[] {
    const known = roles.some(
      (r) => r.role === row.role && (row.line === undefined || r.lines.includes(row.line)),
    );
    const groups: HTMLElement[] = roles.map((r) =>
      el(
        "optgroup",
        { attrs: { label: r.role } },
        el("option", { attrs: { value: placeOf({ role: r.role }) } }, `${r.role}: any of its work`),
        ...r.lines.map((line) => el("option", { attrs: { value: placeOf({ role: r.role, line }) } }, line)),
      ),
    );
    if (known || row.role === "") return groups;
    const elsewhere = `${row.role}${row.line ? `: ${row.line}` : ""} (not a role here)`;
    return [...groups, el("option", { attrs: { value: placeOf(row) } }, elsewhere)];
  }

  async function store(): Promise<void> {
    const kept = rows.filter((r) => r.term.trim() !== "");
    const problems = new ErrorList("terms");
    readGlossaryTerms(kept, problems);
    if (problems.size > 0) {
      errors.show(rowMessages(problems.toArray()));
      return;
    }
    errors.show([]);
    try {
      const result = await ctx.quiet.saveGlossary(kept);
      stored = result.terms.map((t) => ({ ...t }));
      rows = result.terms.map((t) => ({ ...t }));
      render();
      ctx.status.succeed(
        `Saved ${rows.length} ${rows.length === 1 ? "word" : "words"} of the company's for this spreadsheet.`,
      );
      saved(stored);
    } catch (error) {
      const { intro, errors: fields } = parseServerErrors(error instanceof Error ? error.message : "");
      errors.show(fields.length ? rowMessages(fields) : [intro]);
    }
  }

  return {
    root,
    async load() {
      // Words typed and not saved yet stay as they are.
      if (JSON.stringify(rows) !== JSON.stringify(stored)) return;
      try {
        // In the background: the panel's buttons stay usable while the words are read.
        const result = await ctx.background.getGlossary();
        stored = result.terms.map((t) => ({ ...t }));
        rows = result.terms.map((t) => ({ ...t }));
        render();
        saved(stored);
      } catch {
        // No words read: the editor starts empty, and saving says what is wrong.
      }
    },
    setRoles(next) {
      roles = next;
      render();
    },
  };
}
