/** Well-known Microsoft identifiers the bot checks (ARCHITECTURE.md, "Microsoft Graph"). */

/**
 * The Teams Phone service plan (MCOEV, "Microsoft 365 Phone System"), inside Teams Phone Standard,
 * the E5 suites, Teams Rooms and others (vendor facts §3.1, G-LIC). A user has Teams Phone when an
 * `assignedPlans` entry carries this id with `capabilityStatus` `Enabled`.
 */
export const TEAMS_PHONE_SERVICE_PLAN_ID = '4828c8ec-dc2e-4779-b502-87ac9ce28ab7';

/** Licences that include Teams Phone, read when `assignedPlans` says nothing: Teams Phone Standard and Office 365 E5. */
export const TEAMS_PHONE_SKU_IDS: readonly string[] = [
  'e43b5b99-8dfb-405f-9987-dc307f34bcbd',
  'c7df2760-2c81-4ef7-b578-5b5392b571df',
];

/** The Microsoft Graph resource application. */
export const GRAPH_RESOURCE_APP_ID = '00000003-0000-0000-c000-000000000000';

/** Graph application roles the presence integration needs. */
export const PRESENCE_READWRITE_ALL_ROLE_ID = '83cded22-8297-4ff6-a7fa-e97e9545a259';
export const USER_READ_ALL_ROLE_ID = 'df021288-bdef-4463-88db-98f22de89214';
