import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

const showOnlyForGetFields = { operation: ['getFields'], resource: ['contact'] };

const properties: INodeProperties[] = [
	{
		displayName: 'Field Types',
		name: 'fieldTypes',
		type: 'options',
		default: 'all',
		options: [
			{ name: 'All Fields', value: 'all' },
			{ name: 'Custom Fields Only', value: 'custom' },
			{ name: 'Default Fields Only', value: 'default' },
		],
		description: 'Which contact fields to return',
		routing: {
			output: {
				postReceive: [
					{
						type: 'filter',
						enabled: "={{ $value !== 'all' }}",
						properties: {
							pass: "={{ ($responseItem.default === true) === ($value === 'default') }}",
						},
					},
				],
			},
		},
	},
];

export const contactGetFieldsDescription = updateDisplayOptions(
	{ show: showOnlyForGetFields },
	properties,
);
