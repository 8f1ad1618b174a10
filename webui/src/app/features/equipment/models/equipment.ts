import { PageQuery } from '../../../core/models/page';

export type EquipmentType = 'Software' | 'Plugin';
export type EquipmentStatus = 'active' | 'trial' | 'expired' | 'archived';
export type LicenseManagement = 'online' | 'ilok' | 'license_key' | 'other';

export const EQUIPMENT_TYPES: EquipmentType[] = ['Software', 'Plugin'];
export const EQUIPMENT_STATUSES: EquipmentStatus[] = ['active', 'trial', 'expired', 'archived'];
export const LICENSE_MANAGEMENTS: LicenseManagement[] = ['online', 'ilok', 'license_key', 'other'];

/** The fields a user writes; `password`, `license_key` and `price` are encrypted at rest. */
export interface EquipmentInput {
  type: EquipmentType;
  name: string;
  version: string | null;
  description: string | null;
  manufacturer: string | null;
  url: string | null;
  username: string | null;
  password: string | null;
  license_management: LicenseManagement | null;
  license_key: string | null;
  license_description: string | null;
  purchase_date: string | null;
  price: string | null;
  system_requirements: string | null;
  status: EquipmentStatus;
  software_tags: string[];
  plugin_tags: string[];
}

/** One item with its secrets decrypted (`GET /{id}`, create, replace, duplicate). */
export interface Equipment extends EquipmentInput {
  id: string;
  created_at: string;
  updated_at: string;
}

/** A list row: secrets are never sent in lists, only whether they are set. */
export type EquipmentSummary = Omit<Equipment, 'password' | 'license_key' | 'price'> & {
  has_password: boolean;
  has_license_key: boolean;
  has_price: boolean;
};

export interface EquipmentQuery extends PageQuery {
  type?: EquipmentType | '';
  status?: EquipmentStatus | '';
  license_management?: LicenseManagement | '';
}
