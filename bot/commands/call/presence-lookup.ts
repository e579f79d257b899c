/**
 * Reads the live presence sources of one person: the phone line and the presence CloudLink knows
 * (endpoint of the person's extension) and what Teams shows (Graph presence). People without an
 * extension, a line the gateway follows or a Teams account simply lack that part; a source that fails is
 * reported as such rather than failing the card.
 */
import type { EndpointStatus } from '../../services';
import { isUpstreamError } from '../../services';
import type { Logger } from '../../log';
import type { Person } from '../../people';
import type { BotServices } from '../services';

export type LinePart =
  | { kind: 'ok'; extension: string; status: EndpointStatus }
  /** noExtension: none; notMonitored: not in CloudLink or no CloudLink role; noEndpoint: CloudLink has no line. */
  | { kind: 'absent'; reason: 'noExtension' | 'notMonitored' | 'noEndpoint'; extension?: string }
  | { kind: 'failed'; extension: string };

export type TeamsPart =
  | { kind: 'ok'; availability: string; activity: string }
  /** noTeams: the person has no Teams account; unknownToTeams: Graph does not know the account. */
  | { kind: 'absent'; reason: 'noTeams' | 'unknownToTeams' }
  | { kind: 'failed' };

export interface PresenceLookup {
  line: LinePart;
  teams: TeamsPart;
}

/** Reads the person's line and Teams presence in parallel, within the deadline. */
export async function lookUpPresence(
  services: Pick<BotServices, 'cloudlink' | 'graph'>,
  person: Person,
  options: { deadline: number; log: Logger },
): Promise<PresenceLookup> {
  const [line, teams] = await Promise.all([
    readLine(services, person, options),
    readTeams(services, person, options),
  ]);
  return { line, teams };
}

async function readLine(
  services: Pick<BotServices, 'cloudlink'>,
  person: Person,
  options: { deadline: number; log: Logger },
): Promise<LinePart> {
  const extension = person.extension?.trim();
  if (!extension) return { kind: 'absent', reason: 'noExtension' };
  if (!person.inCloudLink) return { kind: 'absent', reason: 'notMonitored', extension };
  try {
    const status = await services.cloudlink.getEndpoint(extension, { deadline: options.deadline });
    // The endpoint itself says whether the gateway follows the line (vendor facts §1.5): a line
    // it does not monitor answers `unknown`. No CloudLink user field says so.
    if (status.state === 'unknown') return { kind: 'absent', reason: 'notMonitored', extension };
    return { kind: 'ok', extension, status };
  } catch (error) {
    if (isUpstreamError(error) && error.kind === 'not-found')
      return { kind: 'absent', reason: 'noEndpoint', extension };
    logFailure(options.log, 'line', error);
    return { kind: 'failed', extension };
  }
}

async function readTeams(
  services: Pick<BotServices, 'graph'>,
  person: Person,
  options: { deadline: number; log: Logger },
): Promise<TeamsPart> {
  if (!person.inTeams || !person.graphUserId) return { kind: 'absent', reason: 'noTeams' };
  try {
    const presence = await services.graph.getPresence(person.graphUserId, { deadline: options.deadline });
    if (presence === null) return { kind: 'absent', reason: 'unknownToTeams' };
    return { kind: 'ok', availability: presence.availability, activity: presence.activity };
  } catch (error) {
    logFailure(options.log, 'teams', error);
    return { kind: 'failed' };
  }
}

function logFailure(log: Logger, part: string, error: unknown): void {
  log.warn('presence part not read', {
    part,
    error: isUpstreamError(error)
      ? { system: error.system, operation: error.operation, kind: error.kind, status: error.status }
      : error instanceof Error
        ? error.message
        : String(error),
  });
}
