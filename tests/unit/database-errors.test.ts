import { describe, expect, it } from 'vitest';
import { describeDatabaseError, isDatabaseUnavailable, isRetryableConflict } from '@/db/database-errors';

/** An error as node-postgres or Node gives it: a message and, often, a code. */
const pgError = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});
/** drizzle's wrapping: the driver's error is the cause of a "Failed query" error. */
const wrapped = (cause: unknown) => new Error('Failed query: select 1\nparams: ', { cause });

describe('database errors: which are passing', () => {
  it.each([
    ['connection refused (server stopped)', pgError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['connection reset', wrapped(pgError('read ECONNRESET', 'ECONNRESET'))],
    [
      '57P01 admin_shutdown (restart terminated the session)',
      wrapped(pgError('terminating connection due to administrator command', '57P01')),
    ],
    ['57P02 crash_shutdown', pgError('terminating connection because of crash of another server process', '57P02')],
    ['57P03 cannot_connect_now (starting up)', pgError('the database system is starting up', '57P03')],
    ['08006 connection_failure', pgError('connection failure', '08006')],
    ['08P01 protocol_violation', pgError('protocol violation', '08P01')],
    ['a connection lost mid-query', wrapped(pgError('Connection terminated unexpectedly'))],
    ['a client used after its connection broke', pgError('Client has encountered a connection error and is not queryable')],
    ['the pool could not connect in time', pgError('timeout exceeded when trying to connect')],
    ['a refused localhost connection, IPv6 then IPv4', new AggregateError([pgError('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], '')],
  ])('%s: the database is unavailable, not a conflict', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isRetryableConflict(error)).toBe(false);
  });

  it.each([
    ['40001 serialization_failure', wrapped(pgError('could not serialize access due to concurrent update', '40001'))],
    ['40P01 deadlock_detected', wrapped(pgError('deadlock detected', '40P01'))],
  ])('%s: a lost race, run again', (_what, error) => {
    expect(isRetryableConflict(error)).toBe(true);
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it.each([
    ['23505 unique_violation', wrapped(pgError('duplicate key value violates unique constraint', '23505'))],
    ['23514 check_violation', pgError('new row violates check constraint', '23514')],
    ['42601 syntax_error', pgError('syntax error at or near "x"', '42601')],
    ['57014 query_canceled (a statement timeout is ours, not an outage)', pgError('canceling statement due to statement timeout', '57014')],
    ['a plain bug', new TypeError('Cannot read properties of undefined')],
    ['not an error at all', 'boom'],
  ])('%s: neither retried nor called unavailable', (_what, error) => {
    expect(isRetryableConflict(error)).toBe(false);
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('database errors: the log line', () => {
  it.each([
    [
      'drizzle’s wrapper is dropped, with its SQL and parameters',
      wrapped(pgError('terminating connection due to administrator command', '57P01')),
      'terminating connection due to administrator command (57P01)',
    ],
    ['a plain driver error', pgError('Connection terminated unexpectedly'), 'Connection terminated unexpectedly'],
    [
      'an AggregateError says what its first error says',
      new AggregateError([pgError('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], ''),
      'connect ECONNREFUSED ::1:5432 (ECONNREFUSED)',
    ],
  ])('%s', (_what, error, line) => {
    expect(describeDatabaseError(error)).toBe(line);
  });
});
