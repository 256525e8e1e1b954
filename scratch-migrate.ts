import { openPostgres } from './src/server/db/client';
import { applyMigrations } from './src/server/db/migrate';
const c = await openPostgres(process.argv[2]!);
await applyMigrations(c);
await c.executeSql('vacuum analyze');
await c.close();
