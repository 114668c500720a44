import { CASE_EVENT_TYPES } from '@/lib/domain/case-events';
import { formatInstant } from '../format';
import type { AgentCase } from './case-workspace-context';
import { STEPS } from './guide-steps';

function eventLabel(type: string): string {
  return (CASE_EVENT_TYPES as Record<string, string>)[type] ?? type;
}

/** Every step taken on the case, newest first: when, who, what, at which step of the guide. */
export function CaseTimeline({ kase }: { kase: AgentCase }) {
  const events = [...kase.timeline].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return (
    <section className="card timeline-card" aria-labelledby="timeline-heading">
      <div className="section-header">
        <h2 id="timeline-heading">처리 이력</h2>
        <span className="muted">최신 순</span>
      </div>
      {events.length === 0 ? (
        <p className="muted">아직 기록이 없습니다.</p>
      ) : (
        <ol className="timeline">
          {events.map((event, index) => {
            const step = STEPS.find((s) => s.key === event.scriptStep);
            return (
              <li key={`${event.at}-${event.type}-${index}`}>
                <p className="timeline-head">
                  <span className="timeline-type">{eventLabel(event.type)}</span>
                  {step && (
                    <span className="badge badge-neutral">
                      {step.number} {step.name}
                    </span>
                  )}
                </p>
                {event.detail && <p className="timeline-detail">{event.detail}</p>}
                <p className="timeline-meta">
                  <time dateTime={event.at}>{formatInstant(event.at)}</time>
                  {event.actor && ` · ${event.actor.name}`}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
