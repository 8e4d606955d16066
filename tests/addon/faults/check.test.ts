/** The fault sweep (sweep.ts) over the writes of the sidebar's Check panel: Fix, Undo and Convert. */
import type { Addon } from "../../helpers/addon";
import { FIRST, OWNER } from "../../helpers/fixtures";
import { sweepFaults } from "./sweep";

/** A gap, a double A and a shared row whose fixes write different codes, as the charters divide the work. */
const broken = (addon: Addon) =>
  addon.generate({
    template: "blank",
    title: "M",
    people: false,
    initiatives: [
      { name: "Reduce cloud costs", assignments: { "Department heads": "R" } },
      { name: "Board deck preparation", assignments: { CEO: "A", "Chief of Staff": "A" } },
      { name: "Streamline expense approvals", assignments: { COO: "A", "Chief of Staff": "R" } },
    ],
  }).sheetName;

sweepFaults([
  {
    name: "fixFindings",
    options: { user: OWNER },
    setup: broken,
    run: (addon, s) => addon.app.fixFindings(s),
    // sheets/write.ts: one RangeList per distinct code, so a failure between them leaves some cells fixed
    // and others not, with neither an Undo record nor a log line for those written.
  },
  {
    name: "undoFixes",
    options: { user: OWNER },
    setup: (addon) => {
      const sheetName = broken(addon);
      addon.app.fixFindings(sheetName);
      return sheetName;
    },
    run: (addon, s) => addon.app.undoFixes(s),
    // The same per-code writes (sheets/write.ts); and when clearing the record fails after every cell was put
    // back, the call throws (the person is told Undo failed) and the record and the log line are left as before.
  },
  {
    name: "convertCodes",
    options: { user: OWNER },
    setup: (addon) => {
      const sheetName = addon.generate({ template: "blank", title: "M", people: false }).sheetName;
      // Written as a script writes (no onEdit), so the shorthand stays for Convert.
      addon
        .sheet(sheetName)
        .getRange(`C${FIRST}:E${FIRST + 1}`)
        .setValues([
          ["ra", "r", ""],
          ["i", " Accountable ", "c"],
        ]);
      return sheetName;
    },
    run: (addon, s) => addon.app.convertCodes(s),
    // The same per-code writes as fixFindings.
  },
]);
