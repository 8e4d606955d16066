/**
 * RangeList: several ranges of one sheet changed by one call
 * (https://developers.google.com/apps-script/reference/spreadsheet/range-list). The ranges inside are
 * plain, uncounted RangeApi objects: the list's own method is the one service call.
 */
import type { RangeApi } from "./range";

export class RangeListApi {
  constructor(private readonly ranges: RangeApi[]) {}

  getRanges(): RangeApi[] {
    return [...this.ranges];
  }

  setValue(value: unknown): this {
    for (const range of this.ranges) range.setValue(value);
    return this;
  }

  clearContent(): this {
    for (const range of this.ranges) range.clearContent();
    return this;
  }

  activate(): this {
    this.ranges[this.ranges.length - 1]?.activate();
    return this;
  }
}
