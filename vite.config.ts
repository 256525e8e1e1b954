import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { messagesPerLanguage } from './scripts/vite-messages-plugin.ts';
import { precompressedAssets } from './scripts/vite-precompress-plugin.ts';

/**
 * Parts of Mantine that take one small thing from a large library get it from a copy, so the pages
 * that use them do not fetch the library (ADR 042): the ScrollArea (inside every table) takes only
 * `useMergeRefs` from floating-ui, which popovers need. If a later Mantine imports more from it
 * there, the build fails on the missing export instead of shipping something else. `Table` also
 * goes without its ScrollContainer (and so without the ScrollArea): the app's tables scroll in
 * `ScrollTable`, and the stand-in throws if anything renders `Table.ScrollContainer`.
 */
const mantineCopies: { importer: RegExp; source: string; copy: string }[] = [
  { importer: /[\\/]components[\\/]ScrollArea[\\/]ScrollArea\.mjs$/, source: '@floating-ui/react', copy: 'src/web/lib/use-merge-refs.ts' },
  { importer: /[\\/]components[\\/]Table[\\/]Table\.mjs$/, source: './TableScrollContainer.mjs', copy: 'src/web/lib/table-scroll-container-left-out.ts' },
];

function mantineImportsFromCopies(): Plugin {
  return {
    name: 'mantine-imports-from-copies',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer?.includes('@mantine')) return null;
      const match = mantineCopies.find((entry) => entry.source === source && entry.importer.test(importer));
      return match ? path.resolve(import.meta.dirname, match.copy) : null;
    },
  };
}

// Mantine's package exports no deep paths; the number input's stand-in draws with Mantine's own
// class names from this file (ADR 042), so a Mantine that moves it fails the build.
const mantineNumberInputClasses = '@mantine/core/esm/components/NumberInput/NumberInput.module.mjs';

// The web app lives in src/web and is served by the API process from dist/web.
export default defineConfig({
  root: 'src/web',
  plugins: [mantineImportsFromCopies(), react(), messagesPerLanguage(), precompressedAssets()],
  resolve: {
    alias: [{ find: mantineNumberInputClasses, replacement: path.resolve(import.meta.dirname, 'node_modules', mantineNumberInputClasses) }],
  },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Every module `main.tsx` imports statically is fetched on every first load anyway; left to
          // themselves, those a lazy chunk also uses became some twenty small chunks (Mantine's core,
          // i18next, TanStack Query…), each compressed alone and named in every preload list. One
          // group keeps them with the entry (ADR 042): 8–9 KB gzip less on each page, nothing more.
          groups: [{ name: 'start', tags: ['$initial'] }],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
