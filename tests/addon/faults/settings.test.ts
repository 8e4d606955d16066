/** The fault sweep (sweep.ts) over what the sidebar's Settings and Who owns what panels save. */
import { OWNED, OWNER, matrixSpec } from "../../helpers/fixtures";
import { sweepFaults, template } from "./sweep";

sweepFaults([
  {
    name: "saveMatrixSettings",
    setup: template,
    run: (addon, s) =>
      addon.app.saveMatrixSettings(s, {
        ownerPair: ["CEO", "COO"],
        maxResponsible: 1,
        maxConsulted: 3,
        maxInformed: 5,
        overloadShare: 0.6,
        overloadMinInitiatives: 4,
      }),
  },
  {
    name: "saveCharter",
    options: { user: OWNER },
    setup: (addon) => addon.generate(matrixSpec({ initiatives: OWNED })).sheetName,
    run: (addon, s) => addon.app.saveCharter(s, "COO", ["Process optimisation", "Vendor contracts"]),
  },
  {
    name: "setPeople",
    options: { user: OWNER },
    setup: (addon) => addon.generate(matrixSpec({ initiatives: OWNED, people: true })).sheetName,
    run: (addon, s) => addon.app.setPeople(s, { CEO: "Ana Diaz", COO: "Dana Lee" }),
  },
]);
