import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { Providers } from './app/providers';
import { preloadMatchedPages } from './app/preload-matched-pages';
import { createAppRouter } from './app/router';
import { initI18n } from './i18n/i18n';
import { createQueryClient } from './lib/query-client';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

const queryClient = createQueryClient();
// Made before the translations are ready, so that route loaders start their requests at once.
const router = createAppRouter(queryClient);
// Waits for the texts of the page's language (a chunk of their own): no flash of untranslated keys.
// The chunks of the page being opened and of its layout are fetched at the same time, so the first
// render shows the page's frame at once rather than a loader and then a second round trip.
void Promise.all([initI18n(), preloadMatchedPages(router.state.matches)]).then(() => {
  createRoot(rootElement).render(
    <StrictMode>
      <Providers queryClient={queryClient}>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  );
});
