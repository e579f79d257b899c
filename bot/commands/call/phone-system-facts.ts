/**
 * Facts about the organisation's phone system that rarely change and that presence and call
 * placement depend on: the PBX type behind the CloudLink gateway (PBX user presence counts only on
 * MiVoice Office 400; the CloudLink role a caller needs depends on it) and whether CloudLink
 * syncs presence to Teams. Read once and kept for a while, so a turn does not pay for them.
 */
import type { PbxType } from '../../tenant/types';
import { isUpstreamError } from '../../services';
import type { BotServices } from '../services';

export interface PhoneSystemFacts {
  /** null when the gateway could not be read or named a PBX the bot does not know. */
  pbxType: PbxType | null;
  /** Whether CloudLink syncs presence to Teams; null when unknown. */
  presenceSync: boolean | null;
}

const PBX_TYPES: readonly PbxType[] = [
  'MiVoice Office 400',
  'MiVoice 5000',
  'MiVoice MX-ONE',
  'MiVoice Business',
];
const FRESH_MS = 10 * 60_000;
// After a failure, ask again soon rather than on every turn.
const RETRY_MS = 30_000;

interface Cached {
  facts: PhoneSystemFacts;
  expiresAt: number;
}

const cache = new WeakMap<BotServices, Cached>();
const inFlight = new WeakMap<BotServices, Promise<PhoneSystemFacts>>();

/** The cached facts, read from CloudLink when absent or old; never throws (unknown parts are null). */
export async function phoneSystemFacts(
  services: BotServices,
  options: { deadline: number },
): Promise<PhoneSystemFacts> {
  const cached = cache.get(services);
  if (cached && cached.expiresAt > Date.now()) return cached.facts;
  const running = inFlight.get(services);
  if (running) return running;
  const load = read(services, options.deadline).finally(() => inFlight.delete(services));
  inFlight.set(services, load);
  return load;
}

/** Forgets the cached facts (tests). */
export function forgetPhoneSystemFacts(services: BotServices): void {
  cache.delete(services);
}

async function read(services: BotServices, deadline: number): Promise<PhoneSystemFacts> {
  const { cloudlink, settings, logger } = services;
  if (!settings.accountId) return { pbxType: null, presenceSync: null };
  const [gateway, integration] = await Promise.allSettled([
    cloudlink.getGatewayStatus(settings.accountId, { deadline }),
    cloudlink.getTeamsIntegration(settings.accountId, { deadline }),
  ]);
  const named = gateway.status === 'fulfilled' ? gateway.value.pbxType : null;
  const facts: PhoneSystemFacts = {
    pbxType: PBX_TYPES.find((type) => type === named) ?? null,
    presenceSync:
      integration.status === 'fulfilled'
        ? integration.value !== null && integration.value.enabled && integration.value.presenceSync
        : null,
  };
  const failed = [gateway, integration].filter((r) => r.status === 'rejected');
  for (const failure of failed) {
    const error: unknown = failure.reason;
    logger.warn('phone system facts not read', {
      error: isUpstreamError(error)
        ? { system: error.system, operation: error.operation, kind: error.kind }
        : error instanceof Error
          ? error.message
          : String(error),
    });
  }
  cache.set(services, { facts, expiresAt: Date.now() + (failed.length > 0 ? RETRY_MS : FRESH_MS) });
  return facts;
}
