import type { SQL } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actionAssignees, actionFormFields } from '../src/db/schema';
import { inlineParameters, sqlLiteral } from '../src/operations/inline-sql';
import { rowSelects, sqlBuilder, statement } from '../src/operations/statements';

describe('statements written out for wrangler', () => {
  it('writes values as SQLite literals, doubling quotes', () => {
    expect(sqlLiteral(null)).toBe('NULL');
    expect(sqlLiteral(1722601385471)).toBe('1722601385471');
    expect(sqlLiteral("O'Brien; DROP TABLE teams")).toBe("'O''Brien; DROP TABLE teams'");
    expect(() => sqlLiteral(Number.NaN)).toThrow(RangeError);
  });

  it('fills placeholders in order and leaves question marks inside quotes alone', () => {
    const sql = 'select "a?" from "t" where "x" = ? and "y" = \'?\' and "z" in (?, ?)';
    expect(inlineParameters({ sql, params: ["it's", 2, null] })).toBe(
      'select "a?" from "t" where "x" = \'it\'\'s\' and "y" = \'?\' and "z" in (2, NULL)',
    );
  });

  it('refuses a statement whose parameters do not match its placeholders', () => {
    expect(() => inlineParameters({ sql: 'select ?', params: [] })).toThrow(RangeError);
    expect(() => inlineParameters({ sql: 'select 1', params: [1] })).toThrow(RangeError);
  });
});

describe('multi-row inserts', () => {
  const assignee = (index: number) => ({ actionId: index, position: 0, userName: `User ${index}` });

  it('carry any number of rows in one bound parameter', () => {
    const rows = Array.from({ length: 250 }, (_, index) => assignee(index));

    const selects = rowSelects(actionAssignees, rows);

    expect(selects).toHaveLength(1);
    const insert = statement(sqlBuilder.insert(actionAssignees).select(selects[0] as SQL));
    expect(insert.params).toHaveLength(1);
    expect(JSON.parse(insert.params[0] as string)[249]).toEqual([249, 0, 'User 249']);
  });

  it('start a new statement before the values pass the size limit', () => {
    const rows = Array.from({ length: 10 }, (_, index) => ({
      actionId: index,
      name: 'Notes',
      value: 'v'.repeat(20_000),
    }));
    expect(rowSelects(actionFormFields, rows)).toHaveLength(3);
  });
});
