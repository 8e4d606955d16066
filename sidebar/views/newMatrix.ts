/**
 * New matrix: a template and, for a blank or pasted matrix, its kind (RACI, RASCI, DACI), a title, the roles
 * (add, rename, remove, reorder), the owner pair and pasted initiatives, with a live preview. Checked with
 * core's validateSpec before anything is sent.
 */
import { MAX_ROLE_NAME_LENGTH, MAX_TITLE_LENGTH } from "../../src/core/limits";
import { validateSpec } from "../../src/core/spec";
import { codeList, KINDS, MATRIX_KINDS } from "../../src/core/kinds";
import { TEMPLATES, titleFor } from "../../src/core/templates";
import type { FieldError, TemplateName } from "../../src/core/types";
import type { Context, View } from "../context";
import { button, el, fill, focusIfHere, focusKey, iconButton, keepFocus } from "../dom";
import { FORM, groupErrors, parseServerErrors } from "../fieldErrors";
import { describeBy, errorSlot, field, options, ownerPairGroup, type ErrorSlot } from "../form";
import {
  buildSpec,
  draftFromTemplate,
  lengthProblems,
  nextRoleId,
  ownerPairProblems,
  setCode,
  setKind,
  type BuiltSpec,
  type Draft,
} from "../specDraft";
import { checkList, isNews } from "../listChecks";
import { freeTitle, isTaken } from "../titles";
import { refreshSuggestions, resuggest, suggestOwners, type SuggestRun } from "../draftSuggest";
import type { GlossaryTerm } from "../../src/core/glossary";
import { renderCodeRows } from "./codeRows";
import { renderPasteChecks } from "./pasteChecks";
import { renderPreview } from "./preview";
import { teachSection } from "./teachSection";

const TEMPLATE_CHOICES: { name: TemplateName; label: string; hint: string }[] = [
  {
    name: "coo-cos",
    label: "COO vs Chief of Staff",
    hint: `${TEMPLATES["coo-cos"].initiatives.length} initiatives, ready to check`,
  },
  {
    name: "coo-cos-daci",
    label: "Decisions between the COO and the Chief of Staff (DACI)",
    hint: `${TEMPLATES["coo-cos-daci"].initiatives.length} decisions, one Driver and one Approver each`,
  },
  { name: "blank", label: "Blank", hint: "the roles only; add your own initiatives" },
];

