import { AuthenticatedRequest } from '../http/api-access.guard';

/** Who an administrative change is recorded as: the API key's id, as other routes record it. */
export function apiActorOf(request: AuthenticatedRequest): string {
  const principal = request.principal as { keyId?: string } | undefined;
  return `api:${principal?.keyId ?? 'unknown'}`;
}
