/**
 * The bundled demo tenant (bot/tenant/demo-tenant.json, written by
 * `npx tsx scripts/generate-demo-tenant.ts`) and the person to sign in as when trying it.
 *
 * The signed-in demo user is Hélène D'Almeida-Ferreira, IT manager in Lyon: an admin with the
 * CTI role, extension 2101, a work, mobile and home number, a full call log (newest a few
 * minutes ago) and upcoming room bookings. Her identity is fixed so that a Teams member maps to
 * her by UPN, e-mail or Entra object id. The object id is the one the Microsoft 365 Agents
 * Playground gives its default user (Alex Wilber), so the Playground maps to her out of the box.
 *
 * Nothing in the bot may depend on these names: tests and acceptance checks bring tenants of
 * their own.
 */
export { loadDemoTenant, DEMO_TENANT_FILE, DEMO_TENANT_SOURCE } from './load';

export const DEMO_SIGNED_IN_PERSON_ID = 'p-helene-dalmeida-ferreira';
export const DEMO_SIGNED_IN_UPN = 'helene.dalmeida-ferreira@lumiere-group.example';
export const DEMO_SIGNED_IN_EMAIL = 'helene.dalmeida-ferreira@lumiere-group.example';
export const DEMO_SIGNED_IN_AAD_OBJECT_ID = '00000000-0000-0000-0000-0000000000020';
