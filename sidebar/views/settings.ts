/**
 * Settings of the active matrix: its kind (RACI, RASCI, DACI), the owner pair and the thresholds of
 * docs/domain.md, checked with core's validateSettings as they are typed (after the first Save) and saved with
 * the matrix, for every collaborator. The server refuses a kind whose codes a cell lacks, naming the cells.
 */
import { codeList, KINDS, MATRIX_KINDS } from "../../src/core/kinds";
import { MAX_INITIATIVES, MAX_ROLES } from "../../src/core/limits";
import { DEFAULT_SETTINGS, validateSettings } from "../../src/core/settings";
import type { FieldError, MatrixSettings } from "../../src/core/types";
import type { ActiveMatrix, ActiveSheet } from "../../src/core/api";
import type { Context, View } from "../context";
import { button, el, fill, focusIfHere } from "../dom";
import { notAMatrix } from "./notAMatrix";
import { offerGroup } from "./offer";
import { peopleGroup } from "./people";
import { FORM, groupErrors, parseServerErrors } from "../fieldErrors";
import { errorSlot, field, options, ownerPairGroup, type ErrorSlot } from "../form";

type CountKey = "maxResponsible" | "maxConsulted" | "maxInformed" | "overloadMinInitiatives";

interface NumberSpec {
  key: CountKey | "overloadShare";
  label: string;
  hint: string;
  max: number;
}

const NUMBERS: NumberSpec[] = [
  {
    key: "maxResponsible",
    label: "Most roles responsible (R) on one initiative",
    hint: `More is a warning: split the initiative. Default ${DEFAULT_SETTINGS.maxResponsible}.`,
    max: MAX_ROLES,
  },
  {
    key: "maxConsulted",
    label: "Most roles consulted (C) on one initiative",
    hint: `More is a note: decisions slow down. Default ${DEFAULT_SETTINGS.maxConsulted}.`,
    max: MAX_ROLES,
  },
  {
    key: "maxInformed",
    label: "Most roles informed (I) on one initiative",
    hint: `More is a note. Default ${DEFAULT_SETTINGS.maxInformed}.`,
    max: MAX_ROLES,
  },
  {
    key: "overloadShare",
    label: "A role is overloaded above this share of initiatives (%)",
    hint: `Counting the initiatives where it holds R or A. Default ${DEFAULT_SETTINGS.overloadShare * 100}%.`,
    max: 100,
  },
  {
    key: "overloadMinInitiatives",
    label: "…and on at least this many initiatives",
    hint: `So a small matrix does not flag everyone. Default ${DEFAULT_SETTINGS.overloadMinInitiatives}.`,
    max: MAX_INITIATIVES,
  },
];

/** A share of 0.6 shown as 60, without floating-point noise. */
const percent = (share: number): string => String(Math.round(share * 1000) / 10);

