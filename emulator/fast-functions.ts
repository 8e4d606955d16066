/**
 * A faster COUNTIF/COUNTIFS for HyperFormula. The built-in versions filter ranges through chains of
 * generators and materialise an address object per cell, which dominates evaluation time (and garbage
 * collection) for the add-on's per-row status formulas, each counting codes across its row several
 * times. These versions use HyperFormula's own criterion parser (so "A", "<>", ">3", wildcards and case
 * rules behave exactly as before) and its own argument handling; they read the range straight from the
 * dependency graph and remember each (range, criterion) count until HyperFormula's contents next change
 * (the mirror calls invalidateCriteriaCache before every change). Within one evaluation pass a range's
 * cells are final before any formula that reads it is evaluated, so a remembered count stays correct.
 * Installed per instance through the `functionPlugins` option; HyperFormula's global registry is untouched.
 */
import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";

type PluginList = NonNullable<Parameters<typeof HyperFormula.buildEmpty>[0]>["functionPlugins"];
// the argument types of FunctionPlugin.runFunction (HyperFormula does not export Ast/InterpreterState)
type RunArgs = Parameters<FastCriteriaPlugin["runFunction"]>;
type Criterion = Parameters<FastCriteriaPlugin["interpreter"]["criterionBuilder"]["fromCellValue"]>[0];

let epoch = 0;

/** Forgets remembered counts; called before HyperFormula's contents change. */
export function invalidateCriteriaCache(): void {
  epoch++;
}

function raw(v: unknown): unknown {
  // HyperFormula wraps formatted numbers (dates, percents…) in objects holding `val`
  if (typeof v === "object" && v !== null && !(v instanceof CellError) && "val" in v)
    return (v as { val: unknown }).val;
  return v;
}

