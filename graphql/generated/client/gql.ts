/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ManagerLots {\n    lots {\n      id\n      name\n      address\n      integration\n      hasExitCallButton\n      operator {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ManagerLotsDocument,
    "\n  query OperatorLots {\n    lots {\n      id\n      name\n      address\n      integration\n      hasExitCallButton\n    }\n  }\n": typeof types.OperatorLotsDocument,
    "\n  query SearchPasses($plate: String, $phoneLast4: String) {\n    searchPasses(plate: $plate, phoneLast4: $phoneLast4) {\n      id\n      plate\n      startsOn\n      endsOn\n      amountPaid\n      registered\n      customer {\n        id\n        name\n        phoneMasked\n      }\n      lot {\n        id\n        name\n        integration\n      }\n    }\n  }\n": typeof types.SearchPassesDocument,
    "\n  query ViewerOperator {\n    viewer {\n      id\n      role\n      operator {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerOperatorDocument,
};
const documents: Documents = {
    "\n  query ManagerLots {\n    lots {\n      id\n      name\n      address\n      integration\n      hasExitCallButton\n      operator {\n        id\n        name\n      }\n    }\n  }\n": types.ManagerLotsDocument,
    "\n  query OperatorLots {\n    lots {\n      id\n      name\n      address\n      integration\n      hasExitCallButton\n    }\n  }\n": types.OperatorLotsDocument,
    "\n  query SearchPasses($plate: String, $phoneLast4: String) {\n    searchPasses(plate: $plate, phoneLast4: $phoneLast4) {\n      id\n      plate\n      startsOn\n      endsOn\n      amountPaid\n      registered\n      customer {\n        id\n        name\n        phoneMasked\n      }\n      lot {\n        id\n        name\n        integration\n      }\n    }\n  }\n": types.SearchPassesDocument,
    "\n  query ViewerOperator {\n    viewer {\n      id\n      role\n      operator {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerOperatorDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerLots {\n    lots {\n      id\n      name\n      address\n      integration\n      hasExitCallButton\n      operator {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManagerLots {\n    lots {\n      id\n      name\n      address\n      integration\n      hasExitCallButton\n      operator {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorLots {\n    lots {\n      id\n      name\n      address\n      integration\n      hasExitCallButton\n    }\n  }\n"): (typeof documents)["\n  query OperatorLots {\n    lots {\n      id\n      name\n      address\n      integration\n      hasExitCallButton\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPasses($plate: String, $phoneLast4: String) {\n    searchPasses(plate: $plate, phoneLast4: $phoneLast4) {\n      id\n      plate\n      startsOn\n      endsOn\n      amountPaid\n      registered\n      customer {\n        id\n        name\n        phoneMasked\n      }\n      lot {\n        id\n        name\n        integration\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchPasses($plate: String, $phoneLast4: String) {\n    searchPasses(plate: $plate, phoneLast4: $phoneLast4) {\n      id\n      plate\n      startsOn\n      endsOn\n      amountPaid\n      registered\n      customer {\n        id\n        name\n        phoneMasked\n      }\n      lot {\n        id\n        name\n        integration\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerOperator {\n    viewer {\n      id\n      role\n      operator {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ViewerOperator {\n    viewer {\n      id\n      role\n      operator {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;