export function settingsView(ctx: Context): View {
  let matrix: ActiveMatrix | null = null;
  let submitted = false;
  const body = el("div", { class: "settings-body" }, el("p", { class: "muted" }, "Reading the sheet…"));
  const panel = el("section", { id: "panel-settings", class: "panel" }, el("h2", {}, "Settings"), body);
  const slots = new Map<string, ErrorSlot>();

  const kind = field(
    "Kind of matrix",
    el("select", { id: "settings-kind" }),
    "Which codes the matrix holds. A matrix changes kind only when every code in it is one of the new kind's.",
  );
  options(
    kind.control,
    MATRIX_KINDS.map((name) => ({ value: name, label: `${name}: ${codeList(KINDS[name])}` })),
  );
  const owners = [0, 1].map((k) =>
    field(k === 0 ? "First owner" : "Second owner", el("select", { id: `settings-owner-${k}` })),
  );
  const numbers = NUMBERS.map((spec) => ({
    spec,
    field: field(
      spec.label,
      el("input", {
        id: `settings-${spec.key}`,
        attrs: {
          type: "number",
          min: spec.key === "overloadShare" ? 1 : 0,
          max: spec.max,
          step: 1,
          inputmode: "numeric",
        },
      }),
      spec.hint,
    ),
  }));
  const pairSignOff = el("input", { id: "settings-pairSignOff", attrs: { type: "checkbox" } });
  const pairErrors = errorSlot(owners[0].control, owners[1].control);
  const formErrors = errorSlot();
  slots.set("kind", kind.errors);
  owners.forEach((owner, k) => slots.set(`ownerPair.${k}`, owner.errors));
  slots.set("ownerPair", pairErrors);
  for (const { spec, field: f } of numbers) slots.set(spec.key, f.errors);
  slots.set(FORM, formErrors);
  for (const control of [
    kind.control,
    ...owners.map((o) => o.control),
    ...numbers.map((n) => n.field.control),
  ]) {
    control.addEventListener(control instanceof HTMLSelectElement ? "change" : "input", () => {
      if (submitted) showErrors(read().errors);
    });
  }

  const form = el(
    "form",
    // novalidate: the checks below say more than the browser's bubbles, and say it next to the field.
    { attrs: { novalidate: true }, on: { submit: (event) => (event.preventDefault(), void save()) } },
    kind.root,
    ownerPairGroup(owners, pairErrors),
    el(
      "p",
      { class: "hint" },
      el(
        "label",
        {},
        pairSignOff,
        " Both owners sign off: a row counts as agreed only once both roles of the owner pair agreed it " +
          "(Agreed by names them).",
      ),
    ),
    el("fieldset", { class: "group" }, el("legend", {}, "Thresholds"), ...numbers.map((n) => n.field.root)),
    formErrors.node,
    el(
      "div",
      { class: "actions" },
      el("button", { class: "primary", attrs: { type: "submit" } }, "Save settings"),
      // The thresholds' and pair's defaults: the kind stays what the matrix is.
      button("Fill in defaults", () => {
        if (matrix) fillForm(matrix.roles, { ...defaults(matrix.roles), kind: matrix.settings.kind });
      }),
    ),
  );

  async function load(source: Promise<ActiveSheet>): Promise<void> {
    let state: ActiveSheet;
    try {
      state = await source;
    } catch {
      return;
    }
    matrix = state.matrix;
    submitted = false;
    if (!matrix) {
      fill(
        body,
        notAMatrix(
          ctx,
          `Sheet “${state.activeSheet}” is not a RACI matrix, so it has no settings. Open a matrix sheet, or create one.`,
        ),
      );
      return;
    }
    fillForm(matrix.roles, matrix.settings);
    fill(
      body,
      el(
        "p",
        { class: "sheet-line" },
        "Settings of ",
        el("strong", {}, `“${matrix.sheetName}”`),
        ", kept with the matrix so every collaborator sees the same.",
      ),
      form,
      matrix.agreement === false || matrix.agreedBy === false ? agreementOffer(matrix) : null,
      peopleGroup(ctx, matrix, () => load(ctx.activeSheet())),
    );
  }

  /** A matrix made before the agreement columns (or before Agreed by) gets them only when someone asks. */
  function agreementOffer({ sheetName, agreement }: ActiveMatrix): HTMLElement {
    const added = agreement === false ? "Decision, Decided on, Agreed by and Notes" : "Agreed by";
    return offerGroup(
      ctx,
      {
        legend: "Agreement",
        description:
          agreement === false
            ? "Add Decision (Proposed, Agreed, Disputed), Decided on, Agreed by and Notes right of Status, every initiative Proposed."
            : "Add Agreed by between Decided on and Notes: who set each row Agreed.",
        label: agreement === false ? "Add agreement columns" : "Add the Agreed by column",
        make: () => ctx.server.addAgreementColumns(sheetName),
        done: `Added ${added} to “${sheetName}”.`,
      },
      () => load(ctx.activeSheet()),
    );
  }

  function fillForm(roles: readonly string[], settings: MatrixSettings): void {
    kind.control.value = settings.kind;
    const choices = [{ value: "", label: "None" }, ...roles.map((role) => ({ value: role, label: role }))];
    owners.forEach((owner, k) => {
      options(owner.control, choices);
      owner.control.value = settings.ownerPair?.[k] ?? "";
    });
    pairSignOff.checked = settings.pairSignOff;
    for (const { spec, field: f } of numbers) {
      f.control.value =
        spec.key === "overloadShare" ? percent(settings.overloadShare) : String(settings[spec.key]);
    }
    showErrors([]);
  }

  /** The form's settings, and every problem with them. */
  function read(): { settings: Record<string, unknown>; errors: FieldError[] } {
    const errors: FieldError[] = [];
    const [first, second] = owners.map((o) => o.control.value);
    let ownerPair: [string, string] | null = null;
    if (first && second) ownerPair = [first, second];
    else if (first || second) {
      errors.push({
        field: first ? "ownerPair[1]" : "ownerPair[0]",
        message: "Choose the other role of the pair too, or None for both.",
      });
    }
    const settings: Record<string, unknown> = {
      kind: kind.control.value,
      ownerPair,
      pairSignOff: pairSignOff.checked,
    };
    for (const { spec, field: f } of numbers) {
      const text = f.control.value.trim();
      const value = text === "" ? Number.NaN : Number(text);
      if (spec.key !== "overloadShare") {
        settings[spec.key] = value;
        continue;
      }
      // validateSettings speaks of shares (0.6); this field is a percentage, so it is checked here.
      if (!(value > 0 && value <= 100))
        errors.push({ field: "overloadShare", message: "Enter a percentage above 0 and at most 100." });
      else settings.overloadShare = value / 100;
    }
    const result = validateSettings(settings, matrix?.roles ?? []);
    if (!result.ok)
      errors.push(...result.errors.filter((e) => !errors.some((mine) => mine.field === e.field)));
    return { settings, errors };
  }

  function showErrors(errors: readonly FieldError[]): void {
    const grouped = groupErrors(errors, new Set(slots.keys()));
    for (const [key, slot] of slots) slot.show(grouped.get(key) ?? []);
  }

  async function save(): Promise<void> {
    if (!matrix) return;
    submitted = true;
    const { settings, errors } = read();
    showErrors(errors);
    if (errors.length) {
      ctx.status.fail(
        `Please fix ${errors.length === 1 ? "the problem" : `the ${errors.length} problems`} marked below.`,
      );
      focusIfHere(form.querySelector<HTMLElement>("[aria-invalid=true]"));
      return;
    }
    try {
      const saved = await ctx.server.saveMatrixSettings(matrix.sheetName, settings);
      matrix = { ...matrix, settings: saved };
      ctx.forget();
      fillForm(matrix.roles, saved);
      submitted = false;
      ctx.status.succeed(`Saved the settings of “${matrix.sheetName}”. The highlighting uses them now.`);
    } catch (error) {
      const { errors: fromServer } = parseServerErrors(error instanceof Error ? error.message : "");
      if (fromServer.length) showErrors(fromServer);
    }
  }

  return { panel, show: () => void load(ctx.activeSheet()) };
}

function defaults(roles: readonly string[]): MatrixSettings {
  const result = validateSettings(undefined, [...roles]);
  return result.ok ? result.value : { ...DEFAULT_SETTINGS, ownerPair: null };
}
