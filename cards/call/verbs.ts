/** The Action.Execute verbs of call, presence and speed dials. */
export const CALL_VERBS = {} as const;
