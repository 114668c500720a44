/** What an action last said: a success line, or the reason it failed. */
export interface ActionOutcome {
  done: string | null;
  error: string | null;
}

/** An action's outcome: a short success line (status) or the server's reason (alert). */
export function ActionFeedback({ state }: { state: ActionOutcome }) {
  return (
    <>
      <p className="action-status" role="status">
        {state.done}
      </p>
      {state.error && (
        <p className="alert" role="alert">
          {state.error}
        </p>
      )}
    </>
  );
}
