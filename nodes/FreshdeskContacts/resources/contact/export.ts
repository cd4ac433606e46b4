import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { buildExportBody } from '../../shared/inputs';

const showOnlyForExport = { operation: ['export'], resource: ['contact'] };

const properties: INodeProperties[] = [
	{
		displayName: 'Default Field Names or IDs',
		name: 'defaultFields',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getExportDefaultFields' },
		default: ['name', 'email'],
		description:
			'Standard contact fields to put in the file. By expression, field names such as name, email, company_name or tag_names. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Custom Field Names or IDs',
		name: 'customFields',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getExportCustomFields' },
		default: [],
		description:
			'Custom contact fields to put in the file. By expression, field names as listed by Get Fields, as an array or comma-separated. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
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
		description: 'How long and how often to check whether the file is ready',
		displayOptions: { show: { waitForFile: [true] } },
		options: [
			{
				displayName: 'Download File',
				name: 'downloadFile',
				type: 'boolean',
				default: false,
				description:
					'Whether to download the CSV file into the output item as binary data. The link is fetched without the Freshdesk credential.',
			},
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
			{
				displayName: 'Put Output File in Field',
				name: 'binaryPropertyName',
				type: 'string',
				default: 'data',
				hint: 'The name of the output binary field to put the file in',
				description: 'Used with Download File',
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
