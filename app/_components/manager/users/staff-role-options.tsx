import { useTranslations } from 'next-intl';
import { STAFF_ROLES } from './staff-roles';

/** A role select's choices: first the empty one (`emptyLabel`: all roles, or none chosen yet), then each staff role. */
export function StaffRoleOptions({ emptyLabel }: { emptyLabel: string }) {
  const t = useTranslations('labels.role');
  return (
    <>
      <option value="">{emptyLabel}</option>
      {STAFF_ROLES.map((role) => (
        <option key={role} value={role}>
          {t(role)}
        </option>
      ))}
    </>
  );
}
