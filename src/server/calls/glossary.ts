/**
 * The spreadsheet's glossary (core/glossary.ts): the company's words, each given to a role or to a line of
 * its charter, read by every suggestion and fix. getGlossary reads it; saveGlossary replaces it whole, checked
 * before one write under the document lock: on any problem nothing is saved.
 */
import type { GlossaryView } from "../../core/api";
import { ErrorList } from "../../core/fieldErrors";
import { readGlossaryTerms } from "../../core/glossary";
import { loadGlossary, storeGlossary } from "../../sheets/glossaryStore";
import { describeErrors } from "../ops/errors";
import { withDocumentLock } from "../ops/lock";

export function getGlossary(): GlossaryView {
  return { terms: loadGlossary() };
}

export function saveGlossary(terms: unknown): GlossaryView {
  const errors = new ErrorList("terms");
  const checked = readGlossaryTerms(terms, errors);
  if (errors.size > 0)
    throw new Error(describeErrors("The company's words were not saved:", errors.toArray()));
  return withDocumentLock(() => {
    storeGlossary(checked);
    return getGlossary();
  });
}
