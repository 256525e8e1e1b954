import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type { Language } from '../src/shared/languages';
import type * as messagesModule from '../src/web/i18n/messages';

const prefix = 'virtual:messages/';
const messagesFile = fileURLToPath(new URL('../src/web/i18n/messages.ts', import.meta.url));

/**
 * Serves the interface texts of one language as a module of its own (`virtual:messages/ru`), so a
 * page downloads the texts of the language it shows and not the other two. The sections keep the
 * three languages side by side for the people who write them; this splits them when the app is
 * built or served. The sections are watched: the dev server reloads when one changes.
 */
export function messagesPerLanguage(): Plugin {
  let loading: ReturnType<typeof runnerImport<typeof messagesModule>> | undefined;
  return {
    name: 'northbridge:messages-per-language',
    buildStart() {
      loading = undefined;
    },
    resolveId(id) {
      return id.startsWith(prefix) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (!id.startsWith(`\0${prefix}`)) return undefined;
      loading ??= runnerImport<typeof messagesModule>(messagesFile, { configFile: false, logLevel: 'silent' });
      const { module, dependencies } = await loading;
      for (const dependency of dependencies) this.addWatchFile(dependency);
      const language = id.slice(prefix.length + 1) as Language;
      if (!(module.languages as readonly string[]).includes(language)) throw new Error(`No interface texts for "${language}"`);
      return `export default ${JSON.stringify(module.messagesIn(language))};`;
    },
    handleHotUpdate({ file }) {
      if (file.includes('/i18n/sections/')) loading = undefined;
    },
  };
}
