/** The Action.Execute verbs of "sync status" and problem reports. */
export const ADMIN_VERBS = {
  /** Reads the sources again and replaces the card: `{}`. */
  adminSyncRefresh: 'admin.sync.refresh',
  /** Runs the user sync, then recomputes: `{ nonce }`. */
  adminSyncNow: 'admin.sync.now',
  /** One page of the people who will not sync: `{ page }`. */
  adminSyncPeople: 'admin.sync.people',
  /** Adds the manual mapping of a mismatched person: `{ cloudLinkId, teamsId, nonce, page? }`. */
  adminSyncMap: 'admin.sync.map',
  /** The manual mappings the bot keeps, one page: `{ page }`. */
  adminSyncMappings: 'admin.sync.mappings',
  /** Removes one manual mapping: `{ upn, email, nonce, page }`. */
  adminSyncUnmap: 'admin.sync.unmap',
  /** Shows the manual mappings as the manual-sync CSV: `{ page }`. */
  adminSyncExport: 'admin.sync.export',
  /** Imports the manual-sync CSV pasted in the card's `csv` input: `{ nonce }`. */
  adminSyncImport: 'admin.sync.import',
  /** Files a problem report from the form: `{ nonce, category, details }`. */
  adminReportSubmit: 'admin.report.submit',
  /** Shows one problem report to an admin: `{ id }`. */
  adminReportOpen: 'admin.report.open',
  /** Marks a problem report resolved: `{ id }`. */
  adminReportResolve: 'admin.report.resolve',
} as const;
