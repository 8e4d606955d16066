/**
 * getPortfolio for `npm run bench`: one spreadsheet grown to 20 matrices of 1,000 × 12 on the emulator with
 * the built bundle, measured at 1, 10 and 20 matrices: service calls (each further matrix must add the same
 * number, whatever its size) and the time. Run alone with `tsx bench/portfolio.ts` (after `npm run build`).
 */
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createEmulator, loadBundle } from "../emulator";
import { estimateMs, formatDuration } from "./estimate";
import { makeSpec, sizeLabel, type Size } from "./workload";

const CODE_PATH = join(__dirname, "../dist/Code.js");

export const PORTFOLIO_SIZE: Size = { initiatives: 1_000, roles: 12 };
const COUNTS = [1, 10, 20];

export interface PortfolioFigure {
  matrices: number;
  calls: number;
  /** Calls of each matrix after the first: the same at every count when reading is constant per matrix. */
  perMatrix: number;
  /** Node time on the emulator, best of three. */
  ms: number;
}

export function portfolioBench(
  size: Size = PORTFOLIO_SIZE,
  counts: readonly number[] = COUNTS,
): PortfolioFigure[] {
  const emulator = createEmulator({ htmlRoot: join(__dirname, "../dist") });
  const app = loadBundle(emulator, CODE_PATH);
  const figures: { matrices: number; calls: number; ms: number }[] = [];
  for (let made = 0; made < Math.max(...counts);) {
    app.generateMatrix(makeSpec(size, `Portfolio ${++made}`));
    if (!counts.includes(made)) continue;
    let ms = Infinity;
    for (let run = 0; run < 3; run++) {
      emulator.calls.reset();
      const started = performance.now();
      app.getPortfolio();
      ms = Math.min(ms, performance.now() - started);
    }
    figures.push({ matrices: made, calls: emulator.calls.total, ms });
  }
  const [first] = figures;
  return figures.map((f) => ({
    ...f,
    perMatrix: f.matrices === 1 ? 0 : (f.calls - first.calls) / (f.matrices - 1),
  }));
}

export function portfolioSentence(figures: readonly PortfolioFigure[], size: Size = PORTFOLIO_SIZE): string {
  const last = figures[figures.length - 1];
  const perMatrix = [...new Set(figures.slice(1).map((f) => f.perMatrix))];
  return (
    `getPortfolio on ${last.matrices} matrices of ${sizeLabel(size)}: ${last.calls} calls ` +
    `(${figures.map((f) => `${f.calls} for ${f.matrices}`).join(", ")}: ` +
    `${perMatrix.length === 1 ? `${perMatrix[0]} per further matrix at every count` : `per further matrix ${perMatrix.join(", ")}`}), ` +
    `${formatDuration(last.ms)} in Node on the emulator, about ${formatDuration(estimateMs(last.calls))} in Apps Script.`
  );
}

if (require.main === module) console.log(portfolioSentence(portfolioBench()));
