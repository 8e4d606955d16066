/**
 * The spreadsheet's glossary lives in one document property, `raci.glossary`, so every collaborator reads
 * the same words, it exists before any matrix does, and Remove add-on data takes it with the rest. One value
 * written in one call: a save lands whole or not at all, and must fit Apps Script's 9 KB per value.
 */
import { ErrorList } from "../core/fieldErrors";
import { readGlossaryTerms, type GlossaryTerm } from "../core/glossary";
import { GLOSSARY_KEY } from "../core/keys";
import { PROPERTY_VALUE_BYTES, utf8Bytes } from "./propertyStore";

/** The stored terms; a value that cannot be read (edited by hand, say) reads as no terms, never as an error. */
export function loadGlossary(): GlossaryTerm[] {
  const text = PropertiesService.getDocumentProperties().getProperty(GLOSSARY_KEY);
  if (text === null) return [];
  try {
    const errors = new ErrorList("terms");
    const terms = readGlossaryTerms(JSON.parse(text), errors);
    return errors.size === 0 ? terms : [];
  } catch {
    return [];
  }
}

/** Replaces the glossary in one write, or throws, saving nothing, when it would not fit; none removes it. */
export function storeGlossary(terms: readonly GlossaryTerm[]): void {
  const properties = PropertiesService.getDocumentProperties();
  if (terms.length === 0) {
    properties.deleteProperty(GLOSSARY_KEY);
    return;
  }
  const text = JSON.stringify(terms);
  const bytes = utf8Bytes(text);
  if (bytes > PROPERTY_VALUE_BYTES)
    throw new Error(
      `These words would take ${(bytes / 1024).toFixed(1)} KB; Apps Script stores at most 9 KB. ` +
        "Tie fewer terms to long charter lines, or remove some; nothing was saved.",
    );
  properties.setProperty(GLOSSARY_KEY, text);
}
