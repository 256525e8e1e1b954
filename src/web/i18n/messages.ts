import { errorMessages, fieldIssueMessages, type ErrorCode, type FieldIssueKind } from '../../shared/errors';
import { languages, type Language } from '../../shared/languages';
import * as sections from './sections';

/** The interface texts of one language, assembled from the sections (one file per feature). */
type Sections = typeof sections;
export type SectionName = keyof Sections;
export const sectionNames = Object.keys(sections) as SectionName[];

/**
 * The API's error texts (shared with the server, which writes the same words into its answers) go
 * into the interface texts of each language, so a page carries one language of them, not all three.
 */
type ErrorTexts = { apiErrors: Record<ErrorCode, string>; fieldIssues: Record<FieldIssueKind, string> };
export type Messages = { [Name in SectionName]: Sections[Name]['ru'] } & ErrorTexts;

const textsIn = <Key extends string>(texts: Record<Key, Record<Language, string>>, language: Language) =>
  Object.fromEntries(Object.entries<Record<Language, string>>(texts).map(([key, text]) => [key, text[language]])) as Record<Key, string>;

export function messagesIn(language: Language): Messages {
  const fromSections = Object.fromEntries(Object.entries(sections).map(([name, section]) => [name, section[language]]));
  return { ...fromSections, apiErrors: textsIn(errorMessages, language), fieldIssues: textsIn(fieldIssueMessages, language) } as Messages;
}

export { languages };

export const ru = messagesIn('ru');
export const en = messagesIn('en');
export const zh = messagesIn('zh');
