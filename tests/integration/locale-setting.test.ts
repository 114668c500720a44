import { describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { auditLog, users } from '@/db/schema';
import { useIntegrationWorld } from '../fixtures/integration';
import type { World } from '../fixtures/world';
import { graphql } from '../generated';

// The language a person chose is kept on their account: it follows them to another browser.

const { handle, api, world } = await useIntegrationWorld();

const SET_LOCALE = graphql(`
  mutation LocaleSettingSet($locale: Locale!) {
    setMyLocale(locale: $locale) {
      id
      locale
    }
  }
`);
const VIEWER = graphql(`
  query LocaleSettingViewer {
    viewer {
      id
      locale
    }
  }
`);

const storedLocale = async (id: string) =>
  (await handle.db.select({ locale: users.locale }).from(users).where(eq(users.id, id)))[0]?.locale;

describe('setMyLocale', () => {
  it('a new account speaks Korean', async () => {
    const result = await api.run(VIEWER, {}, world.manager);
    expect(result.data?.viewer).toEqual({ id: world.manager.id, locale: 'KO' });
  });

  it.each([
    ['agent', (w: World) => w.agent],
    ['operator staff', (w: World) => w.operatorUserA],
    ['manager', (w: World) => w.manager],
  ])('%s switches their own account to English and back, each change in the access log', async (_who, whom) => {
    const viewer = whom(world);
    const entries = () =>
      handle.db
        .select({ n: count() })
        .from(auditLog)
        .where(and(eq(auditLog.action, 'SET_LOCALE'), eq(auditLog.actorId, viewer.id)));
    const before = (await entries())[0]?.n ?? 0;

    const english = await api.run(SET_LOCALE, { locale: 'EN' }, viewer);
    expect(english.errors).toBeUndefined();
    expect(english.data?.setMyLocale).toEqual({ id: viewer.id, locale: 'EN' });
    expect(await storedLocale(viewer.id)).toBe('en');

    const korean = await api.run(SET_LOCALE, { locale: 'KO' }, { ...viewer, locale: 'en' });
    expect(korean.data?.setMyLocale).toEqual({ id: viewer.id, locale: 'KO' });
    expect(await storedLocale(viewer.id)).toBe('ko');
    expect((await entries())[0]?.n).toBe(before + 2);
  });

  it('changes nobody else', async () => {
    await api.run(SET_LOCALE, { locale: 'EN' }, world.agent);
    expect(await storedLocale(world.manager.id)).toBe('ko');
    await api.run(SET_LOCALE, { locale: 'KO' }, world.agent);
  });

  it('an anonymous caller is UNAUTHENTICATED and nothing is written', async () => {
    const result = await api.run(SET_LOCALE, { locale: 'EN' }, null);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data?.setMyLocale).toBeUndefined();
  });

  it('a language the portal does not speak is BAD_USER_INPUT naming it', async () => {
    // @ts-expect-error a locale outside the enum, on purpose
    const result = await api.run(SET_LOCALE, { locale: 'JA' }, world.agent);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('locale');
    expect(await storedLocale(world.agent.id)).toBe('ko');
  });

  it('the database refuses a language it does not know, whatever the code does', async () => {
    await expect(handle.db.update(users).set({ locale: 'ja' }).where(eq(users.id, world.agent.id))).rejects.toThrow();
    expect(await storedLocale(world.agent.id)).toBe('ko');
  });
});
