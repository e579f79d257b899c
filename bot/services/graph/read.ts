/** Graph answers → the project's types. A wrong shape throws WireShapeError ('protocol'). */
import {
  arrayField,
  asObject,
  optBoolean,
  optDate,
  optNumber,
  optString,
  reqString,
  WireShapeError,
} from '../http/wire-read';
import { TEAMS_PHONE_SKU_IDS } from './ids';
import type {
  AppRegistration,
  AppRoleAssignment,
  GraphPresence,
  GraphRoom,
  GraphUser,
  GroupMember,
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
  const mail = optString(o, 'mail', what);
  return {
    id: reqString(o, 'id', what),
    userPrincipalName: reqString(o, 'userPrincipalName', what),
    ...(mail ? { mail } : {}),
    displayName: optString(o, 'displayName', what) ?? '',
    skuIds,
    hasTeamsPhoneLicense: skuIds.some((sku) => TEAMS_PHONE_SKU_IDS.includes(sku)),
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
  const display = optString(o, 'displayDevice', what);
  return {
    id: reqString(o, 'id', what),
    email: reqString(o, 'emailAddress', what),
    displayName: optString(o, 'displayName', what) ?? reqString(o, 'emailAddress', what),
    capacity: optNumber(o, 'capacity', what) ?? null,
    ...(building ? { building } : {}),
    floorNumber: optNumber(o, 'floorNumber', what) ?? null,
    wheelchairAccessible: optBoolean(o, 'isWheelchairAccessible', what) ?? false,
    ...(audio ? { audioDevice: audio } : {}),
    ...(video ? { videoDevice: video } : {}),
    ...(display ? { displayDevice: display } : {}),
    tags: arrayField(o, 'tags', what).map((t, i) => {
      if (typeof t !== 'string') throw new WireShapeError(`${what}.tags[${i}] is not a string`);
      return t;
    }),
  };
}

export function readMember(value: unknown, what: string): GroupMember {
  const o = asObject(value, what);
  const upn = optString(o, 'userPrincipalName', what);
  return { id: reqString(o, 'id', what), ...(upn ? { userPrincipalName: upn } : {}) };
}
