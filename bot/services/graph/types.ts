/** Microsoft Graph as the rest of the bot sees it: no wire objects here. */
import type { TokenCredential } from '@azure/identity';
import type { CallOptions } from '../http/http-client';
import type { CommonServiceConfig } from '../http/service-deps';

export interface GraphConfig extends CommonServiceConfig {
  /** `https://graph.microsoft.com/v1.0`. */
  baseUrl: string;
  /** `https://login.microsoftonline.com`. */
  loginUrl: string;
  tenantId: string;
  /** For the client-credentials grant the bot posts itself (a plain-http login on this machine). */
  credentials: { clientId: string; clientSecret: string };
  /** An `@azure/identity` credential; when set, tokens come from it and `credentials` is unused. */
  credential?: TokenCredential;
  /** Sent as the User-Agent. */
  appName?: string;
  /** Presence batches in flight at once (default 2). */
  presenceConcurrency?: number;
}

export interface GraphUser {
  id: string;
  userPrincipalName: string;
  mail?: string;
  displayName: string;
  skuIds: string[];
  hasTeamsPhoneLicense: boolean;
  /** Where the user works, as an ISO 3166 alpha-2 code (licensing requires it). */
  usageLocation?: string;
  /** The country or region of the user's profile, free text ("France", "BR"). */
  country?: string;
}

export interface AppSecret {
  keyId: string;
  displayName?: string;
  expiresAt: Date | null;
}

export interface AppPermission {
  resourceAppId: string;
  /** The app role (or scope) id. */
  id: string;
  /** 'Role' (application permission) or 'Scope' (delegated). */
  type: string;
}

export interface AppRegistration {
  id: string;
  appId: string;
  displayName: string;
  secrets: AppSecret[];
  /** The permissions the registration requests (`requiredResourceAccess`). */
  permissions: AppPermission[];
}

export interface AppRoleAssignment {
  appRoleId: string;
  resourceId: string;
}

export interface GraphPresence {
  userId: string;
  availability: string;
  activity: string;
}

export interface SetPresenceRequest extends CallOptions {
  /** The application id setting the presence. */
  sessionId: string;
  availability: string;
  activity: string;
  /** How long the presence holds (5–240 minutes, default 5). */
  expirationMinutes?: number;
}

export interface GraphRoom {
  id: string;
  email: string;
  displayName: string;
  capacity: number | null;
  building?: string;
  floorNumber: number | null;
  wheelchairAccessible: boolean;
  audioDevice?: string;
  videoDevice?: string;
  displayDevice?: string;
  tags: string[];
}

export interface GroupMember {
  id: string;
  userPrincipalName?: string;
}

/** One licence subscription of the organisation (`GET /subscribedSkus`, vendor facts §3.2). */
export interface SubscribedSku {
  skuId: string;
  skuPartNumber: string;
  /** Seats bought and active (`prepaidUnits.enabled`). */
  enabled: number;
  /** Seats assigned to users (`consumedUnits`). */
  consumed: number;
  /** Whether the SKU carries the Teams Phone service plan (MCOEV). */
  includesTeamsPhone: boolean;
}
