// The policies, role by role: every role × action × kind of resource, against an expectation
// table written out by hand (not derived from the rules), so a changed rule fails here.
import t from 'tap';
import type { TokenScope, UserRole } from '../../api/accounts/schemas.ts';
import {
  accountActions,
  accountPolicy,
  anonymous,
  can,
  listingActions,
  listingPolicy,
  organisationActions,
  organisationPolicy,
  type Actor,
  type ListingAction,
  type ListingResource,
  type OrganisationAction,
  type OrganisationResource,
} from '../../api/policies/index.ts';

const NOORD = 'GM0363N';
const ZUID = 'GM0363K';

function user(role: UserRole, extra: { orgs?: string[]; trusted?: string[]; areas?: string[]; themes?: string[]; tokenScopes?: TokenScope[] } = {}): Actor {
  return {
    kind: 'user',
    id: `${role}-id`,
    name: role,
    role,
    organisationIds: new Set(extra.orgs ?? []),
    trustedOrganisationIds: new Set(extra.trusted ?? []),
    scope: { areas: extra.areas ?? [], themes: extra.themes ?? [] },
    tokenScopes: extra.tokenScopes ? new Set(extra.tokenScopes) : null,
  };
}

const actors: Record<string, Actor> = {
  anonymous,
  memberA: user('member', { orgs: ['A'] }),
  memberT: user('member', { orgs: ['T'], trusted: ['T'] }),
  memberNone: user('member'),
  stewardAll: user('steward'),
  stewardNoord: user('steward', { areas: [NOORD] }),
  stewardTheme: user('steward', { themes: ['ontmoeting'] }),
  professional: user('professional'),
  analyst: user('analyst'),
  admin: user('admin'),
};

const listing = (status: ListingResource['status'], organisationId: string | null, area: string, theme = 'plezier'): ListingResource => ({
  status,
  organisationId,
  areaCodes: ['GM0363', area],
  themes: [theme],
});

const resources: Record<string, ListingResource> = {
  pubA: listing('gepubliceerd', 'A', NOORD),
  conceptA: listing('concept', 'A', NOORD),
  terA: listing('ter_controle', 'A', NOORD),
  archivedA: listing('gearchiveerd', 'A', NOORD),
  pubB: listing('gepubliceerd', 'B', ZUID, 'ontmoeting'),
  conceptB: listing('concept', 'B', ZUID, 'ontmoeting'),
  pubT: listing('gepubliceerd', 'T', ZUID),
  unowned: listing('gepubliceerd', null, NOORD),
};

const published = ['pubA', 'pubB', 'pubT', 'unowned'];
const ofA = ['pubA', 'conceptA', 'terA', 'archivedA'];
const inNoord = [...ofA, 'unowned'];
const inTheme = ['pubB', 'conceptB'];
const everything = Object.keys(resources);

/** The stewards and the admin act the same for most actions: their scope decides. */
const stewardsAndAdmin = { stewardAll: everything, stewardNoord: inNoord, stewardTheme: inTheme, admin: everything };
const ownersStewardsAdmin = { memberA: ofA, memberT: ['pubT'], ...stewardsAndAdmin };

/** Who may do each action to which resources; anyone not named may do nothing. */
const expected: Record<ListingAction, Record<string, string[]>> = {
  read: {
    anonymous: published,
    memberA: [...published, 'conceptA', 'terA', 'archivedA'],
    memberT: published,
    memberNone: published,
    professional: published,
    analyst: published,
    stewardAll: everything,
    stewardNoord: [...published, 'conceptA', 'terA', 'archivedA'],
    stewardTheme: [...published, 'conceptB'],
    admin: everything,
  },
  create: ownersStewardsAdmin,
  update: { memberA: ['conceptA', 'terA', 'archivedA'], memberT: ['pubT'], ...stewardsAndAdmin },
  propose: { memberA: ['pubA'] },
  submit: ownersStewardsAdmin,
  publish: { memberT: ['pubT'], ...stewardsAndAdmin },
  unpublish: ownersStewardsAdmin,
  archive: ownersStewardsAdmin,
  restore: ownersStewardsAdmin,
  verify: ownersStewardsAdmin,
  readHistory: ownersStewardsAdmin,
  readReports: ownersStewardsAdmin,
  resolveReports: ownersStewardsAdmin,
  moderate: stewardsAndAdmin,
  merge: stewardsAndAdmin,
  claim: { memberA: ['unowned'], memberT: ['unowned'] },
};

