// The interface texts split at build time (scripts/vite-messages-plugin.ts, ADR 040): what the entry
// needs in one language (`virtual:messages/ru`), and what a lazy page needs beyond it
// (`virtual:messages/ru/OrganizationsPage`, reached through `virtual:page-texts`).
declare module 'virtual:messages/*' {
  import type { Messages } from './messages';
  const messages: Partial<Messages>;
  export default messages;
}

declare module 'virtual:page-texts' {
  import type { Language } from '../../shared/languages';
  import type { Messages } from './messages';
  export const pageTexts: Record<string, Record<Language, () => Promise<{ default: Partial<Messages> }>>>;
}
