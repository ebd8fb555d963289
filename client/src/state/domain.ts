// The client's names for the domain's closed vocabularies (mirroring the server's schemas).

export const LAYER_IDS = ['border-segments', 'checkpoints', 'duty-posts', 'demo-belts', 'zones', 'admin-areas', 'branches'] as const;
export type LayerId = (typeof LAYER_IDS)[number];

export const UNIT_TYPES = ['party', 'government', 'military', 'police', 'civilian'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export const CHECKPOINT_KINDS = ['checkpoint', 'section_post', 'separation_point', 'port'] as const;
export type CheckpointKind = (typeof CHECKPOINT_KINDS)[number];

export const CHECKPOINT_STATUSES = ['staffed', 'unstaffed', 'alert', 'closed'] as const;
export type CheckpointStatus = (typeof CHECKPOINT_STATUSES)[number];

export const LEVELS = ['province', 'prefecture', 'county', 'township', 'village'] as const;
export type Level = (typeof LEVELS)[number];

export const SELECTION_TYPES = ['segment', 'checkpoint', 'duty-post', 'demo-belt', 'zone'] as const;
export type SelectionType = (typeof SELECTION_TYPES)[number];

export interface Selection { type: SelectionType; id: string }

export type Bbox = [number, number, number, number];
