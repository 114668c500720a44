// A short beep from the Web Audio API: no audio files to ship, load or cache.

let context: AudioContext | null = null;

function audioContext(): AudioContext | null {
  if (typeof window === 'undefined' || typeof window.AudioContext !== 'function') return null;
  context ??= new window.AudioContext();
  return context;
}

/**
 * Lets later beeps play: browsers keep audio muted until the page was used, so this runs in
 * the click that switches the alerts on.
 */
export function unlockAudio(): void {
  void audioContext()
    ?.resume()
    .catch(() => undefined);
}

/** Plays `count` short tones (≈0.15 s each); silent where audio is unavailable or still locked. */
export function playBeep(count = 1): void {
  const ctx = audioContext();
  if (!ctx) return;
  void ctx.resume().catch(() => undefined);
  const start = ctx.currentTime + 0.02;
  for (let i = 0; i < count; i += 1) {
    const at = start + i * 0.22;
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.setValueAtTime(880, at);
    // A quick fade in and out: a hard start or stop clicks in the speaker.
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.25, at + 0.015);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.15);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.16);
  }
}