export function newMatrixView(ctx: Context): View {
  let draft: Draft = draftFromTemplate("coo-cos");
  /** After the first Generate, problems are shown as they are fixed (or made). */
  let submitted = false;
  /** The sheets the spreadsheet has, so a title already taken is said before Generate. */
  let sheetNames: string[] = [];
  /** The list's notes as they were when Generate was refused for them: a second Generate keeps the list. */
  let listSeen = "";
  /** The company's words as saved for the spreadsheet: the draft's suggestions read them. */
  let terms: readonly GlossaryTerm[] = [];
  const slots = new Map<string, ErrorSlot>();

  // Template
  const templateGroup = el(
    "fieldset",
    { class: "group" },
    el("legend", {}, "Template"),
    ...TEMPLATE_CHOICES.map((choice) => {
      const radio = el("input", {
        id: `template-${choice.name}`,
        attrs: { type: "radio", name: "template", value: choice.name },
        checked: choice.name === draft.template,
        on: { change: () => useTemplate(choice.name) },
      });
      return el(
        "div",
        { class: "choice" },
        radio,
        el(
          "label",
          { attrs: { for: radio.id } },
          choice.label,
          el("span", { class: "hint-inline" }, ` (${choice.hint})`),
        ),
      );
    }),
  );

  // Kind: a template brings its own; a blank or pasted matrix takes the one chosen here.
  const kind = field(
    "Kind of matrix",
    el("select", {
      id: "new-kind",
      on: {
        change: () =>
          changed(() => {
            setKind(draft, kind.control.value as typeof draft.kind);
            title.control.value = draft.title;
          }),
      },
    }),
    "RACI, or RASCI (adds S, Support), or DACI for decisions (Driver, Approver, Contributor, Informed). A template brings its own kind; choose Blank to pick one.",
  );
  options(
    kind.control,
    MATRIX_KINDS.map((name) => ({ value: name, label: `${name}: ${codeList(KINDS[name])}` })),
  );
  slots.set("kind", kind.errors);

  // Title
  const title = field(
    "Title",
    el("input", {
      id: "new-title",
      // No maxlength: a longer paste would be cut without a word; the message below says what to do.
      attrs: { type: "text", autocomplete: "off" },
      on: { input: () => changed(() => (draft.title = title.control.value)) },
    }),
    `The new sheet's name, up to ${MAX_TITLE_LENGTH} characters, and one no sheet has yet.`,
  );
  const titleDefault = el("p", { class: "hint", id: "new-title-default", attrs: { hidden: true } });
  title.errors.node.before(titleDefault);
  describeBy(title.control, titleDefault.id);
  const titleTaken = el("div", { class: "title-taken", id: "new-title-taken", attrs: { hidden: true } });
  title.errors.node.before(titleTaken);
  describeBy(title.control, titleTaken.id);
  slots.set("title", title.errors);

  // Roles
  const roleList = el("ol", { class: "edit-list", attrs: { "aria-label": "Roles" } });
  const rolesErrors = errorSlot();
  slots.set("roles", rolesErrors);
  const roleSlots: ErrorSlot[] = [];
  const addRole = button("Add role", () => {
    const role = { id: nextRoleId(), name: "", origin: null };
    draft.roles.push(role);
    renderRoles();
    focusKey(roleList, [`name-${role.id}`]);
    changed();
  });
  const rolesGroup = el(
    "fieldset",
    { class: "group" },
    el("legend", {}, "Roles"),
    el(
      "p",
      { class: "hint" },
      `One column per role, in this order. Up to ${MAX_ROLE_NAME_LENGTH} characters each, so the header stays one row tall.`,
    ),
    roleList,
    rolesErrors.node,
    addRole,
  );

  // Owner pair
  const owners = [0, 1].map((k) => {
    const select = el("select", {
      id: `new-owner-${k}`,
      on: {
        change: () =>
          changed(() => {
            draft.owners[k] = select.value === "" ? null : Number(select.value);
          }),
      },
    });
    const f = field(k === 0 ? "First owner" : "Second owner", select);
    slots.set(`ownerPair.${k}`, f.errors);
    return f;
  });
  const pairErrors = errorSlot(owners[0].control, owners[1].control);
  slots.set("ownerPair", pairErrors);
  const ownerGroup = ownerPairGroup(owners, pairErrors);

  // Initiatives
  const paste = field(
    "Initiatives",
    el("textarea", {
      id: "new-initiatives",
      attrs: { rows: 8, spellcheck: "false", wrap: "off" },
      on: { input: () => changed(() => (draft.paste = paste.control.value)) },
    }),
    "One per line. Write “Area: Initiative”, or a heading ending with a colon (“Exec support:”) above its lines, to group them; or paste two columns (area, initiative) from a sheet.",
  );
  slots.set("initiatives", paste.errors);
  const pasteChecks = el("div", { class: "paste-checks", attrs: { hidden: true } });

  // Preview and Generate
  const preview = el("div", { class: "preview-body" });
  const formErrors = errorSlot();
  slots.set(FORM, formErrors);
  const generate = button("Generate matrix", () => void submit(), { class: "primary" });

  // Codes: Suggest owners fills the rows without codes, and keeps them suggested as the draft changes;
  // Re-suggest also takes back codes set by hand. Every code can be changed before Generate.
  const codeRows = el("div", { class: "code-rows-body" });
  const suggested = (run: SuggestRun, replaced = 0): void => {
    if (!run.ok) {
      submitted = true;
      changed();
      ctx.status.fail("Fix the problems marked below, then suggest owners again.");
      focusFirstInvalid();
      return;
    }
    changed();
    const none = run.noEvidence ? `; ${run.noEvidence} without evidence kept empty` : "";
    const byHand = replaced ? `; ${replaced} set by hand went back to the suggestion` : "";
    ctx.status.succeed(
      `Suggested owners for ${run.filled} initiative${run.filled === 1 ? "" : "s"}${none}${byHand}.`,
    );
  };
  // Charters and the company's words, before anything is generated.
  const teach = teachSection(ctx, changed, (saved) => {
    terms = saved;
    changed();
  });

  const suggest = button(
    "Suggest owners",
    () => {
      suggested(suggestOwners(draft, terms));
      if (draft.suggesting) focusIfHere(again); // this button is gone: Re-suggest takes its place
    },
    { attrs: { "data-focus": "suggest" } },
  );
  const again = button(
    "Re-suggest",
    () => {
      const { run, replaced } = resuggest(draft, terms);
      suggested(run, replaced);
    },
    { attrs: { "data-focus": "resuggest" } },
  );

  const panel = el(
    "section",
    { id: "panel-new", class: "panel" },
    el("h2", {}, "New matrix"),
    templateGroup,
    kind.root,
    title.root,
    rolesGroup,
    ownerGroup,
    paste.root,
    el(
      "section",
      { class: "preview", attrs: { "aria-labelledby": "preview-heading" } },
      el("h3", { id: "preview-heading" }, "Preview"),
      pasteChecks,
      preview,
    ),
    teach.root,
    el(
      "section",
      { class: "codes", attrs: { "aria-labelledby": "codes-heading" } },
      el("h3", { id: "codes-heading" }, "Codes"),
      el(
        "p",
        { class: "hint" },
        "Suggest owners fills the initiatives that have no codes, from each role's charter and the company's words, and says why. They follow the list as you edit it; Re-suggest also replaces codes you set by hand.",
      ),
      el("div", { class: "actions" }, suggest, again),
      codeRows,
    ),
    formErrors.node,
    el("div", { class: "actions" }, generate),
  );

  function renderRoles(): void {
    roleSlots.length = 0;
    for (const key of [...slots.keys()]) if (key.startsWith("roles.")) slots.delete(key);
    keepFocus(
      roleList,
      () => fill(roleList, ...draft.roles.map((role, i) => roleRow(role.id, i))),
      (key) => {
        const [what, id] = key.split("-");
        if (what === "up") return [`down-${id}`, `name-${id}`];
        if (what === "down") return [`up-${id}`, `name-${id}`];
        return [];
      },
    );
  }

  function roleRow(id: number, i: number): HTMLElement {
    const role = draft.roles[i];
    const count = draft.roles.length;
    const input = el("input", {
      id: `new-role-${id}`,
      attrs: { type: "text", autocomplete: "off", "data-focus": `name-${id}` },
      value: role.name,
      on: { input: () => changed(() => (role.name = input.value)) },
    });
    const slot = errorSlot(input);
    slots.set(`roles.${i}`, slot);
    roleSlots.push(slot);
    const move = (by: number): void => {
      const [moved] = draft.roles.splice(i, 1);
      draft.roles.splice(i + by, 0, moved);
      renderRoles();
      changed();
    };
    const remove = (): void => {
      draft.roles.splice(i, 1);
      draft.owners = draft.owners.map((owner) => (owner === id ? null : owner)) as Draft["owners"];
      const next = draft.roles[i] ?? draft.roles[i - 1];
      renderRoles();
      if (!next || !focusKey(roleList, [`remove-${next.id}`])) focusIfHere(addRole);
      changed();
    };
    return el(
      "li",
      {},
      el(
        "div",
        { class: "row" },
        el("label", { class: "sr-only", attrs: { for: input.id } }, `Role ${i + 1}`),
        input,
        iconButton("↑", `Move role ${i + 1} up`, () => move(-1), { focus: `up-${id}`, disabled: i === 0 }),
        iconButton("↓", `Move role ${i + 1} down`, () => move(1), {
          focus: `down-${id}`,
          disabled: i === count - 1,
        }),
        iconButton("✕", `Remove role ${i + 1}`, remove, { focus: `remove-${id}`, disabled: count === 1 }),
      ),
      slot.node,
    );
  }

  function renderOwners(): void {
    const choices = [
      { value: "", label: "None" },
      ...draft.roles.map((role, i) => ({
        value: String(role.id),
        label: role.name.trim() || `Role ${i + 1} (no name yet)`,
      })),
    ];
    owners.forEach((owner, k) => {
      options(owner.control, choices);
      owner.control.value = draft.owners[k] === null ? "" : String(draft.owners[k]);
    });
  }

  /** Applies an edit of the draft, then refreshes what depends on it. */
  function changed(edit?: () => void): void {
    edit?.();
    renderOwners();
    if (draft.suggesting) refreshSuggestions(draft, terms);
    teach.render(draft);
    suggest.hidden = draft.suggesting;
    again.hidden = !draft.suggesting;
    const built = buildSpec(draft);
    renderPreview(preview, draft, built);
    renderCodeRows(codeRows, draft, built, (name, roleId, code) =>
      changed(() => setCode(draft, name, roleId, code)),
    );
    renderPasteChecks(pasteChecks, checkList(built.parsed), draft.paste, (text) => {
      const at = pasteChecks.querySelector<HTMLElement>(":focus")?.dataset.focus;
      changed(() => (draft.paste = paste.control.value = text));
      if (!at || !focusKey(pasteChecks, [at])) focusIfHere(paste.control);
    });
    // Said at once, not only after Generate: an empty title's default, and names too long to keep.
    kind.control.value = draft.kind;
    kind.control.disabled = draft.template !== "blank";
    const fallback = draft.title.trim() === "" ? titleFor(TEMPLATES[draft.template], draft.kind) : null;
    fill(titleDefault, fallback ? `Left empty, the sheet is named “${fallback}”.` : "");
    titleDefault.hidden = fallback === null;
    renderTitleTaken();
    showErrors(submitted ? problems(built) : lengthProblems(draft), built);
  }

  /** The title the sheet would get, when a sheet already has it: a new one is proposed, never made silently. */
  function takenTitle(): { title: string; free: string } | null {
    const wanted = draft.title.trim() || titleFor(TEMPLATES[draft.template], draft.kind);
    return isTaken(wanted, sheetNames) ? { title: wanted, free: freeTitle(wanted, sheetNames) } : null;
  }

  function renderTitleTaken(): void {
    const taken = takenTitle();
    titleTaken.hidden = taken === null;
    if (taken === null) return fill(titleTaken);
    fill(
      titleTaken,
      el("p", {}, `A sheet is already named “${taken.title}”. Type another title, or:`),
      button(
        `Use “${taken.free}”`,
        () => {
          changed(() => (draft.title = title.control.value = taken.free));
          focusIfHere(title.control);
        },
        { class: "link-button" },
      ),
    );
  }

  function problems(built: BuiltSpec): FieldError[] {
    const result = validateSpec(built.spec);
    const taken = takenTitle();
    return [
      ...(taken ? [{ field: "title", message: "Choose a title no sheet has yet." }] : []),
      ...ownerPairProblems(draft),
      ...(result.ok ? [] : result.errors),
    ];
  }

  function showErrors(errors: readonly FieldError[], built: BuiltSpec): void {
    const lines = built.parsed.initiatives.map((i) => i.line);
    const grouped = groupErrors(errors, new Set(slots.keys()), ({ name, index }) =>
      name === "initiatives" && index !== undefined && lines[index] !== undefined
        ? `Line ${lines[index]}`
        : undefined,
    );
    for (const [key, slot] of slots) slot.show(grouped.get(key) ?? []);
  }

  function focusFirstInvalid(): void {
    const invalid = panel.querySelector<HTMLElement>("[aria-invalid=true]");
    focusIfHere(invalid ?? formErrors.node);
  }

  async function submit(): Promise<void> {
    submitted = true;
    const built = buildSpec(draft);
    const errors = problems(built);
    showErrors(errors, built);
    if (errors.length) {
      ctx.status.fail(
        `Please fix ${errors.length === 1 ? "the problem" : `the ${errors.length} problems`} marked below.`,
      );
      focusFirstInvalid();
      return;
    }
    const checks = checkList(built.parsed);
    const notes = checks.filter((check) => !isNews(check));
    const seen = JSON.stringify(notes);
    if (notes.length > 0 && seen !== listSeen) {
      listSeen = seen;
      const things = notes.length === 1 ? "one thing" : `${notes.length} things`;
      ctx.status.fail(
        `The list has ${things} to look at, under Preview. Settle ${notes.length === 1 ? "it" : "them"} there, or choose Generate matrix again to keep the list as it is.`,
      );
      focusKey(pasteChecks, [`list-check-${checks.indexOf(notes[0])}`]);
      return;
    }
    try {
      const result = await ctx.server.generateMatrix(built.spec);
      ctx.forget();
      sheetNames = [...sheetNames, result.sheetName];
      changed();
      const initiatives = `${result.initiatives} initiative${result.initiatives === 1 ? "" : "s"}`;
      ctx.status.succeed(
        `Created “${result.sheetName}” with ${result.roles.length} roles and ${initiatives}.`,
      );
      ctx.open("check");
    } catch (error) {
      // The alert region already says what failed; put any field-by-field problems next to their fields.
      const { errors: fromServer } = parseServerErrors(error instanceof Error ? error.message : "");
      if (fromServer.length) {
        showErrors(fromServer, built);
        focusFirstInvalid();
      }
    }
  }

  function useTemplate(name: TemplateName): void {
    draft = draftFromTemplate(name);
    submitted = false;
    load();
  }

  function load(): void {
    title.control.value = draft.title;
    paste.control.value = draft.paste;
    renderRoles();
    showErrors([], buildSpec(draft));
    changed();
  }

  /** The sheet names, for the title check; without them, the server still never overwrites a sheet. */
  function readSheetNames(): void {
    ctx.background.getSheetNames().then(
      (names) => {
        sheetNames = names;
        changed();
      },
      () => undefined,
    );
  }

  formErrors.node.tabIndex = -1;
  load();
  return {
    panel,
    show: () => {
      readSheetNames();
      teach.load();
    },
  };
}
