import { toApiError, type ApiErrorMessageKey } from '../api/ApiError.js';

/** Translation keys of the access-control errors people can do something about; see da.access.json. */
export type AccessErrorKey =
  | 'access.errors.lastFacilitator'
  | 'access.errors.memberNotFound'
  | 'access.errors.notAllowed'
  | 'access.errors.unknownOrganisation'
  | 'access.errors.invitationNotFound'
  | 'access.errors.invitationExpired'
  | 'access.errors.invitationRevoked'
  | 'access.errors.invitationUsedUp'
  | 'access.errors.emailTaken'
  | 'access.errors.invalidCredentials'
  | 'access.errors.tooManyAttempts'
  | 'access.errors.invalidInput';

const BY_CODE: Record<string, AccessErrorKey> = {
  last_facilitator: 'access.errors.lastFacilitator',
  member_not_found: 'access.errors.memberNotFound',
  forbidden: 'access.errors.notAllowed',
  people_only: 'access.errors.notAllowed',
  unknown_organisation: 'access.errors.unknownOrganisation',
  invitation_not_found: 'access.errors.invitationNotFound',
  invitation_expired: 'access.errors.invitationExpired',
  invitation_revoked: 'access.errors.invitationRevoked',
  invitation_used_up: 'access.errors.invitationUsedUp',
  email_taken: 'access.errors.emailTaken',
  invalid_credentials: 'access.errors.invalidCredentials',
  too_many_attempts: 'access.errors.tooManyAttempts',
  invalid_request: 'access.errors.invalidInput',
};

/**
 * The plain-language message for a failed access-control request: the server's own code when we have a
 * sentence for it (`last_facilitator`, `invitation_expired`, …), else the general message for its kind.
 */
export function accessErrorKey(error: unknown): AccessErrorKey | ApiErrorMessageKey {
  const apiError = toApiError(error);
  return BY_CODE[apiError.code] ?? apiError.messageKey;
}

/** Why an invitation link cannot be used, from the error of previewing or using it; null for other failures. */
export type DeadLinkReason = 'notFound' | 'expired' | 'revoked' | 'usedUp';

const DEAD_LINK: Record<string, DeadLinkReason> = {
  invitation_not_found: 'notFound',
  invitation_expired: 'expired',
  invitation_revoked: 'revoked',
  invitation_used_up: 'usedUp',
};

export function deadLinkReason(error: unknown): DeadLinkReason | null {
  return DEAD_LINK[toApiError(error).code] ?? null;
}
