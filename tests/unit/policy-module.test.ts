import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getNullableType, isNonNullType, isObjectType } from 'graphql';
import type { Role } from '@/db/schema';
import { buildSchema } from '@/graphql/build-schema';
import { FIELD_MASKS } from '@/graphql/resolvers/operator-view';
import { authorize, authorizeSignedIn, permits } from '@/lib/policy/authorize';
import { FIELD_VISIBILITY, visibilityOf, type VisibleField } from '@/lib/policy/field-visibility';
import { roleCan, roleMay } from '@/lib/policy/roles';
import { isScoped, lotInScope, operatorInScope } from '@/lib/policy/scope';
import type { Actor } from '@/lib/services/core/actor';

// lib/policy: the role table, operator scope as predicates, and the field-visibility table.

const actorOf = (role: Role, operatorId: string | null = role === 'OPERATOR' ? 'op-a' : null): Actor => ({
  id: `${role}-1`,
  role,
  operatorId,
});
const codeOf = (run: () => void) => {
  try {
    run();
    return 'ALLOWED';
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('lib/policy authorize: the services’ own error', () => {
  it.each([
    ['Query.viewer', null, 'ALLOWED'],
    ['Query.lots', null, 'UNAUTHENTICATED'],
    ['Route.exportCsv', null, 'UNAUTHENTICATED'],
    ['Route.exportCsv', 'AGENT', 'FORBIDDEN'],
    ['Route.exportCsv', 'MANAGER', 'ALLOWED'],
    ['Route.viewReceipt', 'OPERATOR', 'FORBIDDEN'],
    ['Route.uploadReceipt', 'AGENT', 'ALLOWED'],
    ['Mutation.reclassifyCase', 'OPERATOR', 'FORBIDDEN'],
    ['Mutation.dropEverything', 'MANAGER', 'FORBIDDEN'],
  ] as const)('%s as %s is %s', (action, role, expected) => {
    expect(codeOf(() => authorize(role ? actorOf(role) : null, action))).toBe(expected);
  });

  it('with a subject, a scoped action answers NOT_FOUND for another operator’s lot, never FORBIDDEN', () => {
    expect(codeOf(() => authorize(actorOf('OPERATOR'), 'Mutation.acknowledgeExit', { operatorId: 'op-b' }))).toBe('NOT_FOUND');
    expect(codeOf(() => authorize(actorOf('OPERATOR'), 'Mutation.acknowledgeExit', { operatorId: 'op-a' }))).toBe('ALLOWED');
  });

  it('authorizeSignedIn hands back the viewer it let through', () => {
    const manager = actorOf('MANAGER');
    expect(authorizeSignedIn(manager, 'Route.exportAccessLog')).toBe(manager);
    expect(codeOf(() => authorizeSignedIn(null, 'Query.viewer'))).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['AGENT', 'Route.viewReceipt', true],
    ['MANAGER', 'Route.viewReceipt', true],
    ['OPERATOR', 'Route.viewReceipt', false],
    ['OPERATOR', 'Query.viewer', true],
  ] as const)('%s may take %s: %s', (role, action, expected) => {
    expect(roleMay(role, action)).toBe(expected);
    expect(permits(actorOf(role), action)).toBe(expected);
  });

  it('permits nothing to a stranger, not even what anyone may take', () => {
    expect(permits(null, 'Route.viewReceipt')).toBe(false);
  });
});

describe('lib/policy capabilities', () => {
  it.each([
    ['MANAGER', 'seeInactiveOutcomeTemplates', true],
    ['AGENT', 'seeInactiveOutcomeTemplates', false],
    ['MANAGER', 'overrideCaseRules', true],
    ['AGENT', 'overrideCaseRules', false],
    ['AGENT', 'reachEveryLot', true],
    ['OPERATOR', 'reachEveryLot', false],
  ] as const)('%s can %s: %s', (role, capability, expected) => {
    expect(roleCan(role, capability)).toBe(expected);
  });
});

describe('operator scope as predicates', () => {
  it.each([
    ['AGENT', null, 'op-b', true],
    ['MANAGER', null, 'op-b', true],
    ['OPERATOR', 'op-a', 'op-a', true],
    ['OPERATOR', 'op-a', 'op-b', false],
    // The database forbids an operator account without an operator; were there one, it reaches nothing.
    ['OPERATOR', null, 'op-a', false],
  ] as const)('%s of %s reaches a lot of %s: %s', (role, own, lotOperator, expected) => {
    const actor = actorOf(role, own);
    expect(lotInScope(actor, { operatorId: lotOperator })).toBe(expected);
    expect(operatorInScope(actor, lotOperator)).toBe(expected);
  });

  it.each([
    ['AGENT', false],
    ['MANAGER', false],
    ['OPERATOR', true],
  ] as const)('the scope narrows what %s reaches: %s', (role, expected) => {
    expect(isScoped(actorOf(role))).toBe(expected);
  });
});

describe('field visibility', () => {
  it.each([
    ['Customer.name', 'AGENT', 'raw'],
    ['Customer.name', 'OPERATOR', 'masked'],
    ['User.email', 'MANAGER', 'raw'],
    ['User.email', 'OPERATOR', 'masked'],
    ['Case.note', 'OPERATOR', 'hidden'],
    ['Case.note', 'AGENT', 'raw'],
    ['Refund.proposalReason', 'OPERATOR', 'hidden'],
    ['Pass.refundableAmount', 'OPERATOR', 'hidden'],
    ['CaseEvent.detail', 'OPERATOR', 'masked'],
    ['ExitRequest.reason', 'MANAGER', 'raw'],
  ] as const)('%s reaches %s %s', (field, role, expected) => {
    expect(visibilityOf(field, actorOf(role))).toBe(expected);
  });

  it('a stranger receives none of a listed field', () => {
    expect(visibilityOf('Pass.refundableAmount', null)).toBe('hidden');
  });

  const schema = buildSchema();
  const fields = Object.keys(FIELD_VISIBILITY) as VisibleField[];
  const fieldOf = (name: string) => {
    const [typeName, fieldName] = name.split('.') as [string, string];
    const type = schema.getType(typeName);
    return isObjectType(type) ? type.getFields()[fieldName] : undefined;
  };

  it('every row names a field the schema serves', () => {
    expect(fields.filter((name) => !fieldOf(name))).toEqual([]);
  });

  it('a field hidden from some role is nullable, so hiding it answers null instead of failing', () => {
    const hidden = fields.filter((name) => Object.values(FIELD_VISIBILITY[name]).includes('hidden'));
    expect(hidden.filter((name) => isNonNullType(fieldOf(name)!.type))).toEqual([]);
    expect(hidden.map((name) => getNullableType(fieldOf(name)!.type)).length).toBe(hidden.length);
  });

  it('every field masked for some role has exactly one mask, and no mask is left without a row', () => {
    const masked = fields.filter((name) => Object.values(FIELD_VISIBILITY[name]).includes('masked'));
    expect(Object.keys(FIELD_MASKS).sort()).toEqual(masked.sort());
  });
});

// Item 1 of issue 17: resolvers, services and routes decide nothing by role themselves.
describe('no role checks outside lib/policy', () => {
  const ROOTS = ['graphql', 'lib/services', 'app/api'];
  // A viewer's or actor's role compared or looked up (an input's role, a new account's, is data, not a check).
  const ROLE_CHECK = new RegExp(
    [/\b(?:viewer|actor)\??\.role\s*[!=]==/, /(?<![.\w])role\s*[!=]==/, /includes\((?:\w+\.)*(?:viewer|actor)\??\.role\)/, /\bisOperator\b/]
      .map((part) => part.source)
      .join('|'),
  );
  const filesUnder = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) return name === 'generated' ? [] : filesUnder(file);
      return /\.tsx?$/.test(name) ? [file] : [];
    });

  it('graphql/, lib/services/ and app/api/ compare no viewer’s role', () => {
    const offenders = ROOTS.flatMap(filesUnder).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
        .filter(({ line }) => ROLE_CHECK.test(line))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
