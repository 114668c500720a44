import type { ReactNode } from 'react';
import type { SearchPassesQuery } from '@/graphql/generated/client/graphql';
import { formatPeriod, formatWon } from './format';
import { IntegrationBadge } from './lot-badges';

/** A pass the search found. */
export type FoundPass = SearchPassesQuery['searchPasses'][number];

/** Found passes, one row each; on a phone each row becomes a labelled card. An optional last column holds an action per row. */
export function PassTable({
  passes,
  renderAction,
}: {
  passes: readonly FoundPass[];
  renderAction?: (pass: FoundPass) => ReactNode;
}) {
  return (
    <div className="card table-card">
      <table className="table table-stack">
        <caption>정기권 {passes.length}건</caption>
        <thead>
          <tr>
            <th scope="col">차량번호</th>
            <th scope="col">고객</th>
            <th scope="col">주차장</th>
            <th scope="col">기간</th>
            <th scope="col" className="numeric">
              결제금액
            </th>
            <th scope="col">등록 여부</th>
            {renderAction && (
              <th scope="col">
                <span className="visually-hidden">선택</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {passes.map((pass) => (
            <tr key={pass.id}>
              <th scope="row" data-label="차량번호" className="nowrap">
                {pass.plate}
              </th>
              <td data-label="고객">
                <span>
                  {pass.customer.name}
                  <span className="cell-sub">{pass.customer.phoneMasked}</span>
                </span>
              </td>
              <td data-label="주차장">
                <span>
                  {pass.lot.name} <IntegrationBadge integration={pass.lot.integration} />
                </span>
              </td>
              <td data-label="기간" className="nowrap">
                {formatPeriod(pass.startsOn, pass.endsOn)}
              </td>
              <td data-label="결제금액" className="numeric">
                {formatWon(pass.amountPaid)}
              </td>
              <td data-label="등록 여부">
                <span>
                  <span className={`badge ${pass.registered ? 'badge-success' : 'badge-danger'}`}>
                    {pass.registered ? '등록됨' : '미등록'}
                  </span>
                </span>
              </td>
              {renderAction && <td className="row-action">{renderAction(pass)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
