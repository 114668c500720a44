import type { ManagerLotsQuery } from '@/graphql/generated/client/graphql';
import { CallButtonBadge, IntegrationBadge } from './lot-badges';

type Lot = ManagerLotsQuery['lots'][number];

/** One operator's lots as a table; on a phone each row becomes a labelled card. */
export function OperatorLotsTable({ operatorName, lots }: { operatorName: string; lots: readonly Lot[] }) {
  return (
    <div className="card table-card">
      <table className="table table-stack table-lots">
        <caption className="visually-hidden">{operatorName} 주차장 목록</caption>
        <thead>
          <tr>
            <th scope="col">주차장</th>
            <th scope="col">주소</th>
            <th scope="col">연동</th>
            <th scope="col">호출버튼</th>
          </tr>
        </thead>
        <tbody>
          {lots.map((lot) => (
            <tr key={lot.id}>
              <th scope="row" data-label="주차장">
                {lot.name}
              </th>
              <td data-label="주소">{lot.address}</td>
              <td data-label="연동">
                <span>
                  <IntegrationBadge integration={lot.integration} />
                </span>
              </td>
              <td data-label="호출버튼">
                <span>
                  <CallButtonBadge hasExitCallButton={lot.hasExitCallButton} />
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
