/** The self-check from the local preview's menu: its table reaches the window as text, every row passing. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PreviewSession } from "../../preview/session";

it("Run self-check in the preview shows the pass/fail table as text, with every row passing", async () => {
  const session = new PreviewSession({
    file: join(mkdtempSync(join(tmpdir(), "preview-")), "workbook.json"),
  });
  try {
    expect(await session.run("window-1", "menuSelfCheck", [])).toMatchObject({ ok: true });
    const alert = session.state("window-1").messages.find((m) => m.kind === "alert");
    expect(alert?.title).toBe("RACI Matrix for Sheets: self-check");
    expect(alert?.text).toMatch(/^(\d+) of \1 checks passed\./);
    expect(alert?.text).toContain("pass · Apostrophe-prefixed text reads back literal");
    expect(alert?.text).not.toMatch(/FAIL|<td|&#/);
  } finally {
    await session.close();
  }
});
