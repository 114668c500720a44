/** What an action last said: a success line, or the reason it failed. */
export interface ActionOutcome {
  done: string | null;
  error: string | null;
  /** What is being done right now, where the page already shows it as done (an optimistic update). */
  progress?: string | null;
}

/** An action's outcome: a short success (or in-progress) line (status) or the server's reason (alert). */
export function ActionFeedback({ state }: { state: ActionOutcome }) {
  return (
    <>
      <p className={state.progress ? 'action-status action-progress' : 'action-status'} role="status">
        {state.progress ?? state.done}
      </p>
      {state.error && (
        <p className="alert" role="alert">
          {state.error}
        </p>
      )}
    </>
  );
}
