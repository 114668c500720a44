import { graphql } from '@/graphql/generated/client';
import type { ManagerOutcomeTemplatesQuery } from '@/graphql/generated/client/graphql';

/** Every outcome template, switched-off ones too, for the manager who keeps them. */
export const MANAGER_OUTCOME_TEMPLATES = graphql(`
  query ManagerOutcomeTemplates {
    outcomeTemplates(includeInactive: true) {
      ...OutcomeTemplateText
      sortOrder
      active
      updatedAt
    }
  }
`);

export type ManagerTemplate = ManagerOutcomeTemplatesQuery['outcomeTemplates'][number];

export const ADD_OUTCOME_TEMPLATE = graphql(`
  mutation AddOutcomeTemplate($input: OutcomeTemplateInput!) {
    addOutcomeTemplate(input: $input) {
      id
    }
  }
`);

export const UPDATE_OUTCOME_TEMPLATE = graphql(`
  mutation UpdateOutcomeTemplate($id: ID!, $input: OutcomeTemplateInput!) {
    updateOutcomeTemplate(id: $id, input: $input) {
      id
    }
  }
`);

export const SET_OUTCOME_TEMPLATE_ACTIVE = graphql(`
  mutation SetOutcomeTemplateActive($id: ID!, $active: Boolean!) {
    setOutcomeTemplateActive(id: $id, active: $active) {
      id
      active
    }
  }
`);
