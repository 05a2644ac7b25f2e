import { CorralError } from '../errors.ts';

/**
 * unloaded → loaded (manifest + code validated) → initialized (compiled, init ran) → active ⇄ inactive,
 * and failed from any loading step. `failed → unloaded` is a retry or reload; `active|inactive|loaded →
 * unloaded` is unregister.
 */
export const LIFECYCLE_STATES = ['unloaded', 'loaded', 'initialized', 'active', 'inactive', 'failed'] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

const LEGAL: Record<LifecycleState, readonly LifecycleState[]> = {
  unloaded: ['loaded', 'failed'],
  // loaded → unloaded: unregistering a plugin still waiting for permission approval.
  loaded: ['initialized', 'failed', 'unloaded'],
  initialized: ['active', 'inactive', 'failed'],
  active: ['inactive', 'unloaded'],
  inactive: ['active', 'unloaded'],
  failed: ['unloaded'],
};

export function isLegalTransition(from: LifecycleState, to: LifecycleState): boolean {
  return LEGAL[from].includes(to);
}

export function assertTransition(pluginId: string, from: LifecycleState, to: LifecycleState): void {
  if (!isLegalTransition(from, to)) {
    throw new CorralError(
      'CORRAL_ERR_ILLEGAL_TRANSITION',
      `plugin "${pluginId}" cannot go from ${from} to ${to} (from ${from} it can go to: ${LEGAL[from].join(', ')})`,
    );
  }
}

export interface TransitionRecord {
  from: LifecycleState;
  to: LifecycleState;
  at: string;
  reason: string | null;
}
