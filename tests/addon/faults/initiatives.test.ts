/** The fault sweep (sweep.ts) over the initiative changes of the sidebar's Edit panel. */
import type { Addon } from "../../helpers/addon";
import { sweepFaults, template } from "./sweep";

/** The template's second initiative (row 10). */
const second = (addon: Addon, sheetName: string) => String(addon.sheet(sheetName).getRange("B10").getValue());

sweepFaults([
  {
    name: "addInitiative",
    setup: template,
    run: (addon, s) => addon.app.addInitiative(s, "Hiring plan", "Operations"),
  },
  {
    name: "removeInitiative",
    setup: template,
    run: (addon, s) => addon.app.removeInitiative(s, second(addon, s)),
  },
  {
    name: "moveInitiative",
    setup: template,
    run: (addon, s) => addon.app.moveInitiative(s, second(addon, s), "down"),
  },
]);
