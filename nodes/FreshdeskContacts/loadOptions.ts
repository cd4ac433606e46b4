import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { customFieldKind, encodeCustomField, parseCustomFieldChoice } from './shared/customFields';
import { freshdeskRequest } from './shared/transport';

interface ContactField {
	name: string;
	label: string;
	type: string;
	default: boolean;
	choices?: Record<string, string> | Array<string | { label?: string; value?: string }>;
}

async function contactFields(context: ILoadOptionsFunctions): Promise<ContactField[]> {
	const { body } = await freshdeskRequest.call(context, '/contact_fields');
	return Array.isArray(body) ? (body as ContactField[]) : [];
}

function byName(a: INodePropertyOptions, b: INodePropertyOptions): number {
	return a.name.localeCompare(b.name);
}

/** `time_zone` and `language` carry their choices as an object of value → label. */
async function keyedChoices(
	context: ILoadOptionsFunctions,
	fieldName: string,
	describe: (value: string, label: string) => string,
): Promise<INodePropertyOptions[]> {
	const field = (await contactFields(context)).find((candidate) => candidate.name === fieldName);
	const choices = field?.choices;
	if (!choices || Array.isArray(choices)) return [];
	return Object.entries(choices).map(([value, label]) => ({
		name: describe(value, String(label)),
		value,
	}));
}

async function getTimeZones(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	// Freshdesk orders zones west to east with labels like "(GMT+01:00) Berlin"; kept as sent.
	return await keyedChoices(this, 'time_zone', (_value, label) => label);
}

async function getLanguages(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await keyedChoices(this, 'language', (value, label) => `${label} (${value})`)).sort(
		byName,
	);
}

async function getCustomFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await contactFields(this))
		.filter((field) => !field.default)
		.map((field) => ({
			name: field.label,
			value: encodeCustomField(field.name, customFieldKind(field.type)),
			description: `${field.name}: ${customFieldKind(field.type)}`,
		}))
		.sort(byName);
}

/** The choices of the dropdown field picked in the same custom field row. */
async function getCustomFieldChoices(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const picked = parseCustomFieldChoice(this.getCurrentNodeParameter('&name'));
	if (!picked || (picked.kind && picked.kind !== 'dropdown')) return [];
	const field = (await contactFields(this)).find((candidate) => candidate.name === picked.name);
	const choices = field?.choices;
	if (!Array.isArray(choices)) return [];
	// Older accounts list dropdown choices as plain strings, newer ones as {label, value}.
	return choices.map((choice) =>
		typeof choice === 'string'
			? { name: choice, value: choice }
			: { name: String(choice.label ?? choice.value), value: String(choice.value ?? choice.label) },
	);
}

async function getExportDefaultFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await contactFields(this))
		.filter((field) => field.default)
		.map((field) => ({ name: field.label, value: field.name }))
		.sort(byName);
}

async function getExportCustomFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await contactFields(this))
		.filter((field) => !field.default)
		.map((field) => ({ name: field.label, value: field.name }))
		.sort(byName);
}

export const loadOptions = {
	getCustomFieldChoices,
	getCustomFields,
	getExportCustomFields,
	getExportDefaultFields,
	getLanguages,
	getTimeZones,
};
