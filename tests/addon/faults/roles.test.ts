/** The fault sweep (sweep.ts) over the role changes of the sidebar's Edit panel. */
import { sweepFaults, template } from "./sweep";

sweepFaults([
  { name: "addRole", setup: template, run: (addon, s) => addon.app.addRole(s, "CFO") },
  {
    name: "renameRole",
    setup: template,
    run: (addon, s) => addon.app.renameRole(s, "COO", "Operations lead"),
  },
  { name: "removeRole", setup: template, run: (addon, s) => addon.app.removeRole(s, "CEO") },
]);
