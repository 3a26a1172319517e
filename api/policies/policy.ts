// The policy engine: per resource, a table of action → role → rule. Every rule is one line a
// reviewer can check; a missing entry means "not allowed". Routes ask `authorize(...)` and never
// look at roles themselves.
import { ProblemError } from '../plugins/errors.ts';
import type { TokenScope } from '../accounts/schemas.ts';
import { roleOf, type Actor, type PolicyRole, type UserActor } from './actor.ts';

type Rule<R> = (actor: UserActor, resource: R) => boolean;
type AnonymousRule<R> = (resource: R) => boolean;

export type ActionRules<R> = {
  /** The API-token scope this action needs (tokens are limited to it). */
  scope: TokenScope;
  anonymous?: AnonymousRule<R>;
} & Partial<Record<Exclude<PolicyRole, 'anonymous'>, Rule<R>>>;

export type Policy<R, A extends string> = { resource: string; rules: Record<A, ActionRules<R>> };

export function definePolicy<R, A extends string>(resource: string, rules: Record<A, ActionRules<R>>): Policy<R, A> {
  return { resource, rules };
}

export const always = () => true;

export function can<R, A extends string>(policy: Policy<R, A>, actor: Actor, action: A, resource: R): boolean {
  const rules = policy.rules[action];
  if (actor.kind === 'anonymous') return rules.anonymous?.(resource) ?? false;
  if (actor.tokenScopes && !actor.tokenScopes.has(rules.scope)) return false;
  const rule = rules[roleOf(actor) as Exclude<PolicyRole, 'anonymous'>];
  return rule ? rule(actor, resource) : false;
}

/** Every action this actor may take on the resource (the editor shows only those buttons). */
export function allowedActions<R, A extends string>(policy: Policy<R, A>, actor: Actor, resource: R): A[] {
  return (Object.keys(policy.rules) as A[]).filter((action) => can(policy, actor, action, resource));
}

/**
 * Throws when not allowed: 401 for anonymous (signing in may help), 403 for signed-in people.
 * `hide` answers 404 instead, for resources whose existence is itself not public (concepts).
 */
export function authorize<R, A extends string>(
  policy: Policy<R, A>,
  actor: Actor,
  action: A,
  resource: R,
  options: { hide?: boolean } = {},
): void {
  if (can(policy, actor, action, resource)) return;
  if (options.hide) throw new ProblemError('not-found', 'Dit bestaat niet.');
  if (actor.kind === 'anonymous') throw new ProblemError('unauthorized', 'Log in om dit te doen.');
  throw new ProblemError('forbidden', 'Dit mag je niet doen met jouw account.');
}
