/** Sends one text; a real provider implements this later. Throws when the provider refuses. */
export interface SmsSender {
  send(message: { to: string; body: string }): Promise<void>;
}

/** The built-in sender: keeps what it "sent" in memory (and the outbox row says SENT). */
export class RecordingSmsSender implements SmsSender {
  readonly sent: { to: string; body: string }[] = [];

  async send(message: { to: string; body: string }): Promise<void> {
    this.sent.push(message);
  }
}
