// Account administration: only admins manage people and invite gemeente roles.
import type { UserRole } from '../accounts/schemas.ts';
import { always, definePolicy } from './policy.ts';

/** The role an invitation or change would give. */
export type AccountResource = { role: UserRole };

export const accountActions = ['invite', 'list', 'update'] as const;
export type AccountAction = (typeof accountActions)[number];

export const accountPolicy = definePolicy<AccountResource, AccountAction>('account', {
  /** Stewards invite organisation members; only admins give gemeente roles. */
  invite: { scope: 'accounts', steward: (_a, r) => r.role === 'member', admin: always },
  list: { scope: 'accounts', admin: always },
  update: { scope: 'accounts', admin: always },
});
