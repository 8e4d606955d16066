/**
 * `npm run listing`: the listing images come from the repository. Here the script runs into a temporary folder:
 * one PNG per icon size from docs/listing/icon.svg (transparent corners, an opaque body), and at least four
 * screenshots of the add-on in the local preview at the screenshot size, sizes read from each PNG's IHDR
 * header. The committed assets in docs/listing/ have the same sizes, and the sidebar's footer shows the
 * version of package.json. Needs `npm run build` and Debian's chromium.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { Browser } from "playwright-core";
import { startPreview } from "../../preview/server";
import {
  ICON_SIZES,
  LISTING_DIR,
  SCREENSHOT_SIZE,
  renderIcons,
  takeScreenshots,
} from "../../scripts/listing";
import { launchChromium } from "../helpers/browser";
import { LOG_SHEET_NAME } from "../helpers/fixtures";

const PNG_SIGNATURE = "89504e470d0a1a0a";

/** Width and height from a PNG's IHDR chunk (https://www.w3.org/TR/png/#11IHDR). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 8).toString("hex") !== PNG_SIGNATURE) throw new Error(`${file} is not a PNG`);
  if (bytes.subarray(12, 16).toString("ascii") !== "IHDR") throw new Error(`${file} has no IHDR first`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), "raci-listing-test-"));
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("renders one icon per size from icon.svg, transparent outside its rounded square", async () => {
  const files = await renderIcons(browser, join(dir, "icons"));
  expect(files.map((f) => basename(f))).toEqual(ICON_SIZES.map((s) => `icon-${s}.png`));
  for (const [i, size] of ICON_SIZES.entries()) {
    expect(pngSize(files[i])).toEqual({ width: size, height: size });
  }
  // Decode the largest in the page: the corner is transparent, the centre opaque.
  const png = readFileSync(files[files.length - 1]).toString("base64");
  const page = await browser.newPage();
  const alpha = await page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = img.width;
    canvas.height = img.height;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2d context");
    context.drawImage(img, 0, 0);
    const at = (x: number, y: number) => context.getImageData(x, y, 1, 1).data[3];
    return { corner: at(0, 0), centre: at(img.width / 2, img.height / 2) };
  }, `data:image/png;base64,${png}`);
  await page.close();
  expect(alpha).toEqual({ corner: 0, centre: 255 });
});

test("takes at least four screenshots of the add-on at the listing size", async () => {
  const shots = await takeScreenshots(browser, join(dir, "screenshots"));
  expect(shots.length).toBeGreaterThanOrEqual(4);
  for (const { file } of shots)
    expect({ file: basename(file), ...pngSize(file) }).toEqual({
      file: basename(file),
      ...SCREENSHOT_SIZE,
    });

  // What the sidebar showed on screen at each shot (issue 16: the Check panel with suggested fixes, then
  // Who owns what).
  const [, , check, owners] = shots;
  expect(basename(check.file)).toBe("screenshot-3-check-fixes.png");
  expect(check.panel).toBe("Check");
  expect(check.sidebarText).toContain("Fix:");
  expect(check.sidebarText).toEqual(
    expect.arrayContaining([expect.stringMatching(/^Fix all \(3 changes\)$/)]),
  );
  expect(check.sidebarText).toEqual(
    expect.arrayContaining([expect.stringMatching(/^CEO becomes C: COO keeps the A/)]),
  );
  // The edits made the change log; it is a hidden sheet, so no tab shows it, as in Sheets.
  expect(owners.sheets).toContain(LOG_SHEET_NAME);
  expect(owners.tabs).toEqual(["Sheet1", "RACI – COO vs Chief of Staff"]);
  expect(basename(owners.file)).toBe("screenshot-4-who-owns-what.png");
  expect(owners.panel).toBe("Who owns what");
  expect(owners.sidebarText).toEqual(
    expect.arrayContaining([
      "Accountable for",
      expect.stringMatching(/^Accountable for \d+ · responsible for \d+$/),
    ]),
  );
});

test("the committed listing assets in docs/listing/ have the listing sizes", () => {
  const names = readdirSync(LISTING_DIR);
  for (const size of ICON_SIZES) {
    expect(pngSize(join(LISTING_DIR, `icon-${size}.png`))).toEqual({ width: size, height: size });
  }
  const screenshots = names.filter((n) => /^screenshot-\d+-[a-z-]+\.png$/.test(n));
  expect(screenshots.length).toBeGreaterThanOrEqual(4);
  for (const name of screenshots) {
    expect({ name, ...pngSize(join(LISTING_DIR, name)) }).toEqual({ name, ...SCREENSHOT_SIZE });
  }
});

test("the sidebar's footer shows the version of package.json", async () => {
  const { version } = JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as {
    version: string;
  };
  const preview = await startPreview({ port: 0, file: join(dir, "version.json"), quiet: true });
  try {
    const page = await browser.newPage();
    await page.goto(preview.url);
    await page.getByRole("button", { name: "Extensions" }).click();
    await page.getByRole("menuitem", { name: "RACI Matrix for Sheets" }).click();
    await page.getByRole("menuitem", { name: "Open sidebar", exact: true }).click();
    const footer = page.frameLocator("#sidebar-frame").locator("footer.version");
    await footer.waitFor();
    expect(await footer.textContent()).toBe(`RACI Matrix for Sheets ${version}`);
    await page.close();
  } finally {
    await preview.close();
  }
});
