import 'i18next';
import type { Messages } from './messages';

// Makes t('some.key') a compile error when the key does not exist in the source language.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
