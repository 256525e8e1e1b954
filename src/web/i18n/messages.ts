import { languages, type Language } from '../../shared/languages';
import * as sections from './sections';

/** The interface texts of one language, assembled from the sections (one file per feature). */
type Sections = typeof sections;
export type Messages = { [Name in keyof Sections]: Sections[Name]['ru'] };

export function messagesIn(language: Language): Messages {
  return Object.fromEntries(Object.entries(sections).map(([name, section]) => [name, section[language]])) as Messages;
}

export { languages };

export const ru = messagesIn('ru');
export const en = messagesIn('en');
export const zh = messagesIn('zh');
