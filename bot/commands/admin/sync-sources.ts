/**
 * The primary sources of "sync status", read fresh and in parallel: phone-system users and the
 * Teams integration (CloudLink), Teams users with their licences, the presence app registration
 * and its consent (Graph), and the gateway. A source that fails does not hide the others: its
 * part of the card says it could not be checked.
 */
import type {
  AppRegistration,
  AppRoleAssignment,
  CallOptions,
  CloudLinkUser,
  GatewayStatus,
  GraphUser,
  TeamsIntegration,
} from '../../services';
import { isUpstreamError } from '../../services';
import type { BotServices } from '../services';

export interface SourceFailure {
  /** 'cloudlink', 'graph', or 'bot' when the bot itself failed. */
  system: string;
  kind: string;
  status?: number;
  correlationId?: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: SourceFailure };

export interface SyncSources {
  cloudLinkUsers: Outcome<CloudLinkUser[]>;
  teamsUsers: Outcome<GraphUser[]>;
  /** null when the Teams integration has not been added to the account. */
  integration: Outcome<TeamsIntegration | null>;
  gateway: Outcome<GatewayStatus>;
  /** null when the presence app is not registered. */
  application: Outcome<AppRegistration | null>;
  consent: Outcome<AppRoleAssignment[]>;
}

async function outcome<T>(promise: Promise<T>, onFailure: (error: unknown) => void): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    onFailure(error);
    if (isUpstreamError(error)) {
      return {
        ok: false,
        failure: {
          system: error.system,
          kind: error.kind,
          ...(error.status !== undefined ? { status: error.status } : {}),
          ...(error.correlationId !== undefined ? { correlationId: error.correlationId } : {}),
        },
      };
    }
    return { ok: false, failure: { system: 'bot', kind: 'unexpected' } };
  }
}

/** Reads every source at once; `onFailure` hears of each source that failed. */
export async function readSyncSources(
  services: Pick<BotServices, 'cloudlink' | 'graph' | 'settings'>,
  options: CallOptions,
  onFailure: (error: unknown) => void,
): Promise<SyncSources> {
  const { cloudlink, graph, settings } = services;
  const [cloudLinkUsers, teamsUsers, integration, gateway, application, consent] = await Promise.all([
    outcome(cloudlink.listUsers(options), onFailure),
    outcome(graph.listUsers(options), onFailure),
    outcome(cloudlink.getTeamsIntegration(settings.accountId, options), onFailure),
    outcome(cloudlink.getGatewayStatus(settings.accountId, options), onFailure),
    outcome(graph.getApplication(settings.presenceAppId, options), onFailure),
    outcome(graph.getAppRoleAssignments(settings.presenceAppId, options), onFailure),
  ]);
  return { cloudLinkUsers, teamsUsers, integration, gateway, application, consent };
}
