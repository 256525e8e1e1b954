import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { messagesPerLanguage } from './scripts/vite-messages-plugin.ts';
import { precompressedAssets } from './scripts/vite-precompress-plugin.ts';

/**
 * Mantine's ScrollArea takes only `useMergeRefs` from @floating-ui/react; given a copy of it, a page
 * with a table or a scrolling list does not fetch floating-ui, which popovers need (ADR 042). If a
 * later ScrollArea imports more from it, the build fails on the missing export.
 */
function scrollAreaWithoutFloatingUi(): Plugin {
  const copy = path.resolve(import.meta.dirname, 'src/web/lib/use-merge-refs.ts');
  return {
    name: 'scroll-area-without-floating-ui',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '@floating-ui/react' && importer && /@mantine[\\/]core[\\/]esm[\\/]components[\\/]ScrollArea[\\/]ScrollArea\.mjs$/.test(importer)) return copy;
      return null;
    },
  };
}

// The web app lives in src/web and is served by the API process from dist/web.
export default defineConfig({
  root: 'src/web',
  plugins: [scrollAreaWithoutFloatingUi(), react(), messagesPerLanguage(), precompressedAssets()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
