/**
 * A call that asks (Ui.alert with buttons) waits in the preview for the answer of the window that made it,
 * as the Ui reference says the script is suspended while the dialog is open; nothing it did before its
 * question is kept until then. On a small script of its own, without a browser.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PreviewSession } from "../../preview/session";

const SCRIPT = `
function writesThenAsks() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  sheet.getRange("A1").setValue(Number(sheet.getRange("A1").getValue() || 0) + 1);
  var ui = SpreadsheetApp.getUi();
  if (ui.alert("Count", "Count on?", ui.ButtonSet.YES_NO) !== ui.Button.YES) return "stopped";
  sheet.getRange("B1").setValue("counted");
  return "counted";
}
`;

let dir: string;
let session: PreviewSession;
const cell = (a1: string): unknown => session.emulator.spreadsheet.getSheets()[0].getRange(a1).getValue();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "raci-preview-questions-"));
  writeFileSync(join(dir, "Code.js"), SCRIPT);
  session = new PreviewSession({
    file: join(dir, "workbook.json"),
    reset: true,
    codePath: join(dir, "Code.js"),
  });
});

afterEach(async () => {
  await session.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Lets the session's queue run until the window has a question. */
async function questionOf(client: string) {
  for (let i = 0; i < 100 && session.state(client).question === null; i++)
    await new Promise((resolve) => setTimeout(resolve, 10));
  return session.state(client).question;
}

describe("a call that asks, in the preview", () => {
  it("waits for the window's answer, keeps nothing it did before asking, then runs once with the answer", async () => {
    const result = session.run("w1", "writesThenAsks", []);
    const question = await questionOf("w1");
    expect(question).toMatchObject({ title: "Count", text: "Count on?", buttons: ["YES", "NO"] });
    // Only the window that asked sees the question, and the write before it is not kept meanwhile.
    expect(session.state("w2").question).toBeNull();
    expect(cell("A1")).toBe("");

    expect(session.answer("w1", question?.id ?? -1, "YES")).toEqual({ ok: true, value: undefined });
    expect(await result).toEqual({ ok: true, value: "counted" });
    expect([cell("A1"), cell("B1")]).toEqual([1, "counted"]);
    expect(session.state("w1").question).toBeNull();
  });

  it("goes on with No as the add-on says, and refuses an answer to a question no longer open", async () => {
    const result = session.run("w1", "writesThenAsks", []);
    const question = await questionOf("w1");
    expect(session.answer("w1", question?.id ?? -1, "MAYBE").ok).toBe(false);
    expect(session.answer("w1", question?.id ?? -1, "NO").ok).toBe(true);
    expect(await result).toEqual({ ok: true, value: "stopped" });
    expect([cell("A1"), cell("B1")]).toEqual([1, ""]);
    expect(session.answer("w1", question?.id ?? -1, "YES").ok).toBe(false);
  });

  it("counts the dialog as closed when no window made the call", async () => {
    expect(await session.run(null, "writesThenAsks", [])).toEqual({ ok: true, value: "stopped" });
  });
});
