import { describe, expect, it } from 'vitest';
import { errorResponse } from '@/app/api/_http/error-response';
import { ServiceError } from '@/lib/services/core/service-error';

// The REST routes (receipts, CSV exports) share errorResponse; GraphQL has its own formatError.
describe('REST route errors', () => {
  it('a refused connection is a 503 the client may retry, with the Korean message and nothing internal', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const response = errorResponse(refused);
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toEqual({
      error: { code: 'SERVICE_UNAVAILABLE', message: expect.stringContaining('데이터베이스에 잠시 연결할 수 없습니다') },
    });
    expect(JSON.stringify(body)).not.toContain('5432');
  });

  it('a service refusal keeps its own status and field', async () => {
    const response = errorResponse(new ServiceError('BAD_USER_INPUT', 'month: 형식이 올바르지 않습니다.', 'month'));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
  });
});
