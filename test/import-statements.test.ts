import { describe, expect, it } from 'vitest';
import { inlineParameters, sqlLiteral } from '../src/operations/inline-sql';
import { chunkRows } from '../src/operations/statements';

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
  it('puts at most 100 parameters in one statement', () => {
    const rows = Array.from({ length: 250 }, (_, index) => ({ a: index, b: 'x', c: null }));
    const chunks = chunkRows(rows);
    expect(chunks.map((chunk) => chunk.length)).toEqual([33, 33, 33, 33, 33, 33, 33, 19]);
  });

  it('starts a new statement before the values pass the size limit', () => {
    const rows = Array.from({ length: 10 }, () => ({ value: 'v'.repeat(20_000) }));
    expect(chunkRows(rows).map((chunk) => chunk.length)).toEqual([4, 4, 2]);
  });
});
