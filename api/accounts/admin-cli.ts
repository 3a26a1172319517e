// `npm run admin:create -- --email you@example.nl [--name "Naam"]`: the first admin (or another
// one), straight into the database. The password is asked for on the terminal or read from
// ADMIN_PASSWORD (for scripted set-ups), never passed as an argument (it would end up in history).
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { databaseFile } from '../app.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../../db/client.ts';
import { EmailAddress, Password } from './schemas.ts';
import { hashPassword } from './secrets.ts';
import { createAccountStore } from './store.ts';

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string', default: '' } } });
const email = EmailAddress.safeParse(values.email ?? '');
if (!email.success) {
  console.error('Gebruik: npm run admin:create -- --email jij@voorbeeld.nl [--name "Je naam"]');
  process.exit(2);
}

async function askPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question('Wachtwoord (minstens 10 tekens): ');
  } finally {
    rl.close();
  }
}

const password = Password.safeParse(await askPassword());
if (!password.success) {
  console.error(password.error.issues[0]?.message);
  process.exit(2);
}

const config = loadConfig();
const db = openDatabase(databaseFile(config.dataDir));
const accounts = createAccountStore(db);
const hash = await hashPassword(password.data);
const existing = accounts.byEmail(email.data);
if (existing) {
  accounts.update(existing.id, { role: 'admin', status: 'active' });
  accounts.setPassword(existing.id, hash, values.name || existing.name);
  console.log(`${email.data} is nu beheerder (wachtwoord vernieuwd).`);
} else {
  accounts.createActive({ email: email.data, name: values.name ?? '', passwordHash: hash, role: 'admin' });
  console.log(`Beheerder ${email.data} aangemaakt. Log in op ${config.publicUrl}/inloggen.`);
}
db.$client.close();
