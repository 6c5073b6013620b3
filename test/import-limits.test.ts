import { describe, expect, it } from 'vitest';
import { importPeriods } from '../src/import/import-periods';
import { createApiKey } from '../src/operations/api-keys';
import { inlineParameters } from '../src/operations/inline-sql';
import { getJson } from './support/client';
import { exampleAction, examplePeriod, freshTeamName, importFile } from './support/import-files';
import { recordingDatabase } from './support/operator-database';
import { storedMemberships } from './support/stored-rows';

const NOW = Date.parse('2025-01-02T03:04:05.678Z');
const statementBytes = (sql: string) => new TextEncoder().encode(sql).length;

function largePeriod(actions: number) {
  return examplePeriod({
    actions: Array.from({ length: actions }, (_, index) =>
      exampleAction({
        periodActionId: index + 1,
        assignedUserNames: [`Agent ${index}`, `Lead ${index}`],
        formFields: { Priority: index % 3 === 0 ? 'High' : 'Low', Seats: index, Region: 'EU' },
      }),
    ),
  });
}

describe('db:import within D1 limits', () => {
  it('imports a period of 250 actions, 3 form fields and 2 assignees each', async () => {
    const team = freshTeamName();
    const period = largePeriod(250);
    const db = recordingDatabase();

    await importPeriods(db, importFile(team, [period]), { now: NOW });

    const params = db.written.map((statement) => statement.params.length);
    expect(Math.max(...params)).toBeLessThanOrEqual(100);
    expect(db.written.length).toBeLessThanOrEqual(10);
    expect(await storedMemberships(period.id as number)).toHaveLength(250);

    const { key } = await createApiKey(db, team, { now: NOW });
    const fields = encodeURIComponent(JSON.stringify(['Priority', 'Seats', 'Region']));
    const { status, body } = await getJson<{ actions: { formFields: unknown }[] }>(
      `/periods/${period.id}/actions?form_fields=${fields}`,
      { key },
    );
    expect(status).toBe(200);
    expect(body.actions).toHaveLength(250);
    expect(body.actions[249]?.formFields).toEqual({ Priority: 'High', Seats: 249, Region: 'EU' });
  });

  it('keeps every statement under 100 KB even with its values written in', async () => {
    const team = freshTeamName();
    const longText = 'x'.repeat(900);
    const period = examplePeriod({
      actions: Array.from({ length: 120 }, () =>
        exampleAction({
          classification: longText,
          createdByUserName: longText,
          formFields: { Notes: 'y'.repeat(15_000), Quote: "it's" },
        }),
      ),
    });
    const db = recordingDatabase();

    await importPeriods(db, importFile(team, [period]), { now: NOW });

    const sizes = db.written.map((statement) => statementBytes(inlineParameters(statement)));
    expect(Math.max(...sizes)).toBeLessThan(100_000);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBeGreaterThan(120 * 15_000);
  });
});
