import type { MessageStatus } from '@/graphql/generated/client/graphql';
import { formatInstant } from '../format';
import type { AgentCase } from './case-workspace-context';

const MESSAGE_STATUS: Record<MessageStatus, { label: string; tone: string }> = {
  QUEUED: { label: '발송 대기', tone: 'badge-accent' },
  SENT: { label: '발송됨', tone: 'badge-success' },
  FAILED: { label: '발송 실패', tone: 'badge-danger' },
};

/** The SMS the customer gets once the registration is confirmed, and the texts sent so far. */
export function SmsPreviewCard({ kase }: { kase: AgentCase }) {
  return (
    <section className="card sms-card" aria-labelledby="sms-preview-heading">
      <h2 id="sms-preview-heading">문자 미리보기</h2>
      <p className="muted">운영사가 정기권 등록을 완료하면 고객에게 아래 문자가 발송됩니다.</p>
      <div className="sms-bubble">{kase.smsPreview}</div>
      <h3>보낸 문자</h3>
      {kase.messages.length === 0 ? (
        <p className="muted">아직 보낸 문자가 없습니다.</p>
      ) : (
        <ul className="message-list">
          {kase.messages.map((message) => (
            <li key={message.id}>
              <p className="message-meta">
                <span>{message.toMasked}</span>
                <span className={`badge ${MESSAGE_STATUS[message.status].tone}`}>
                  {MESSAGE_STATUS[message.status].label}
                </span>
                <span className="muted">{formatInstant(message.createdAt)}</span>
              </p>
              <p className="pre-line">{message.body}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
