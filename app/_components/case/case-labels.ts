import type { RefundBasis, VocKind } from '@/graphql/generated/client/graphql';
import { VOC_KIND_SHORT as DOMAIN_KIND_SHORT } from '@/lib/domain/case-labels';
import KO_LABELS from '@/lib/i18n/messages/ko/labels.json';

// What is left here is Korean only, for the manager's pages until they read the catalog
// (labels.vocKindShort, labels.refundBasis); the agent's pages no longer use it.

/** @deprecated Korean only: use labels.vocKindShort or VocKindBadge. Shared with the CSV export. */
export const VOC_KIND_SHORT: Record<VocKind, string> = DOMAIN_KIND_SHORT;

/** @deprecated Korean only: use the catalog's labels.refundBasis. */
export const REFUND_BASIS_LABEL: Record<RefundBasis, string> = KO_LABELS.refundBasis;
