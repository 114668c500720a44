/** The demo's accounts, shown under the sign-in form only in demo mode. */
export function DemoAccountsNote() {
  return (
    <aside className="demo-note" aria-label="데모 계정 안내">
      <p>데모 계정 (비밀번호 모두 demo-pass-1234)</p>
      <ul>
        <li>상담사: agent@demo.test</li>
        <li>운영사: operator@demo.test</li>
        <li>관리자: manager@demo.test</li>
      </ul>
    </aside>
  );
}
