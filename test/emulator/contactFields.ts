import type { ContactField, ContactFieldType, DropdownChoice } from './types';
import { LANGUAGE_CHOICES, TIME_ZONE_CHOICES } from './valueLists';

const FIELDS_CREATED_AT = '2024-11-04T09:12:40Z';
const FIRST_FIELD_ID = 60000000001;

interface FieldDefinition {
	name: string;
	label: string;
	type: ContactFieldType;
	choices?: ContactField['choices'];
	customersCanEdit?: boolean;
}

const DEFAULT_FIELDS: FieldDefinition[] = [
	{ name: 'name', label: 'Full name', type: 'default_name', customersCanEdit: true },
	{ name: 'job_title', label: 'Title', type: 'default_job_title', customersCanEdit: true },
	{ name: 'email', label: 'Email', type: 'default_email', customersCanEdit: true },
	{ name: 'phone', label: 'Work phone', type: 'default_phone', customersCanEdit: true },
	{ name: 'mobile', label: 'Mobile phone', type: 'default_mobile', customersCanEdit: true },
	{ name: 'twitter_id', label: 'Twitter', type: 'default_twitter_id', customersCanEdit: true },
	{ name: 'company_name', label: 'Company', type: 'default_company_name' },
	{ name: 'address', label: 'Address', type: 'default_address', customersCanEdit: true },
	{
		name: 'time_zone',
		label: 'Time zone',
		type: 'default_time_zone',
		choices: TIME_ZONE_CHOICES,
		customersCanEdit: true,
	},
	{
		name: 'language',
		label: 'Language',
		type: 'default_language',
		choices: LANGUAGE_CHOICES,
		customersCanEdit: true,
	},
	{ name: 'tag_names', label: 'Tags', type: 'default_tag_names' },
	{ name: 'description', label: 'About', type: 'default_description' },
	{
		name: 'unique_external_id',
		label: 'Unique external ID',
		type: 'default_unique_external_id',
	},
];

function dropdownChoices(values: string[]): DropdownChoice[] {
	return values.map((value, index) => ({
		id: 70000000001 + index,
		label: value,
		value,
		position: index + 1,
	}));
}

const CUSTOM_FIELDS: FieldDefinition[] = [
	{ name: 'department', label: 'Department', type: 'custom_text' },
	{ name: 'seat_count', label: 'Seat count', type: 'custom_number' },
	{ name: 'vip', label: 'VIP', type: 'custom_checkbox' },
	{
		name: 'tier',
		label: 'Tier',
		type: 'custom_dropdown',
		choices: dropdownChoices(['Gold', 'Silver', 'Bronze']),
	},
	{ name: 'renewal_date', label: 'Renewal date', type: 'custom_date' },
	{ name: 'notes', label: 'Internal notes', type: 'custom_paragraph' },
];

function toContactField(definition: FieldDefinition, index: number, isDefault: boolean) {
	const field: ContactField = {
		id: FIRST_FIELD_ID + index,
		name: definition.name,
		label: definition.label,
		position: index + 1,
		type: definition.type,
		default: isDefault,
		customers_can_edit: definition.customersCanEdit ?? false,
		label_for_customers: definition.label,
		required_for_customers: false,
		displayed_for_customers: true,
		required_for_agents: definition.name === 'name',
		editable_in_signup: definition.name === 'name' || definition.name === 'email',
		created_at: FIELDS_CREATED_AT,
		updated_at: FIELDS_CREATED_AT,
	};
	if (definition.choices) field.choices = definition.choices;
	return field;
}

export function buildContactFields(uniqueExternalId: boolean): ContactField[] {
	const fields = [
		...DEFAULT_FIELDS.map((definition, index) => toContactField(definition, index, true)),
		...CUSTOM_FIELDS.map((definition, index) =>
			toContactField(definition, DEFAULT_FIELDS.length + index, false),
		),
	];
	// Accounts without the unique contact identifier feature do not have that field at all.
	if (uniqueExternalId) return fields;
	return fields.filter((field) => field.name !== 'unique_external_id');
}

export function dropdownValues(field: ContactField): string[] {
	if (!Array.isArray(field.choices)) return [];
	return field.choices.map((choice) => choice.value);
}
