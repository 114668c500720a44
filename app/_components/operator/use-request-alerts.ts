'use client';

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

function describe(rows: readonly QueueRow[]): { title: string; body: string; announcement: string } {
  const exits = rows.filter((row) => row.kind === 'exit').length;
  const registrations = rows.length - exits;
  const title =
    exits > 0 && registrations > 0 ? `새 요청 ${rows.length}건` : exits > 0 ? `새 출차 요청 ${exits}건` : `새 차량등록 요청 ${registrations}건`;
  const body = rows
    .slice(0, 4)
    .map(({ kind, row }) => `${kind === 'exit' ? '출차' : '차량등록'} · ${row.plate} · ${row.lot.name}`)
    .join('\n');
  const parts = [exits > 0 && `출차 요청 ${exits}건`, registrations > 0 && `차량등록 요청 ${registrations}건`].filter(Boolean);
  const plates = rows.slice(0, 4).map(({ row }) => row.plate).join(', ');
  return { title, body, announcement: `새 ${parts.join(', ')}이 도착했습니다: ${plates}.` };
}

function notify(title: string, body: string): void {
  if (notificationAccess() !== 'granted') return;
  try {
    const notification = new Notification(title, { body, lang: 'ko', tag: 'operator-new-requests' });
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
 * Watches the queues: when a request id appears that the previous poll did not have, and the
 * switch is on, a beep (two for an exit: a car is waiting) and a desktop notification. The
 * first load never alerts. Returns a sentence for screen readers, whether the switch is on or not.
 */
export function useNewRequestAlerts(exits: readonly QueueRow[], registrations: readonly QueueRow[], loaded: boolean, enabled: boolean): string {
  const [announcement, setAnnouncement] = useState('');
  const enabledRef = useRef(enabled);
  const seen = useRef<ReadonlySet<string> | null>(null);

  useEffect(() => {
    enabledRef.current = enabled;
  }, [enabled]);

  useEffect(() => {
    if (!loaded) return;
    const rows = [...exits, ...registrations];
    const fresh = new Set(newIds(seen.current, rows.map((row) => row.key)));
    seen.current = new Set(rows.map((row) => row.key));
    if (fresh.size === 0) return;
    const arrived = rows.filter((row) => fresh.has(row.key));
    const { title, body, announcement: sentence } = describe(arrived);
    setAnnouncement(sentence);
    if (!enabledRef.current) return;
    playBeep(arrived.some((row) => row.kind === 'exit') ? 2 : 1);
    notify(title, body);
  }, [exits, registrations, loaded]);

  return announcement;
}
