/** "sync status" and problem reports. */
import { reportFormCard } from '../../../cards/admin/report-form';
import { reportViewCard } from '../../../cards/admin/report-view';
import { syncMappingsCard } from '../../../cards/admin/sync-mappings';
import { syncPeopleCard } from '../../../cards/admin/sync-people';
import { syncStatusCard } from '../../../cards/admin/sync-status';
import type { CardTemplate } from '../../../cards/render';
import { VERBS } from '../../../cards/verbs';
import type { CommandModule } from '../module';
import { openReport, resolve, showReportForm, submitReport } from './report-problem';
import {
  addMapping,
  exportMappings,
  importMappings,
  removeMapping,
  showMappings,
  showSyncPeople,
  showSyncStatus,
  syncNow,
} from './sync-status';

/** A click has 5 s to answer; the sources are read within 4. */
const CLICK_BUDGET_MS = 4000;

export const adminCommands: CommandModule = {
  intents: {
    syncStatus: (turn) => showSyncStatus(turn),
    reportProblem: showReportForm,
  },
  verbs: {
    [VERBS.adminSyncRefresh]: (turn) => showSyncStatus(turn, { budgetMs: CLICK_BUDGET_MS, fresh: true }),
    [VERBS.adminSyncNow]: syncNow,
    [VERBS.adminSyncPeople]: showSyncPeople,
    [VERBS.adminSyncMap]: addMapping,
    [VERBS.adminSyncMappings]: showMappings,
    [VERBS.adminSyncUnmap]: removeMapping,
    [VERBS.adminSyncExport]: exportMappings,
    [VERBS.adminSyncImport]: importMappings,
    [VERBS.adminReportSubmit]: submitReport,
    [VERBS.adminReportOpen]: openReport,
    [VERBS.adminReportResolve]: resolve,
  },
  cards: [
    syncStatusCard,
    syncPeopleCard,
    syncMappingsCard,
    reportFormCard,
    reportViewCard,
  ] as unknown as ReadonlyArray<CardTemplate<never>>,
};
