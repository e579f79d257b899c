/**
 * The Action.Execute verbs of the call log ("my calls"). Call back uses `call.place` (cards/call/verbs.ts).
 */
export const CALLS_VERBS = {
  /**
   * Shows one page of the clicker's call log: `{ filter, period?, peerKey?, peerNumber?, page }`
   * (CallsPageData in bot/commands/calls/view.ts). Filters, periods, Next and Previous all use it.
   */
  callsPage: 'calls.page',
} as const;