t.test('listing policy: every role × action × resource', async (t) => {
  t.same([...listingActions].sort(), Object.keys(expected).sort(), 'the table covers every action');
  for (const action of listingActions) {
    for (const [actorName, actor] of Object.entries(actors)) {
      for (const [resourceName, resource] of Object.entries(resources)) {
        const want = (expected[action][actorName] ?? []).includes(resourceName);
        t.equal(can(listingPolicy, actor, action, resource), want, `${actorName} ${want ? 'may' : 'may not'} ${action} ${resourceName}`);
      }
    }
  }
});

t.test('editor of organisation A cannot touch organisation B', async (t) => {
  for (const action of listingActions) {
    if (action === 'read') continue;
    t.notOk(can(listingPolicy, actors.memberA!, action, resources.pubB!), `memberA: ${action} pubB`);
    t.notOk(can(listingPolicy, actors.memberA!, action, resources.conceptB!), `memberA: ${action} conceptB`);
  }
});

t.test('concept listings are invisible to the public', async (t) => {
  for (const name of ['anonymous', 'memberNone', 'professional', 'analyst', 'memberT']) {
    for (const r of ['conceptA', 'terA', 'archivedA', 'conceptB']) t.notOk(can(listingPolicy, actors[name]!, 'read', resources[r]!), `${name} cannot read ${r}`);
  }
});

t.test('an API token never allows more than its scopes, even for an admin', async (t) => {
  const readOnly = user('admin', { tokenScopes: ['listings:read'] });
  t.ok(can(listingPolicy, readOnly, 'read', resources.conceptB!));
  for (const action of ['create', 'update', 'publish', 'archive', 'moderate', 'merge'] as const) {
    t.notOk(can(listingPolicy, readOnly, action, resources.pubA!), `read-only token: ${action}`);
  }
  const moderation = user('steward', { tokenScopes: ['moderation'] });
  t.ok(can(listingPolicy, moderation, 'moderate', resources.pubA!));
  t.notOk(can(listingPolicy, moderation, 'update', resources.pubA!), 'a moderation token cannot edit');
});

const organisations: Record<string, OrganisationResource> = {
  A: { id: 'A', status: 'actief' },
  B: { id: 'B', status: 'actief' },
  newA: { id: 'A', status: 'ter_controle' },
  newB: { id: 'B', status: 'ter_controle' },
  oldB: { id: 'B', status: 'gearchiveerd' },
};
const allOrgs = Object.keys(organisations);
const visible = ['A', 'B', 'oldB'];
const gemeente = { stewardAll: allOrgs, stewardNoord: allOrgs, stewardTheme: allOrgs, admin: allOrgs };

const expectedOrganisation: Record<OrganisationAction, Record<string, string[]>> = {
  read: {
    anonymous: visible,
    memberA: [...visible, 'newA'],
    memberT: visible,
    memberNone: visible,
    professional: visible,
    analyst: visible,
    ...gemeente,
  },
  create: { memberA: allOrgs, memberT: allOrgs, memberNone: allOrgs, ...gemeente },
  update: { memberA: ['A', 'newA'], ...gemeente },
  approve: gemeente,
  setTrusted: gemeente,
  invite: { memberA: ['A'], ...gemeente },
  archive: gemeente,
  readMembers: { memberA: ['A', 'newA'], ...gemeente },
};

t.test('organisation policy: every role × action × resource', async (t) => {
  t.same([...organisationActions].sort(), Object.keys(expectedOrganisation).sort(), 'the table covers every action');
  for (const action of organisationActions) {
    for (const [actorName, actor] of Object.entries(actors)) {
      for (const [resourceName, resource] of Object.entries(organisations)) {
        const want = (expectedOrganisation[action][actorName] ?? []).includes(resourceName);
        t.equal(can(organisationPolicy, actor, action, resource), want, `${actorName} ${want ? 'may' : 'may not'} ${action} organisation ${resourceName}`);
      }
    }
  }
});

t.test('account policy: only admins give gemeente roles; stewards invite members', async (t) => {
  const roles: UserRole[] = ['member', 'steward', 'professional', 'analyst', 'admin'];
  for (const action of accountActions) {
    for (const [actorName, actor] of Object.entries(actors)) {
      for (const role of roles) {
        const want = actorName === 'admin' || (action === 'invite' && actorName.startsWith('steward') && role === 'member');
        t.equal(can(accountPolicy, actor, action, { role }), want, `${actorName} ${want ? 'may' : 'may not'} ${action} (${role})`);
      }
    }
  }
});
