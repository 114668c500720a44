import { useTranslations } from 'next-intl';
import { ValueOptions } from '../../ui/value-options';
import { STAFF_ROLES } from './staff-roles';

/** A role select's choices: first the empty one (`emptyLabel`: all roles, or none chosen yet), then each staff role. */
export function StaffRoleOptions({ emptyLabel }: { emptyLabel: string }) {
  const t = useTranslations('labels.role');
  return <ValueOptions values={STAFF_ROLES} label={(role) => t(role)} none={emptyLabel} />;
}
