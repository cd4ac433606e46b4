import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { parseIdList, requireId, secondaryContactIdValues } from './inputs';

/** A list body arrives as one item holding the array; n8n users expect one item per contact. */
export async function splitIntoItems(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return items.flatMap((item) =>
		Array.isArray(item.json)
			? (item.json as IDataObject[]).map((json) => ({ json }))
			: [item],
	);
}

/**
 * Delete, restore, send invite and merge answer 204 with no body; an empty item would tell a
 * workflow nothing, so the node says what was done to which contact.
 */
export function confirmation(outcome: IDataObject) {
	return async function confirm(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
		const id = Number(this.getNodeParameter('contactId', '', { extractValue: true }));
		return [{ json: { id, ...outcome } }];
	};
}

export async function confirmMerge(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	// The same parsing that built the request, so the item names exactly the contacts sent.
	const primary = requireId(
		this,
		this.getNodeParameter('primaryContactId', '', { extractValue: true }),
		'Primary Contact ID',
	);
	const merged = parseIdList(this, secondaryContactIdValues(this), 'Contact to merge ID');
	return [{ json: { id: primary, merged: true, mergedContactIds: merged } }];
}

const SIMPLE_KEYS = [
	'id',
	'name',
	'email',
	'phone',
	'mobile',
	'company_id',
	'job_title',
	'active',
	'tags',
	'deleted',
	'created_at',
	'updated_at',
];

/**
 * The keys people use most, in a stable order. Keys a response lacks stay out (list and search
 * items carry no tags; `deleted` appears only on deleted contacts) rather than showing as null.
 */
export async function simplifyContacts(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	if (this.getNodeParameter('simplify', false) !== true) return items;
	return items.map((item) => {
		const json: IDataObject = {};
		for (const key of SIMPLE_KEYS) {
			if (item.json[key] !== undefined) json[key] = item.json[key];
		}
		return { ...item, json };
	});
}
