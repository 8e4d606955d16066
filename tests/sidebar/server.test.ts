import { createClient, errorMessage, type Transport } from "../../sidebar/server";
import type { Status } from "../../sidebar/status";

function fakeStatus() {
  const log: string[] = [];
  const status: Status = {
    root: null as unknown as HTMLElement,
    begin: () => {
      log.push("begin");
      return () => log.push("end");
    },
    fail: (message) => log.push(`fail:${message}`),
    succeed: (message) => log.push(`succeed:${message}`),
    clear: () => log.push("clear"),
  };
  return { status, log };
}

describe("createClient", () => {
  it("sends the function's name and arguments, and resolves with its result", async () => {
    const calls: [string, unknown[]][] = [];
    const transport: Transport = async (name, args) => {
      calls.push([name, args]);
      return { sheetName: "Sheet1", roles: [], initiatives: 0 };
    };
    const { status, log } = fakeStatus();
    const client = createClient(transport, status);
    await expect(client.addRole("RACI", "CFO")).resolves.toEqual({
      sheetName: "Sheet1",
      roles: [],
      initiatives: 0,
    });
    expect(calls).toEqual([["addRole", ["RACI", "CFO"]]]);
    expect(log).toEqual(["begin", "clear", "end"]);
  });

  it("shows the server's message in the alert region and rejects with it", async () => {
    const { status, log } = fakeStatus();
    const client = createClient(
      () => Promise.reject(new Error('Error: Sheet "X" is not a RACI matrix.')),
      status,
    );
    await expect(client.analyzeMatrix()).rejects.toThrow('Sheet "X" is not a RACI matrix.');
    expect(log).toEqual(["begin", "clear", 'fail:Sheet "X" is not a RACI matrix.', "end"]);
  });

  it("leaves the message to the caller when told to", async () => {
    const { status, log } = fakeStatus();
    const client = createClient(() => Promise.reject(new Error("nope")), status, { reportErrors: false });
    await expect(client.analyzeMatrix()).rejects.toThrow("nope");
    expect(log).toEqual(["begin", "end"]);
  });

  it("ends progress before the caller continues", async () => {
    const { status, log } = fakeStatus();
    const client = createClient(async () => "x", status);
    await client.takeSidebarView();
    log.push("caller");
    expect(log).toEqual(["begin", "clear", "end", "caller"]);
  });
});

describe("errorMessage", () => {
  it("reads Errors, error-like objects and anything else", () => {
    expect(errorMessage(new Error("Exception: Too many roles"))).toBe("Too many roles");
    expect(errorMessage({ message: "from the bridge" })).toBe("from the bridge");
    expect(errorMessage("plain")).toBe("plain");
    expect(errorMessage(new Error(""))).toMatch(/did not say/);
  });
});
