import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { buildExportBody } from '../../shared/inputs';

const showOnlyForExport = { operation: ['export'], resource: ['contact'] };

const properties: INodeProperties[] = [
	{
		displayName: 'Default Fields',
		name: 'defaultFields',
		type: 'multiOptions',
		default: ['name', 'email'],
		description: 'Standard contact fields to put in the file',
		options: [
			{ name: 'Address', value: 'address' },
			{ name: 'Company', value: 'company_name' },
			{ name: 'Description', value: 'description' },
			{ name: 'Email', value: 'email' },
			{ name: 'Job Title', value: 'job_title' },
			{ name: 'Language', value: 'language' },
			{ name: 'Mobile', value: 'mobile' },
			{ name: 'Name', value: 'name' },
			{ name: 'Phone', value: 'phone' },
			{ name: 'Tags', value: 'tag_names' },
			{ name: 'Time Zone', value: 'time_zone' },
			{ name: 'Twitter ID', value: 'twitter_id' },
			{ name: 'Unique External ID', value: 'unique_external_id' },
		],
	},
	{
		displayName: 'Custom Fields',
		name: 'customFields',
		type: 'string',
		default: '',
		placeholder: 'e.g. department, tier',
		description: 'Custom contact fields to put in the file, by name, comma-separated',
	},
	{
		displayName: 'Wait for File',
		name: 'waitForFile',
		type: 'boolean',
		default: true,
		description:
			'Whether to wait until Freshdesk has written the file and return its download URL. Off: return the job ID right after starting it.',
	},
	{
		displayName: 'Export Options',
		name: 'exportOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { waitForFile: [true] } },
		options: [
			{
				displayName: 'Max Wait (Seconds)',
				name: 'maxWait',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 600,
				description: 'How long to wait for the file before failing',
			},
			{
				displayName: 'Poll Interval (Seconds)',
				name: 'pollInterval',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 1 },
				default: 5,
				description: 'Time between two status checks of the export job',
			},
		],
	},
	{
		displayName: 'Build Export Request',
		name: 'exportRequest',
		type: 'hidden',
		default: '',
		routing: { send: { preSend: [buildExportBody] } },
	},
];

export const contactExportDescription = updateDisplayOptions({ show: showOnlyForExport }, properties);
