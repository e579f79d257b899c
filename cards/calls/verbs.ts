/** The Action.Execute verbs of the call log ("my calls"). */
export const CALLS_VERBS = {} as const;
