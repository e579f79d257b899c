/**
 * What GET /readyz reports: whether this instance can serve turns. It is ready once the people
 * directory's first load is done and no upstream circuit is open; otherwise the body names the
 * part that is not ready. Only states and system names: no personal data, nothing secret.
 */
import type { CircuitState } from '../services/http/circuit-breaker';
import type { UpstreamSystem } from '../services';

export interface ReadinessSources {
  circuits: Record<UpstreamSystem, () => CircuitState>;
  directory: () => { loaded: boolean; failedSource?: UpstreamSystem };
}

export interface ReadinessReport {
  status: 'ready' | 'not-ready';
  /** The parts that are not ready, e.g. "directory" or "circuit:cloudlink". */
  notReady: string[];
  circuits: Record<UpstreamSystem, CircuitState>;
  directory: { loaded: boolean; failedSource?: UpstreamSystem };
}

/** A half-open circuit is letting a trial through: the system may be back, so it does not block readiness. */
export function readiness(sources: ReadinessSources): ReadinessReport {
  const circuits = {
    cloudlink: sources.circuits.cloudlink(),
    graph: sources.circuits.graph(),
    cronofy: sources.circuits.cronofy(),
  };
  const directory = sources.directory();
  const notReady: string[] = [];
  if (!directory.loaded) notReady.push('directory');
  for (const [system, state] of Object.entries(circuits)) {
    if (state === 'open') notReady.push(`circuit:${system}`);
  }
  return { status: notReady.length === 0 ? 'ready' : 'not-ready', notReady, circuits, directory };
}
