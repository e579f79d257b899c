/** The Action.Execute verbs of "sync status" and problem reports. */
export const ADMIN_VERBS = {} as const;
