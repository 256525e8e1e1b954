import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type { Language } from '../src/shared/languages';
import type * as messagesModule from '../src/web/i18n/messages';
import { findPageTexts, textsStartingWith, type PageTexts } from './page-texts.ts';

const prefix = 'virtual:messages/';
const pageTextsId = 'virtual:page-texts';
const messagesFile = fileURLToPath(new URL('../src/web/i18n/messages.ts', import.meta.url));
const webRoot = fileURLToPath(new URL('../src/web', import.meta.url));
// Not sections: the API's error texts, which any page can need but few first loads do. They are
// a part of their own, fetched with the first error answer (ADR 042), named so no page can take it.
const errorTextsPart = 'errors';
const errorSections = ['apiErrors', 'fieldIssues'];

const pick = (messages: Record<string, unknown>, names: readonly string[]) => Object.fromEntries(names.map((name) => [name, messages[name]]));

/**
 * Serves the interface texts one language at a time and, within a language, in parts
 * (ADR 040): `virtual:messages/ru` holds the sections the entry needs (the shell's frame),
 * `virtual:messages/ru/CatalogHomePage` the keys that page names beyond them, `virtual:messages/ru/errors`
 * the API's error texts, and `virtual:page-texts` the loaders of every part but the entry's, which
 * `lazyPage` fetches beside the page's chunk and the API client with the first error answer. The sections
 * keep the three languages side by side for the people who write them; this splits them when the
 * app is built. The dev server gives every page all sections the entry does not (no source scan
 * to keep fresh while files change); the sections are watched and reload it.
 */
export function messagesPerLanguage(): Plugin {
  let loading: ReturnType<typeof runnerImport<typeof messagesModule>> | undefined;
  let pageTexts: PageTexts | undefined;
  let serving = false;
  return {
    name: 'northbridge:messages-per-language',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    buildStart() {
      loading = undefined;
      pageTexts = undefined;
    },
    resolveId(id) {
      return id.startsWith(prefix) || id === pageTextsId ? `\0${id}` : undefined;
    },
    async load(id) {
      if (!id.startsWith(`\0${prefix}`) && id !== `\0${pageTextsId}`) return undefined;
      loading ??= runnerImport<typeof messagesModule>(messagesFile, { configFile: false, logLevel: 'silent' });
      const { module, dependencies } = await loading;
      for (const dependency of dependencies) this.addWatchFile(dependency);
      pageTexts ??= findPageTexts(webRoot, module.sectionNames);
      if (pageTexts.pages.has(errorTextsPart)) throw new Error(`router.tsx: a lazy page may not be named "${errorTextsPart}"`);
      if (serving) {
        const start = new Set(pageTexts.start);
        const rest = module.sectionNames.filter((name) => !start.has(name)).map((name) => `${name}.`);
        for (const page of pageTexts.pages.keys()) pageTexts.pages.set(page, rest);
      }
      if (id === `\0${pageTextsId}`) {
        const loaders = [...pageTexts.pages.keys(), errorTextsPart].map(
          (page) => `  ${page}: { ${module.languages.map((language) => `${language}: () => import('${prefix}${language}/${page}')`).join(', ')} },`,
        );
        return `export const pageTexts = {\n${loaders.join('\n')}\n};\n`;
      }
      const [language, page] = id.slice(prefix.length + 1).split('/') as [Language, string | undefined];
      if (!(module.languages as readonly string[]).includes(language)) throw new Error(`No interface texts for "${language}"`);
      const messages = module.messagesIn(language) as Parameters<typeof textsStartingWith>[0];
      if (page === undefined) return `export default ${JSON.stringify(pick(messages, pageTexts.start))};`;
      if (page === errorTextsPart) return `export default ${JSON.stringify(pick(messages, errorSections))};`;
      const keyBeginnings = pageTexts.pages.get(page);
      if (!keyBeginnings) throw new Error(`No lazy page named "${page}" in router.tsx`);
      return `export default ${JSON.stringify(textsStartingWith(messages, keyBeginnings))};`;
    },
    handleHotUpdate({ file }) {
      if (file.includes('/i18n/sections/')) loading = undefined;
      if (file.endsWith('/app/router.tsx')) pageTexts = undefined;
    },
  };
}
