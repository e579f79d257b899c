/** Graph answers → the project's types. A wrong shape throws WireShapeError ('protocol'). */
import {
  arrayField,
  asObject,
  optBoolean,
  optDate,
  optNumber,
  optObject,
  optString,
  reqString,
  WireShapeError,
} from '../http/wire-read';
import { TEAMS_PHONE_SERVICE_PLAN_ID, TEAMS_PHONE_SKU_IDS } from './ids';
import type {
  AppRegistration,
  AppRoleAssignment,
  GraphPresence,
  GraphRoom,
  GraphUser,
  GroupMember,
  SubscribedSku,
} from './types';

export interface ValuePage<T> {
  items: T[];
  nextLink: string | undefined;
}

/** `{ value: [...], "@odata.nextLink"? }`. */
export function readValuePage<T>(body: unknown, readItem: (item: unknown, what: string) => T): ValuePage<T> {
  const o = asObject(body, 'answer');
  return {
    items: arrayField(o, 'value', 'answer').map((item, i) => readItem(item, `value[${i}]`)),
    nextLink: optString(o, '@odata.nextLink', 'answer'),
  };
}

export function readUser(value: unknown, what = 'user'): GraphUser {
  const o = asObject(value, what);
  const skuIds = arrayField(o, 'assignedLicenses', what).map((l, i) =>
    reqString(
      asObject(l, `${what}.assignedLicenses[${i}]`),
      'skuId',
      `${what}.assignedLicenses[${i}]`,
    ).toLowerCase(),
  );
  const plans = arrayField(o, 'assignedPlans', what).map((p, i) => {
    const w = `${what}.assignedPlans[${i}]`;
    const plan = asObject(p, w);
    return {
      servicePlanId: (optString(plan, 'servicePlanId', w) ?? '').toLowerCase(),
      capabilityStatus: optString(plan, 'capabilityStatus', w),
    };
  });
  const mail = optString(o, 'mail', what);
  const usageLocation = optString(o, 'usageLocation', what)?.trim();
  const country = optString(o, 'country', what)?.trim();
  // assignedPlans decides when it is there (any SKU carrying the Teams Phone plan); the SKU list is
  // the fallback for answers without it.
  const hasTeamsPhoneLicense =
    plans.length > 0
      ? plans.some((p) => p.servicePlanId === TEAMS_PHONE_SERVICE_PLAN_ID && p.capabilityStatus === 'Enabled')
      : skuIds.some((sku) => TEAMS_PHONE_SKU_IDS.includes(sku));
  return {
    id: reqString(o, 'id', what),
    userPrincipalName: reqString(o, 'userPrincipalName', what),
    ...(mail ? { mail } : {}),
    displayName: optString(o, 'displayName', what) ?? '',
    skuIds,
    hasTeamsPhoneLicense,
    ...(usageLocation ? { usageLocation } : {}),
    ...(country ? { country } : {}),
  };
}

export function readApplication(value: unknown, what: string): AppRegistration {
  const o = asObject(value, what);
  return {
    id: reqString(o, 'id', what),
    appId: reqString(o, 'appId', what),
    displayName: optString(o, 'displayName', what) ?? '',
    secrets: arrayField(o, 'passwordCredentials', what).map((c, i) => {
      const w = `${what}.passwordCredentials[${i}]`;
      const cred = asObject(c, w);
      const displayName = optString(cred, 'displayName', w);
      return {
        keyId: reqString(cred, 'keyId', w),
        ...(displayName ? { displayName } : {}),
        expiresAt: optDate(cred, 'endDateTime', w) ?? null,
      };
    }),
    permissions: arrayField(o, 'requiredResourceAccess', what).flatMap((r, i) => {
      const w = `${what}.requiredResourceAccess[${i}]`;
      const resource = asObject(r, w);
      const resourceAppId = reqString(resource, 'resourceAppId', w);
      return arrayField(resource, 'resourceAccess', w).map((a, j) => {
        const access = asObject(a, `${w}.resourceAccess[${j}]`);
        return {
          resourceAppId,
          id: reqString(access, 'id', `${w}.resourceAccess[${j}]`),
          type: optString(access, 'type', `${w}.resourceAccess[${j}]`) ?? 'Role',
        };
      });
    }),
  };
}

