// All policies in one place: import from here.
export { anonymous, policyRoles, roleOf, type Actor, type PolicyRole, type UserActor } from './actor.ts';
export { allowedActions, authorize, can } from './policy.ts';
export { hiddenUnlessReadable, listingActions, listingPolicy, listingResource, inScope, type ListingAction, type ListingResource } from './listing.ts';
export { organisationActions, organisationPolicy, type OrganisationAction, type OrganisationResource } from './organisation.ts';
export { accountActions, accountPolicy, type AccountAction, type AccountResource } from './account.ts';