export class FastCriteriaPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    COUNTIF: {
      method: "countif",
      parameters: [
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.NOERROR },
      ],
    },
    COUNTIFS: {
      method: "countifs",
      parameters: [
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.NOERROR },
      ],
      repeatLastArgs: 2,
    },
  };

  private cache = new Map<string, number>();
  private cacheEpoch = -1;
  /** Parsed criteria by their raw value (parsing "A" also tries it as a date, which is not free). */
  private criteria = new Map<string, ((v: unknown) => boolean) | null>();

  private criterion(value: unknown): ((v: unknown) => boolean) | null {
    const key = `${typeof value}:${String(value)}`;
    let test = this.criteria.get(key);
    if (test === undefined) {
      const pkg = this.interpreter.criterionBuilder.fromCellValue(value as Criterion, this.arithmeticHelper);
      test = pkg === undefined ? null : (pkg.lambda as (v: unknown) => boolean);
      if (typeof value !== "object") this.criteria.set(key, test);
    }
    return test;
  }

  /** The range's values, row by row, read without building address arrays. */
  private values(range: SimpleRangeValue): unknown[] {
    const r = range.range;
    if (r === undefined) return range.valuesFromTopLeftCorner();
    const graph = this.dependencyGraph;
    const lastRow = r.effectiveEndRow(graph);
    const lastCol = r.effectiveEndColumn(graph);
    const out: unknown[] = [];
    const address = { sheet: r.start.sheet, row: 0, col: 0 };
    for (let row = r.start.row; row <= lastRow; row++) {
      address.row = row;
      for (let col = r.start.col; col <= lastCol; col++) {
        address.col = col;
        out.push(graph.getScalarValue(address));
      }
    }
    // cells beyond the sheet's used area are empty
    const missing = range.height() * range.width() - out.length;
    for (let i = 0; i < missing; i++) out.push(EmptyValue);
    return out;
  }

  /** Where a range lies, for remembering what was counted in it; undefined for an array, not a range. */
  private rangeKey(range: SimpleRangeValue): string | undefined {
    const r = range.range;
    return r && `${r.start.sheet}:${r.start.row}:${r.start.col}:${r.end.row}:${r.end.col}`;
  }

  private key(range: SimpleRangeValue, criterion: unknown): string | undefined {
    const where = this.rangeKey(range);
    return where && `${where}|${typeof criterion}:${String(criterion)}`;
  }

  /**
   * How many cells of a range hold each text (lower-cased), counted in one pass and kept with the other
   * counts: a row read by one COUNTIF per spelling of a code is then scanned once, not once per spelling.
   */
  private texts = new Map<string, Map<string, number>>();

  private textCount(range: SimpleRangeValue, text: string): number | undefined {
    const key = this.rangeKey(range);
    if (key === undefined) return undefined;
    let histogram = this.texts.get(key);
    if (histogram === undefined) {
      histogram = new Map();
      for (const value of this.values(range)) {
        const v = raw(value);
        if (typeof v !== "string") continue;
        const lower = v.toLowerCase();
        histogram.set(lower, (histogram.get(lower) ?? 0) + 1);
      }
      this.texts.set(key, histogram);
    }
    return histogram.get(text.toLowerCase()) ?? 0;
  }

  private count(args: unknown[]): number | CellError {
    if (this.cacheEpoch !== epoch) {
      this.cache.clear();
      this.texts.clear();
      this.cacheEpoch = epoch;
    }
    // Plain text (no operator, wildcard, number, date or boolean reading): equal, ignoring case.
    if (args.length === 2 && args[0] instanceof SimpleRangeValue && isPlainText(args[1])) {
      const n = this.textCount(args[0], args[1]);
      if (n !== undefined) return n;
    }
    const single =
      args.length === 2 && args[0] instanceof SimpleRangeValue ? this.key(args[0], args[1]) : undefined;
    if (single !== undefined) {
      const hit = this.cache.get(single);
      if (hit !== undefined) return hit;
    }
    const columns: { values: unknown[]; test: (v: unknown) => boolean }[] = [];
    let size = -1;
    for (let i = 0; i < args.length; i += 2) {
      const range = args[i];
      if (!(range instanceof SimpleRangeValue)) return new CellError(ErrorType.VALUE);
      const pkg = this.interpreter.criterionBuilder.fromCellValue(
        args[i + 1] as Criterion,
        this.arithmeticHelper,
      );
      if (pkg === undefined) return new CellError(ErrorType.VALUE, "Incorrect criterion");
      const values = this.values(range);
      if (size >= 0 && values.length !== size) return new CellError(ErrorType.VALUE);
      size = values.length;
      columns.push({ values, test: pkg.lambda as (v: unknown) => boolean });
    }
    let n = 0;
    for (let k = 0; k < size; k++) {
      let all = true;
      for (const col of columns) {
        if (!col.test(raw(col.values[k]))) {
          all = false;
          break;
        }
      }
      if (all) n++;
    }
    if (single !== undefined) this.cache.set(single, n);
    return n;
  }

  countif(ast: { args: RunArgs[0] }, state: RunArgs[1]): unknown {
    return this.runFunction(ast.args, state, this.metadata("COUNTIF"), (...args: unknown[]) =>
      this.count(args),
    );
  }

  countifs(ast: { args: RunArgs[0] }, state: RunArgs[1]): unknown {
    return this.runFunction(ast.args, state, this.metadata("COUNTIFS"), (...args: unknown[]) =>
      this.count(args),
    );
  }
}

/**
 * A criterion that can only mean "equal to this text, ignoring case": letters first, then letters and the
 * signs of RACI codes (/ , +), never a comparison, a wildcard, a number, a date or TRUE/FALSE.
 */
function isPlainText(criterion: unknown): criterion is string {
  return (
    typeof criterion === "string" &&
    /^[A-Za-z][A-Za-z/,+]*$/.test(criterion) &&
    !/^(true|false)$/i.test(criterion) &&
    !/^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(criterion)
  );
}

/** HyperFormula's plugins with COUNTIF/COUNTIFS replaced (later plugins win). */
export function functionPlugins(): PluginList {
  return [...HyperFormula.getAllFunctionPlugins(), FastCriteriaPlugin];
}
