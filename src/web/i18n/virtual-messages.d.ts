// The texts of one language, split from the sections at build time (scripts/vite-messages-plugin.ts).
declare module 'virtual:messages/*' {
  import type { Messages } from './messages';
  const messages: Messages;
  export default messages;
}
