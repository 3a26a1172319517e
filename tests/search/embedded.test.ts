// The engine contract against the embedded SQLite FTS5 engine, on a real database file.
import t from 'tap';
import { join } from 'node:path';
import { openDatabase } from '../../db/client.ts';
import { createEmbeddedEngine } from '../../api/search/embedded.ts';
import { tempDir } from '../helpers.ts';
import { engineContract } from './contract.ts';

engineContract(t, 'embedded', async () => {
  const db = openDatabase(join(tempDir(t), 'contract.db'));
  const engine = createEmbeddedEngine(db.$client);
  return {
    engine,
    cleanup: async () => {
      await engine.close();
      db.$client.close();
    },
  };
});
