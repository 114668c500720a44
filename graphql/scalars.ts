import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { formatKstIso, isIsoDate, parseInstant } from '@/lib/domain/calendar';
import { isMonth } from '@/lib/domain/kst-month';
import { ScalarInputError } from './errors';

function literalString(ast: ValueNode, scalar: string): string {
  if (ast.kind !== Kind.STRING) throw new ScalarInputError(`${scalar}: 문자열이어야 합니다.`);
  return ast.value;
}

function makeScalar<T>(name: string, description: string, parse: (raw: string) => T, serialize: (value: unknown) => string) {
  const parseValue = (value: unknown): T => {
    if (typeof value !== 'string') throw new ScalarInputError(`${name}: 문자열이어야 합니다.`);
    return parse(value);
  };
  return new GraphQLScalarType<T, string>({
    name,
    description,
    serialize,
    parseValue,
    parseLiteral: (ast) => parseValue(literalString(ast, name)),
  });
}

/** An instant with an explicit offset; leaves the server in KST (+09:00). */
export const DateTimeScalar = makeScalar<Date>(
  'DateTime',
  'ISO-8601 instant with an offset',
  (raw) => {
    const instant = parseInstant(raw);
    if (!instant) {
      throw new ScalarInputError(
        `DateTime: "${raw}"은(는) 올바른 일시가 아닙니다. 시간대를 포함해 주세요 (예: 2026-04-01T09:30:00+09:00).`,
      );
    }
    return instant;
  },
  (value) => {
    const instant = value instanceof Date ? value : new Date(String(value));
    return formatKstIso(instant);
  },
);

/** A calendar date "YYYY-MM-DD". */
export const DateScalar = makeScalar<string>(
  'Date',
  'A calendar date YYYY-MM-DD',
  (raw) => {
    if (!isIsoDate(raw)) throw new ScalarInputError(`Date: "${raw}"은(는) 올바른 날짜가 아닙니다 (예: 2026-04-01).`);
    return raw;
  },
  (value) => String(value),
);

/** A KST calendar month "YYYY-MM". */
export const MonthScalar = makeScalar<string>(
  'Month',
  'A calendar month in KST, YYYY-MM',
  (raw) => {
    if (!isMonth(raw)) throw new ScalarInputError(`Month: "${raw}"은(는) 올바른 월이 아닙니다 (예: 2026-04).`);
    return raw;
  },
  (value) => String(value).trim(),
);
