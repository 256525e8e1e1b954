import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { messagesPerLanguage } from './scripts/vite-messages-plugin.ts';
import { precompressedAssets } from './scripts/vite-precompress-plugin.ts';

// The web app lives in src/web and is served by the API process from dist/web.
export default defineConfig({
  root: 'src/web',
  plugins: [react(), messagesPerLanguage(), precompressedAssets()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
