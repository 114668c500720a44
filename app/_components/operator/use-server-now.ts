'use client';

import { useEffect, useState } from 'react';

/** "Now" on the server's clock (browser clock + offset), ticking once a second. */
export function useServerNow(offsetMs: number): number {
  const [now, setNow] = useState(() => Date.now() + offsetMs);
  useEffect(() => {
    const tick = () => setNow(Date.now() + offsetMs);
    tick();
    const timer = window.setInterval(tick, 1_000);
    return () => window.clearInterval(timer);
  }, [offsetMs]);
  return now;
}
