import { graphql } from '@/graphql/generated/client';
import type { OutcomeTemplatesQuery, VocKind } from '@/graphql/generated/client/graphql';

/** What a template says and where it fits: the case page reads these, the manager's list more. */
export const OUTCOME_TEMPLATE_TEXT = graphql(`
  fragment OutcomeTemplateText on OutcomeTemplate {
    id
    key
    kind
    firstResponse
    labelKo
    labelEn
    bodyKo
    bodyEn
  }
`);

/** The active outcome templates, in the order their number keys follow. */
export const OUTCOME_TEMPLATES = graphql(`
  query OutcomeTemplates {
    outcomeTemplates {
      ...OutcomeTemplateText
    }
  }
`);

/** One template as the case page reads it. */
export type OutcomeTemplateItem = OutcomeTemplatesQuery['outcomeTemplates'][number];

/** The templates offered on a case of this kind (those of no kind fit every case); first responses only where asked. */
export function templatesFor(
  templates: readonly OutcomeTemplateItem[],
  kind: VocKind,
  { firstResponse = false } = {},
): OutcomeTemplateItem[] {
  return templates.filter((template) => (template.kind === null || template.kind === kind) && (!firstResponse || template.firstResponse));
}

/** The template a digit key picks: "1" the first, up to "9". */
export function templateOfDigit(templates: readonly OutcomeTemplateItem[], key: string): OutcomeTemplateItem | null {
  if (!/^[1-9]$/.test(key)) return null;
  return templates[Number(key) - 1] ?? null;
}
