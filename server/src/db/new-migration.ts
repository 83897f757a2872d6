// Creates the next numbered migration file: `npm run db:new -- add_signals`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listMigrations } from './migrate.ts';

const name = process.argv[2] ?? '';
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error('Give the migration a snake_case name, e.g. npm run db:new -- add_signals');
  process.exit(2);
}
const next = (listMigrations().at(-1)?.version ?? 0) + 1;
const file = fileURLToPath(
  new URL(`./migrations/${String(next).padStart(4, '0')}_${name}.sql`, import.meta.url),
);
writeFileSync(file, `-- ${name.replace(/_/g, ' ')}\n`, { flag: 'wx' });
console.log(`Created ${file}`);
