/**
 * The preview's server side without a browser: the google.script.run bridge's rules, the shim's
 * injection, and the server's guards (loopback only, its own routes only, capped and checked bodies).
 * The server tests need `npm run build` (dist/Code.js).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import { createBridge, nonJsonPart } from "../../preview/bridge";
import { startPreview, type Preview } from "../../preview/server";
import { gasShimScript, injectGasShim } from "../../preview/shim";

class Money {
  constructor(readonly cents: number) {}
}

const otherRealm = vm.runInNewContext(
  "({ error: new Error('from the bundle'), plain: { a: [1, { b: 'c' }] } })",
) as {
  error: unknown;
  plain: unknown;
};

function fakeBundle(): Record<string, unknown> {
  return {
    echo: (...args: unknown[]) => args,
    mutate: (list: unknown[]) => {
      list.push("changed");
      return list.length;
    },
    nothing: () => undefined,
    fails: () => {
      throw new Error("Pick a sheet first.");
    },
    failsInBundleRealm: () => {
      throw otherRealm.error;
    },
    failsWithText: () => {
      throw "plain text";
    },
    date: () => ({ when: new Date(0) }),
    instance: () => [new Money(5)],
    notANumber: () => ({ ratio: NaN }),
    circular: () => {
      const node: Record<string, unknown> = {};
      node.self = node;
      return node;
    },
    fromBundleRealm: () => otherRealm.plain,
    secret_: () => "private",
    notAFunction: 42,
  };
}

describe("createBridge", () => {
  const bridge = createBridge(null, fakeBundle());

  it("lists the callable functions: no private ones, no values", () => {
    expect(bridge.functions).toContain("echo");
    expect(bridge.functions).not.toContain("secret_");
    expect(bridge.functions).not.toContain("notAFunction");
  });

  it("runs a function with copies of its arguments and returns a copy of its result", async () => {
    const list = ["a"];
    expect(await bridge.run("mutate", [list])).toEqual({ ok: true, value: 2 });
    expect(list).toEqual(["a"]);
    expect(await bridge.run("echo", [1, "two", null, { three: [3] }])).toEqual({
      ok: true,
      value: [1, "two", null, { three: [3] }],
    });
    expect(await bridge.run("nothing", [])).toEqual({ ok: true, value: undefined });
    expect(await bridge.run("fromBundleRealm", [])).toEqual({ ok: true, value: { a: [1, { b: "c" }] } });
  });

  it("refuses private, unknown and inherited names without running anything", async () => {
    expect(await bridge.run("secret_", [])).toEqual({ ok: false, error: expect.stringMatching(/private/) });
    expect(await bridge.run("missing", [])).toEqual({
      ok: false,
      error: "Script function not found: missing",
    });
    for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty", "notAFunction"]) {
      expect(await bridge.run(name, [])).toMatchObject({ ok: false });
    }
    expect(await bridge.run("alert(1)", [])).toMatchObject({ ok: false });
    expect(await bridge.run("echo", "not an array")).toMatchObject({ ok: false });
  });

  it("turns what a function throws into a failure carrying its message", async () => {
    expect(await bridge.run("fails", [])).toEqual({ ok: false, error: "Pick a sheet first." });
    expect(await bridge.run("failsInBundleRealm", [])).toEqual({ ok: false, error: "from the bundle" });
    expect(await bridge.run("failsWithText", [])).toEqual({ ok: false, error: "plain text" });
  });

  it("refuses results google.script.run cannot carry, naming where", async () => {
    expect(await bridge.run("date", [])).toEqual({
      ok: false,
      error: expect.stringContaining("result.when (a Date)"),
    });
    expect(await bridge.run("instance", [])).toEqual({
      ok: false,
      error: expect.stringContaining("result[0]"),
    });
    expect(await bridge.run("notANumber", [])).toEqual({ ok: false, error: expect.stringContaining("NaN") });
    expect(await bridge.run("circular", [])).toEqual({
      ok: false,
      error: expect.stringContaining("circular"),
    });
    expect(await bridge.run("echo", [new Date(0)])).toMatchObject({ ok: false });
  });

  it("finds the first part of a value that is not plain data", () => {
    expect(nonJsonPart({ a: [1, "x", null, { b: true }] }, "v")).toBeNull();
    expect(nonJsonPart({ a: [1, () => 2] }, "v")).toBe("v.a[1] (a function)");
    expect(nonJsonPart(Object.create(null) as object, "v")).toBeNull();
  });

  describe("its HTTP handler (POST /api/run)", () => {
    let server: Server;
    let base: string;

    beforeAll(async () => {
      server = createServer((req, res) => void bridge.handle(req, res));
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/run`;
    });

    afterAll(async () => {
      await new Promise((resolve) => server.close(resolve));
    });

    const post = (body: string, type = "application/json") =>
      fetch(base, { method: "POST", headers: { "Content-Type": type }, body });

    it("answers a RunResult for a well-formed call", async () => {
      const response = await post(JSON.stringify({ fn: "echo", args: [1] }));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true, value: [1] });
      expect(await (await post(JSON.stringify({ fn: "fails" }))).json()).toEqual({
        ok: false,
        error: "Pick a sheet first.",
      });
    });

    it("rejects other methods, content types, malformed and oversized bodies", async () => {
      expect((await fetch(base)).status).toBe(405);
      expect((await post("fn=echo", "application/x-www-form-urlencoded")).status).toBe(415);
      expect((await post("{ not json")).status).toBe(400);
      expect((await post(JSON.stringify({ fn: 42 }))).status).toBe(400);
      expect((await post(JSON.stringify({ fn: "echo", args: "x".repeat(2 * 1024 * 1024) }))).status).toBe(
        413,
      );
    });
  });
});

describe("the google.script shim", () => {
  it("is one classic script that cannot close its own <script> element", async () => {
    const script = await gasShimScript({ functions: ["getSidebarState"] });
    expect(script).toContain("getSidebarState");
    expect(script.toLowerCase()).not.toContain("</script");
  });

  it("goes before the page's first script, leaving the rest of the page as it was", () => {
    const page = "<html><head><style>p{}</style></head><body><p>$&</p><script>main()</script></body></html>";
    const injected = injectGasShim(page, "SHIM");
    expect(injected).toBe(
      page.replace("<script>main()", "<script data-gas-shim>SHIM</script><script>main()"),
    );
    expect(injectGasShim("<html><head></head><body></body></html>", "S")).toContain(
      "<script data-gas-shim>S</script></head>",
    );
  });
});

describe("the preview server", () => {
  let dir: string;
  let preview: Preview;
  let port: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "raci-preview-server-"));
    preview = await startPreview({ port: 0, file: join(dir, "workbook.json"), quiet: true });
    port = Number(new URL(preview.url).port);
  });

  afterAll(async () => {
    await preview.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A raw request, so the Host and Origin headers can be anything. */
  function send(
    path: string,
    options: { method?: string; headers?: Record<string, string>; body?: string } = {},
  ): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = request(
        { host: "127.0.0.1", port, path, method: options.method ?? "GET", headers: options.headers },
        (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => (body += chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on("error", reject);
      req.end(options.body);
    });
  }

  it("listens on the loopback address only", () => {
    expect(new URL(preview.url).hostname).toBe("127.0.0.1");
  });

  it("on a busy port, says the npm command that picks a free one (npm passes options after --)", async () => {
    await expect(startPreview({ port, file: join(dir, "other.json"), quiet: true })).rejects.toThrow(
      `Port ${port} is already in use. Try \`npm start -- --port 0\` for any free port.`,
    );
  });

  it("serves its page with a strict content security policy", async () => {
    const response = await fetch(preview.url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(await response.text()).toContain('<table class="grid"');
  });

  it("refuses requests addressed to another host name (DNS rebinding) or sent from another site", async () => {
    expect((await send("/api/state?client=abc", { headers: { Host: "attacker.example:80" } })).status).toBe(
      403,
    );
    const crossSite = await send("/api/run", {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Origin: "http://attacker.example",
        "X-Preview-Client": "abc",
      },
      body: JSON.stringify({ fn: "menuNewCooCosMatrix", args: [] }),
    });
    expect(crossSite.status).toBe(403);
    expect(preview.session.emulator.spreadsheet.getSheets()).toHaveLength(1);
  });

  it("serves no file it does not know, whatever the path", async () => {
    for (const path of [
      "/package.json",
      "/../package.json",
      "/%2e%2e/package.json",
      "/dist/Code.js",
      "/page/main.ts",
    ]) {
      expect((await send(path)).status).toBe(404);
    }
  });

  it("checks what an edit asks for", async () => {
    const edit = (body: Record<string, unknown>) =>
      send("/api/edit", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ client: "abc", sheet: "Sheet1", ...body }),
      });
    expect((await edit({ range: "A1:B1", values: [["only one"]] })).status).toBe(400);
    expect((await edit({ range: "Sheet1!A1", values: [["x"]] })).status).toBe(400);
    expect((await edit({ range: "A1", values: [[42]] })).status).toBe(400);
    const ok = await edit({ range: "A1:B1", values: [["Hello", "=1+1"]] });
    expect(JSON.parse(ok.body)).toEqual({ ok: true });
    expect(
      preview.session.emulator.spreadsheet.getSheetByName("Sheet1")?.getRange("A1:B1").getDisplayValues(),
    ).toEqual([["Hello", "2"]]);
  });
});
