/** The three upstream systems the simulators stand in for (the same names as the service clients use). */
export type SimSystem = 'cloudlink' | 'cronofy' | 'graph';

export const SIM_SYSTEMS: readonly SimSystem[] = ['cloudlink', 'cronofy', 'graph'];
