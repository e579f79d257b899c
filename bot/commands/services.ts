/**
 * Everything a command may use, built once by the composition root (bot/index.ts). Tests build the
 * same object over the simulators.
 */
import type { CloudLinkClient, CronofyClient, GraphClient } from '../services';
import type { ActionRateLimiter } from '../state/action-rates';
import type { ClaimStore } from '../state/claims';
import type { JsonStore } from '../state/json-store';
import type { CountryCode } from '../domain/phone-number';
import type { Logger } from '../log';
import type { PeopleDirectory } from '../people';
import type { IdentityMapStore } from '../people/identity-map';
import type { PbxType } from '../tenant/types';
import type { SyncSourceCache } from './admin/sync-sources';

export interface OrganisationSettings {
  /** The CloudLink account of the credentials. */
  accountId: string;
  /**
   * The PBX behind the CloudLink gateway (PBX_TYPE; a demo tenant's `pbx.type`). CloudLink
   * publishes no API that names it (vendor facts §1.11); null when not configured.
   */
  pbxType: PbxType | null;
  /** The presence integration's app registration (checked by "sync status"). */
  presenceAppId: string;
  /** Entra group of the bot's admins. */
  adminGroupId: string;
  /** The organisation's IANA time zone. */
  timeZone: string;
  /** ISO country used to read national phone numbers ("01 23 45 67 89"). */
  defaultCountry: CountryCode;
}

export interface BotServices {
  cloudlink: CloudLinkClient;
  cronofy: CronofyClient;
  graph: GraphClient;
  /** Everyone in the phone system and the directory, indexed; refreshed in the background. */
  people: PeopleDirectory;
  /** The last complete reading of what "sync status" checks. */
  syncSources: SyncSourceCache;
  store: JsonStore;
  /** The bot's identity map: manual mappings and the last applied sync. */
  identityMap: IdentityMapStore;
  claims: ClaimStore;
  /** Bounds on calls placed and rooms booked per person. */
  actionRates: ActionRateLimiter;
  settings: OrganisationSettings;
  logger: Logger;
}
