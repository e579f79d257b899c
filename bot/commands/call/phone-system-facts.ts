/**
 * Facts about the organisation's phone system that presence and call placement depend on: the
 * PBX type behind the CloudLink gateway (PBX user presence counts only on MiVoice Office 400; the
 * CloudLink role a caller needs depends on it) and whether CloudLink syncs presence to Teams.
 * CloudLink publishes no API for either (vendor facts §1.11: no gateway status, no Teams
 * integration route), so the PBX type is the configured one (PBX_TYPE; a demo tenant's) and
 * presence sync is unknown. No request is made.
 */
import type { PbxType } from '../../tenant/types';
import type { BotServices } from '../services';

export interface PhoneSystemFacts {
  /** null when no PBX type is configured. */
  pbxType: PbxType | null;
  /** Whether CloudLink syncs presence to Teams; null: no API says (checked in the Account Console). */
  presenceSync: boolean | null;
}

/** The facts, from the settings (never throws; `options` kept for callers that pass a deadline). */
export async function phoneSystemFacts(
  services: Pick<BotServices, 'settings'>,
  _options: { deadline: number },
): Promise<PhoneSystemFacts> {
  return Promise.resolve({ pbxType: services.settings.pbxType, presenceSync: null });
}
