/**
 * npm run backup  -- [file.sql] [--data-dir DIR | --database-url URL]
 * npm run restore -- file.sql   [--data-dir DIR | --database-url URL]
 * Without flags, DATABASE_URL or DATA_DIR (default ./data) say which database, as for `npm start`.
 * The embedded database must not be in use: stop the server first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { dumpDatabase, type DatabaseLocation } from './dump';
import { restoreDatabase } from './restore';

const [command, ...rest] = process.argv.slice(2);
const flag = (name: string) => {
  const index = rest.indexOf(name);
  return index >= 0 ? rest[index + 1] : undefined;
};
const positional = rest.filter((arg, index) => !arg.startsWith('--') && !rest[index - 1]?.startsWith('--'));

function locationFromSettings(): DatabaseLocation {
  const url = flag('--database-url') ?? (flag('--data-dir') ? undefined : process.env.DATABASE_URL);
  if (url) return { engine: 'postgres', url };
  return { engine: 'pglite', dataDir: path.resolve(flag('--data-dir') ?? process.env.DATA_DIR ?? './data') };
}

const describe = (location: DatabaseLocation) => (location.engine === 'pglite' ? `embedded database in ${location.dataDir}` : 'PostgreSQL server database');

try {
  const location = locationFromSettings();
  if (command === 'backup') {
    const file = path.resolve(positional[0] ?? `northbridge-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.sql`);
    const sql = await dumpDatabase(location);
    fs.writeFileSync(file, sql, { mode: 0o600 }); // personal data inside: readable by its owner only
    console.log(`Backup of the ${describe(location)} written to ${file} (${Math.round(sql.length / 1024)} KB).`);
  } else if (command === 'restore') {
    if (!positional[0]) throw new Error('Name the backup file: npm run restore -- file.sql');
    await restoreDatabase(location, fs.readFileSync(positional[0], 'utf8'));
    console.log(`Restored ${positional[0]} into the ${describe(location)}.`);
  } else {
    throw new Error('Usage: backup [file.sql] | restore file.sql, with --data-dir DIR or --database-url URL');
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
