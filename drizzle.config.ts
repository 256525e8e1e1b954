import { defineConfig } from 'drizzle-kit';

// drizzle-kit only generates SQL here; migrations are applied by the app itself at start.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/db/schema/index.ts',
  out: './src/server/db/migrations',
});
