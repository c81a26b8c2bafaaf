import SQLite from 'better-sqlite3';
import { expect, test } from 'vitest';
import { withStatementCache } from '@/lib/db/sqlite-dialect';

test('each SQL text is prepared once and its statement reused, with fresh parameters each time', () => {
  const database = new SQLite(':memory:');
  const prepared: string[] = [];
  const counting = {
    close: () => database.close(),
    prepare: (sql: string) => (prepared.push(sql), database.prepare(sql)),
  };
  const cached = withStatementCache(counting);
  cached.prepare('create table t (n integer)').run([]);
  for (let n = 1; n <= 3; n += 1) cached.prepare('insert into t (n) values (?)').run([n]);
  const select = 'select n from t where n >= ? order by n';
  expect(cached.prepare(select).all([2])).toEqual([{ n: 2 }, { n: 3 }]);
  expect(cached.prepare(select).all([3])).toEqual([{ n: 3 }]);
  expect(prepared).toEqual(['create table t (n integer)', 'insert into t (n) values (?)', select]);
  cached.close();
});
