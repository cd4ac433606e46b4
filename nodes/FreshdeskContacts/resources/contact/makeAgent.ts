import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { contactIdField } from '../../shared/descriptions';
import { agentIdListPreSend } from '../../shared/inputs';

const showOnlyForMakeAgent = { operation: ['makeAgent'], resource: ['contact'] };

const properties: INodeProperties[] = [
	contactIdField(
		'=/contacts/{{$value}}/make_agent',
		'The contact to convert. It needs a primary email; its other emails are removed by Freshdesk.',
	),
	{
		displayName: 'Occasional',
		name: 'occasional',
		type: 'boolean',
		default: false,
		description:
			'Whether the new agent is occasional (uses day passes) instead of full-time (uses a paid seat)',
		routing: { send: { type: 'body', property: 'occasional' } },
	},
	{
		displayName: 'Agent Options',
		name: 'agentOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		description: 'Settings of the new agent; left out, Freshdesk makes a support agent who sees all tickets',
		options: [
			{
				displayName: 'Agent Type',
				name: 'type',
				type: 'options',
				default: 'support_agent',
				description:
					'Support agents work on tickets, field agents on field service tasks, and collaborators only join conversations; a field agent cannot be occasional',
				options: [
					{ name: 'Collaborator', value: 'collaborator' },
					{ name: 'Field Agent', value: 'field_agent' },
					{ name: 'Support Agent', value: 'support_agent' },
				],
				routing: { send: { type: 'body', property: 'type' } },
			},
			{
				displayName: 'Focus Mode',
				name: 'focusMode',
				type: 'boolean',
				default: true,
				description: 'Whether the agent works in focus mode',
				routing: { send: { type: 'body', property: 'focus_mode' } },
			},
			{
				displayName: 'Group IDs',
				name: 'groupIds',
				type: 'string',
				default: '',
				placeholder: 'e.g. 3, 5',
				description: 'Groups the agent belongs to, comma-separated',
				routing: { send: { preSend: [agentIdListPreSend('groupIds', 'group_ids')] } },
			},
			{
				displayName: 'Role IDs',
				name: 'roleIds',
				type: 'string',
				default: '',
				placeholder: 'e.g. 1',
				description: 'Roles of the agent, comma-separated; they must suit the agent type',
				routing: { send: { preSend: [agentIdListPreSend('roleIds', 'role_ids')] } },
			},
			{
				displayName: 'Signature',
				name: 'signature',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				description: 'Signature of the agent, in HTML',
				routing: { send: { type: 'body', property: 'signature' } },
			},
			{
				displayName: 'Skill IDs',
				name: 'skillIds',
				type: 'string',
				default: '',
				description: 'Skills of the agent, comma-separated',
				routing: { send: { preSend: [agentIdListPreSend('skillIds', 'skill_ids')] } },
			},
			{
				displayName: 'Ticket Scope',
				name: 'ticketScope',
				type: 'options',
				default: 1,
				description: 'Which tickets the agent can see and work on',
				options: [
					{ name: 'All Tickets', value: 1 },
					{ name: 'Tickets in Their Groups', value: 2 },
					{ name: 'Only Tickets Assigned to Them', value: 3 },
				],
				routing: { send: { type: 'body', property: 'ticket_scope' } },
			},
		],
	},
];

export const contactMakeAgentDescription = updateDisplayOptions(
	{ show: showOnlyForMakeAgent },
	properties,
);
