/**
 * The fault sweep (sweep.ts) over the write calls that came after it was written: the glossary, suggested rows,
 * a kind changed in Settings, several rows agreed at once and the offsite pack's sheet.
 */
import type { Addon } from "../../helpers/addon";
import { OWNED, OWNER, matrixSpec } from "../../helpers/fixtures";
import { sweepFaults, template } from "./sweep";

/** A matrix whose rows have no codes yet, for Suggest owners for rows. */
const uncoded = (addon: Addon): string =>
  addon.generate({
    ...matrixSpec({ roles: ["CEO", "COO", "Chief of Staff"] }),
    initiatives: [{ name: "Vendor renewals" }, { name: "Board deck" }],
  }).sheetName;

sweepFaults([
  {
    name: "saveGlossary",
    setup: template,
    run: (addon) => addon.app.saveGlossary([{ term: "Nightingale", role: "COO" }]),
  },
  {
    name: "fillSuggestedRows",
    options: { user: OWNER },
    setup: uncoded,
    run: (addon, s) =>
      addon.app.fillSuggestedRows(
        s,
        addon.app.suggestForRows(s).rows.map(({ row, initiative }) => ({ row, initiative })),
      ),
    // sheets/write.ts writes one RangeList per distinct code, as for fixFindings (check.test.ts).
  },
  {
    name: "saveMatrixSettings changing the kind",
    setup: (addon) => addon.generate(matrixSpec({ initiatives: OWNED })).sheetName,
    run: (addon, s) => addon.app.saveMatrixSettings(s, { kind: "RASCI" }),
    // The settings are saved first; a failure in the kind's metadata or the refresh after it is reported but
    // leaves the sheet's words and formulas in the old kind until the next Refresh.
  },
  {
    name: "markAgreed",
    options: { user: OWNER },
    setup: (addon) => addon.generate(matrixSpec({ initiatives: OWNED })).sheetName,
    run: (addon, s) => addon.app.markAgreed(s, addon.app.analyzeMatrix(s).agreement?.open ?? [], "COO"),
    // Decision, Decided on and Agreed by are three RangeList writes (sheets/write.ts groups by value).
  },
  {
    name: "makeOffsitePack",
    options: { user: OWNER },
    setup: (addon) => addon.generate(matrixSpec({ initiatives: OWNED })).sheetName,
    run: (addon, s) => addon.app.makeOffsitePack(s),
  },
]);
