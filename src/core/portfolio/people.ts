/** Each person's load: the role columns the people rows say they hold, summed over every matrix. */
import { normalizeName } from "../names";
import { byText, Spellings } from "./identity";
import type { MatrixReading } from "./read";
import type { PortfolioPerson } from "../api";

interface PersonSum {
  readonly spellings: Spellings;
  readonly roleKeys: Set<string>;
  R: number;
  A: number;
  C: number;
  I: number;
}

/**
 * People by name (case and spacing ignored), heaviest owner first. `roleNames` gives each role identity's
 * shown name in the portfolio's role order; a person's roles follow that order.
 */
export function sumPeople(
  readings: readonly MatrixReading[],
  roleNames: ReadonlyMap<string, string>,
): PortfolioPerson[] {
  const people = new Map<string, PersonSum>();
  for (const { source, tally, keys } of readings) {
    source.matrix.roles.forEach((role, i) => {
      const held = (role.heldBy ?? "").trim();
      if (held === "") return;
      const id = normalizeName(held);
      let person = people.get(id);
      if (person === undefined) {
        person = { spellings: new Spellings(), roleKeys: new Set(), R: 0, A: 0, C: 0, I: 0 };
        people.set(id, person);
      }
      person.spellings.add(held);
      const key = keys[i];
      if (key !== undefined) person.roleKeys.add(key);
      person.R += tally.R[i];
      person.A += tally.A[i];
      person.C += tally.C[i];
      person.I += tally.I[i];
    });
  }
  const order = [...roleNames.keys()];
  const list = [...people].map(([id, sum]) => ({ id, sum, name: sum.spellings.best() }));
  list.sort(
    (x, y) => y.sum.A + y.sum.R - (x.sum.A + x.sum.R) || byText(x.name, y.name) || byText(x.id, y.id),
  );
  return list.map(({ sum, name }) => ({
    person: name,
    roles: order.filter((key) => sum.roleKeys.has(key)).map((key) => roleNames.get(key) ?? key),
    R: sum.R,
    A: sum.A,
    C: sum.C,
    I: sum.I,
  }));
}
