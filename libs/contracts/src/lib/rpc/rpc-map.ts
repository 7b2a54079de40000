import { z } from 'zod';
import * as ing from './ingestion.rpc';
import * as not from './notifications.rpc';
import * as reg from './registry.rpc';

/** Request/reply subjects with the schemas of their request and response. */
export const RPC_SCHEMAS = {
  [ing.SUBMIT_DOCUMENT_V1]: { request: ing.SubmitDocumentRequestSchema, response: ing.SubmitDocumentResponseSchema },
  [ing.LIST_DOCUMENTS_V1]: { request: ing.ListDocumentsRequestSchema, response: ing.ListDocumentsResponseSchema },
  [ing.GET_DOCUMENT_V1]: { request: ing.GetDocumentRequestSchema, response: ing.GetDocumentResponseSchema },
  [reg.LIST_INITIATIVES_V1]: { request: reg.ListInitiativesRequestSchema, response: reg.ListInitiativesResponseSchema },
  [reg.GET_INITIATIVE_V1]: { request: reg.GetInitiativeRequestSchema, response: reg.GetInitiativeResponseSchema },
  [reg.LIST_PARTNERS_V1]: { request: reg.ListPartnersRequestSchema, response: reg.ListPartnersResponseSchema },
  [reg.LIST_PARTNERSHIPS_V1]: { request: reg.ListPartnershipsRequestSchema, response: reg.ListPartnershipsResponseSchema },
  [not.CREATE_SUBSCRIPTION_V1]: { request: not.CreateSubscriptionRequestSchema, response: not.CreateSubscriptionResponseSchema },
  [not.LIST_SUBSCRIPTIONS_V1]: { request: not.ListSubscriptionsRequestSchema, response: not.ListSubscriptionsResponseSchema },
  [not.GET_SUBSCRIPTION_V1]: { request: not.GetSubscriptionRequestSchema, response: not.SubscriptionSchema },
  [not.DELETE_SUBSCRIPTION_V1]: { request: not.DeleteSubscriptionRequestSchema, response: not.DeleteSubscriptionResponseSchema },
  [not.LIST_DELIVERIES_V1]: { request: not.ListDeliveriesRequestSchema, response: not.ListDeliveriesResponseSchema },
} as const;

export type RpcSubject = keyof typeof RPC_SCHEMAS;
/** What a caller passes (defaults may be omitted). */
export type RpcRequest<S extends RpcSubject> = z.input<(typeof RPC_SCHEMAS)[S]['request']>;
/** What a handler receives after validation (defaults filled in). */
export type RpcParsedRequest<S extends RpcSubject> = z.output<(typeof RPC_SCHEMAS)[S]['request']>;
export type RpcResponse<S extends RpcSubject> = z.infer<(typeof RPC_SCHEMAS)[S]['response']>;

export function isRpcSubject(subject: string): subject is RpcSubject {
  return Object.prototype.hasOwnProperty.call(RPC_SCHEMAS, subject);
}
