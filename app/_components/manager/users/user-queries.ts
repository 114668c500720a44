import { graphql } from '@/graphql/generated/client';

/** A staff account as the table lists it. */
export const STAFF_USER_FIELDS = graphql(`
  fragment StaffUserFields on User {
    id
    name
    email
    role
    active
    operator {
      id
      name
    }
  }
`);

/** Every staff account, and who is looking (a manager may not deactivate themselves). */
export const STAFF_USERS = graphql(`
  query StaffUsers {
    viewer {
      id
    }
    users {
      ...StaffUserFields
    }
  }
`);

/** The operators a new operator account can belong to. */
export const OPERATOR_CHOICES = graphql(`
  query OperatorChoices {
    operators {
      id
      name
    }
  }
`);

/** Adds a staff account. */
export const CREATE_STAFF_USER = graphql(`
  mutation CreateStaffUser($input: UserInput!) {
    createUser(input: $input) {
      ...StaffUserFields
    }
  }
`);

/** Deactivates or reactivates an account; the cache updates the row by id. */
export const SET_USER_ACTIVE = graphql(`
  mutation SetUserActive($id: ID!, $active: Boolean!) {
    setUserActive(id: $id, active: $active) {
      id
      active
    }
  }
`);