export function readAssignment(value: unknown, what: string): AppRoleAssignment {
  const o = asObject(value, what);
  return { appRoleId: reqString(o, 'appRoleId', what), resourceId: reqString(o, 'resourceId', what) };
}

export function readPresence(value: unknown, what = 'presence', fallbackId?: string): GraphPresence {
  const o = asObject(value, what);
  const userId = optString(o, 'id', what) ?? fallbackId;
  if (userId === undefined) throw new WireShapeError(`${what}.id is missing`);
  return {
    userId,
    availability: reqString(o, 'availability', what),
    activity: optString(o, 'activity', what) ?? reqString(o, 'availability', what),
  };
}

export function readRoom(value: unknown, what: string): GraphRoom {
  const o = asObject(value, what);
  const building = optString(o, 'building', what);
  const audio = optString(o, 'audioDeviceName', what);
  const video = optString(o, 'videoDeviceName', what);
  const display = optString(o, DOCUMENTED.displayDevice, what) ?? optString(o, OLD.displayDevice, what);
  return {
    id: reqString(o, 'id', what),
    email: reqString(o, 'emailAddress', what),
    displayName: optString(o, 'displayName', what) ?? reqString(o, 'emailAddress', what),
    capacity: intOrNumericString(o, 'capacity', what),
    ...(building ? { building } : {}),
    floorNumber: intOrNumericString(o, 'floorNumber', what),
    wheelchairAccessible:
      optBoolean(o, DOCUMENTED.wheelchair, what) ?? optBoolean(o, OLD.wheelchair, what) ?? false,
    ...(audio ? { audioDevice: audio } : {}),
    ...(video ? { videoDevice: video } : {}),
    ...(display ? { displayDevice: display } : {}),
    tags: arrayField(o, 'tags', what).map((t, i) => {
      if (typeof t !== 'string') throw new WireShapeError(`${what}.tags[${i}] is not a string`);
      return t;
    }),
  };
}

/**
 * Where Graph's own documents disagree, in one place (vendor facts §3.8): the `room` schema (v1.0
 * metadata, room.md) names `isWheelChairAccessible` and `displayDeviceName` and types `capacity` as
 * Int32; the place-list page's examples still show `isWheelchairAccessible`, `displayDevice` and
 * `capacity` as a string. The schema names are read first, the example spellings as fallbacks, and a
 * capacity or floor written as digits is read as the number.
 */
const DOCUMENTED = { wheelchair: 'isWheelChairAccessible', displayDevice: 'displayDeviceName' } as const;
const OLD = { wheelchair: 'isWheelchairAccessible', displayDevice: 'displayDevice' } as const;

function intOrNumericString(o: Record<string, unknown>, key: string, what: string): number | null {
  const v = o[key];
  if (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v)) return Number(v);
  return optNumber(o, key, what) ?? null;
}

/** A member of a group, or null for one that is not a user (transitiveMembers lists groups and devices too). */
export function readMember(value: unknown, what: string): GroupMember | null {
  const o = asObject(value, what);
  const type = optString(o, '@odata.type', what);
  if (type !== undefined && type !== '#microsoft.graph.user') return null;
  const upn = optString(o, 'userPrincipalName', what);
  return { id: reqString(o, 'id', what), ...(upn ? { userPrincipalName: upn } : {}) };
}

/** One `subscribedSku`: its seats and whether it carries the Teams Phone plan. */
export function readSubscribedSku(value: unknown, what: string): SubscribedSku {
  const o = asObject(value, what);
  const prepaid = optObject(o, 'prepaidUnits', what);
  const plans = arrayField(o, 'servicePlans', what).map((p, i) =>
    (optString(asObject(p, `${what}.servicePlans[${i}]`), 'servicePlanId', what) ?? '').toLowerCase(),
  );
  const skuId = reqString(o, 'skuId', what).toLowerCase();
  return {
    skuId,
    skuPartNumber: optString(o, 'skuPartNumber', what) ?? '',
    enabled: prepaid ? (optNumber(prepaid, 'enabled', `${what}.prepaidUnits`) ?? 0) : 0,
    consumed: optNumber(o, 'consumedUnits', what) ?? 0,
    includesTeamsPhone:
      plans.length > 0 ? plans.includes(TEAMS_PHONE_SERVICE_PLAN_ID) : TEAMS_PHONE_SKU_IDS.includes(skuId),
  };
}
