import { describe, expect, it } from 'vitest';
import { changedRows, rowSignatures } from '@/app/_components/operator/row-shift';

const list = (...rows: [string, string][]) => rowSignatures(rows.map(([key, status]) => ({ key, status })));

describe('rows that moved or changed under the pointer', () => {
  it.each([
    ['the first list: nothing was aimed at yet', null, list(['exit:1', 'REQUESTED']), []],
    ['a poll with the same rows', list(['exit:1', 'REQUESTED']), list(['exit:1', 'REQUESTED']), []],
    [
      'the first row handled: the next slides into its place',
      list(['exit:1', 'REQUESTED'], ['exit:2', 'REQUESTED']),
      list(['exit:2', 'REQUESTED']),
      ['exit:2'],
    ],
    [
      'a new row at the end moves nothing above it but is new itself',
      list(['exit:1', 'REQUESTED']),
      list(['exit:1', 'REQUESTED'], ['exit:3', 'REQUESTED']),
      ['exit:3'],
    ],
    [
      '확인 puts 등록 완료 where 확인 was',
      list(['registration:1', 'REQUESTED']),
      list(['registration:1', 'ACKNOWLEDGED']),
      ['registration:1'],
    ],
    [
      'an undone row comes back on top and pushes the rest down',
      list(['exit:2', 'REQUESTED']),
      list(['exit:1', 'REQUESTED'], ['exit:2', 'REQUESTED']),
      ['exit:1', 'exit:2'],
    ],
  ] as const)('%s', (_name, previous, current, expected) => {
    expect(changedRows(previous, current)).toEqual(expected);
  });
});
