import type { ActionFeedbackState } from './use-request-actions';

/**
 * The last action's outcome, pinned to the bottom of the window: the row it was about may
 * have left the queue, and the operator may be far down the page.
 */
export function ActionToast({ feedback, onDismiss }: { feedback: ActionFeedbackState; onDismiss: () => void }) {
  return (
    <div className="toast-region">
      <p className="toast toast-success" role="status">
        {feedback.done}
      </p>
      {feedback.error && (
        <div className="toast toast-error" role="alert">
          <span>{feedback.error}</span>
          <button type="button" className="button button-secondary button-small" onClick={onDismiss}>
            닫기
          </button>
        </div>
      )}
    </div>
  );
}
