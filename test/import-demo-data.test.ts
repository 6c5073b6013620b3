import { describe, expect, it } from 'vitest';
import { DEMO_API_KEYS, demoImportFiles } from '../scripts/demo-data';
import { API_KEY_PATTERN } from '../src/api-keys';
import { checkImportFile } from '../src/import/check-import-file';
import { importPeriods } from '../src/import/import-periods';
import { createApiKey } from '../src/operations/api-keys';
import { getJson } from './support/client';
import { recordingDatabase } from './support/operator-database';
import { REFERENCE_ACTION, REFERENCE_PERIOD } from './support/reference-examples';

/*
 * The demo data keeps the documentation's own ids (1, 1234, 91011), so this
 * file loads it once into its own isolated test database.
 */

describe('npm run dev demo data', () => {
  it('is the same on every run and passes the import checks', () => {
    const files = demoImportFiles();
    expect(demoImportFiles()).toEqual(files);

    const checked = files.map(checkImportFile);
    const periods = checked.flatMap((file) => file.periods);
    const actions = new Set(periods.flatMap((period) => period.actions.map((a) => a.actionId)));
    expect(checked.map((file) => file.team)).toEqual(['Acme', 'Globex']);
    expect(periods.length).toBeGreaterThan(200);
    expect(actions.size).toBeGreaterThan(3_000);
    expect(DEMO_API_KEYS.every(({ key }) => API_KEY_PATTERN.test(key))).toBe(true);
  });

  it("serves the documentation's example period and action", async () => {
    const db = recordingDatabase();
    const [acme] = demoImportFiles();
    await importPeriods(db, acme, { now: Date.parse('2025-01-01T00:00:00.000Z') });
    const [{ key: demoKey }] = DEMO_API_KEYS;
    const { key } = await createApiKey(db, 'Acme', { now: Date.now(), key: demoKey });

    const range = 'start_date=2024-07-18T18:30:00.000Z&end_date=2024-07-18T20:30:00.000Z';
    const periods = await getJson<{ periods: { id: number }[] }>(`/periods?${range}`, { key });
    expect(periods.body.periods.find((period) => period.id === 1)).toEqual(REFERENCE_PERIOD);

    const actions = await getJson<{ actions: unknown[] }>('/periods/1234/actions', { key });
    expect(actions.body.actions[0]).toEqual(REFERENCE_ACTION);
    expect(actions.body.actions.length).toBeGreaterThan(50);
  });
});
