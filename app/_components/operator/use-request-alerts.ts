'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useEffect, useRef, useState } from 'react';
import { playBeep, unlockAudio } from './beep';
import type { QueueRow } from './queue-documents';
import { newIds } from './waiting-time';

const STORAGE_KEY = 'parking-cs.operator.new-request-alerts';

/** Desktop notifications as the browser allows them, or unsupported (then sound only). */
export type NotificationAccess = NotificationPermission | 'unsupported';

function notificationAccess(): NotificationAccess {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** What arrived, in the reader's language: a notification's title and body, and a sentence for screen readers. */
function useDescribeArrivals() {
  const t = useTranslations('operator.notification');
  return useCallback(
    (rows: readonly QueueRow[]): { title: string; body: string; announcement: string } => {
      const exits = rows.filter((row) => row.kind === 'exit').length;
      const registrations = rows.length - exits;
      const title =
        exits > 0 && registrations > 0
          ? t('titleMixed', { count: rows.length })
          : exits > 0
            ? t('titleExits', { count: exits })
            : t('titleRegistrations', { count: registrations });
      const body = rows
        .slice(0, 4)
        .map(({ kind, row }) => t(kind === 'exit' ? 'lineExit' : 'lineRegistration', { plate: row.plate, lot: row.lot.name }))
        .join('\n');
      const parts = [
        exits > 0 && t('partExits', { count: exits }),
        registrations > 0 && t('partRegistrations', { count: registrations }),
      ].filter(Boolean);
      const plates = rows
        .slice(0, 4)
        .map(({ row }) => row.plate)
        .join(', ');
      return { title, body, announcement: t('announcement', { parts: parts.join(', '), plates }) };
    },
    [t],
  );
}

function showNotification(title: string, body: string, lang: string): void {
  if (notificationAccess() !== 'granted') return;
  try {
    const notification = new Notification(title, { body, lang, tag: 'operator-new-requests' });
    notification.onclick = () => {
      window.focus();
      notification.close();
    };
  } catch {
    // Some browsers allow notifications only from a service worker; the beep still sounds.
  }
}

/** The "새 요청 알림" switch, remembered in localStorage; switching it on asks for notifications. */
export function useAlertSwitch() {
  const [enabled, setEnabled] = useState(false);
  const [access, setAccess] = useState<NotificationAccess>('default');

  useEffect(() => {
    setEnabled(window.localStorage.getItem(STORAGE_KEY) === 'on');
    setAccess(notificationAccess());
  }, []);

  const toggle = useCallback(async (next: boolean) => {
    setEnabled(next);
    window.localStorage.setItem(STORAGE_KEY, next ? 'on' : 'off');
    if (!next) return;
    // This click is the user gesture browsers want before they let a page make sound.
    unlockAudio();
    playBeep(1);
    if (notificationAccess() === 'default') {
      try {
        await Notification.requestPermission();
      } catch {
        // An old callback-only implementation: treat it as not granted.
      }
    }
    setAccess(notificationAccess());
  }, []);

  return { enabled, access, toggle };
}

/**
 * Watches the queues: when a request id appears that no earlier poll had, and the
 * switch is on, a beep (two for an exit: a car is waiting) and a desktop notification. The
 * first load never alerts. Returns a sentence for screen readers, whether the switch is on or not.
 */
export function useNewRequestAlerts(
  exits: readonly QueueRow[],
  registrations: readonly QueueRow[],
  loaded: boolean,
  enabled: boolean,
): string {
  const [announcement, setAnnouncement] = useState('');
  const describe = useDescribeArrivals();
  const locale = useLocale();
  const enabledRef = useRef(enabled);
  const seen = useRef<ReadonlySet<string> | null>(null);

  useEffect(() => {
    enabledRef.current = enabled;
  }, [enabled]);

  useEffect(() => {
    if (!loaded) return;
    const rows = [...exits, ...registrations];
    const fresh = new Set(
      newIds(
        seen.current,
        rows.map((row) => row.key),
      ),
    );
    // Every id seen since the page opened, not just the last poll's: a row that comes back
    // (an optimistic 출차 처리 rolled back, a failed poll) is not a new request.
    seen.current = new Set([...(seen.current ?? []), ...rows.map((row) => row.key)]);
    if (fresh.size === 0) return;
    const arrived = rows.filter((row) => fresh.has(row.key));
    const { title, body, announcement: sentence } = describe(arrived);
    setAnnouncement(sentence);
    if (!enabledRef.current) return;
    playBeep(arrived.some((row) => row.kind === 'exit') ? 2 : 1);
    showNotification(title, body, locale);
  }, [exits, registrations, loaded, describe, locale]);

  return announcement;
}
