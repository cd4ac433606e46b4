import { AGENT_GROUP_IDS, AGENT_ROLE_IDS } from '../emulator/agentConversion';
import { byId, useEmulator } from '../harness/emulatorRun';

const { emulator, run } = useEmulator({ contacts: 0, companies: 3 });

const COMPANY = 48000000001;

describe('Create', () => {
	test('sends every attribute under its Freshdesk name and type, and returns the new contact', async () => {
		const { items, error, requests } = await run({
			operation: 'create',
			name: 'Jane Doe',
			additionalFields: {
				email: 'Jane@Example.com',
				phone: '+1 555 0100',
				mobile: '+1 555 0101',
				address: '1 Main St',
				description: 'Met at the fair',
				jobTitle: 'Buyer',
				companyId: COMPANY,
				viewAllTickets: true,
				otherEmails: 'jane@home.example, jane@work.example',
				tags: 'vip, newsletter',
				timeZone: 'Berlin',
				language: 'de',
				twitterId: 'janedoe',
				uniqueExternalId: 'crm-42',
				customFields: {
					field: [
						{ name: 'department|text', textValue: 'Finance' },
						{ name: 'seat_count|number', numberValue: 12 },
						{ name: 'vip|checkbox', booleanValue: true },
						{ name: 'renewal_date|date', dateValue: '2027-03-31T00:00:00' },
						{ name: 'tier|dropdown', dropdownValue: 'Gold' },
					],
				},
			},
		});

		expect(error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0].method).toBe('POST');
		expect(requests[0].path).toBe('/api/v2/contacts');
		expect(requests[0].headers['content-type']).toMatch(/^application\/json/);
		expect(requests[0].body).toEqual({
			name: 'Jane Doe',
			email: 'Jane@Example.com',
			phone: '+1 555 0100',
			mobile: '+1 555 0101',
			address: '1 Main St',
			description: 'Met at the fair',
			job_title: 'Buyer',
			company_id: COMPANY,
			view_all_tickets: true,
			other_emails: ['jane@home.example', 'jane@work.example'],
			tags: ['vip', 'newsletter'],
			time_zone: 'Berlin',
			language: 'de',
			twitter_id: 'janedoe',
			unique_external_id: 'crm-42',
			custom_fields: {
				department: 'Finance',
				seat_count: 12,
				vip: true,
				renewal_date: '2027-03-31',
				tier: 'Gold',
			},
		});
		expect(requests[0].status).toBe(201);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ name: 'Jane Doe', email: 'jane@example.com', company_id: COMPANY });
		expect(emulator.getContact(Number(items[0].json.id))?.custom_fields.seat_count).toBe(12);
	});

	test('tags and other emails given as arrays by an expression stay arrays', async () => {
		const { requests, error } = await run(
			{
				operation: 'create',
				name: '={{ $json.name }}',
				additionalFields: { email: '={{ $json.email }}', tags: '={{ $json.tags }}' },
			},
			{ items: [{ name: 'Array Person', email: 'array@example.com', tags: ['a', ' b '] }] },
		);

		expect(error).toBeUndefined();
		expect(requests[0].body).toEqual({ name: 'Array Person', email: 'array@example.com', tags: ['a', 'b'] });
	});
});

describe('Update', () => {
	test('sends only the fields to change, and returns the updated contact', async () => {
		const contact = emulator.addContact({ name: 'Old Name', email: 'old@example.com', phone: '1' });

		const { items, requests, error } = await run({
			operation: 'update',
			contactId: byId(contact.id),
			updateFields: { name: 'New Name', tags: 'renewal' },
		});

		expect(error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0].method).toBe('PUT');
		expect(requests[0].path).toBe(`/api/v2/contacts/${contact.id}`);
		expect(requests[0].body).toEqual({ name: 'New Name', tags: ['renewal'] });
		expect(items[0].json).toMatchObject({ id: contact.id, name: 'New Name', phone: '1' });
	});

	test('refuses an update with nothing to change before sending', async () => {
		const contact = emulator.addContact({ name: 'Same', email: 'same@example.com' });

		const { error, requests } = await run({ operation: 'update', contactId: byId(contact.id), updateFields: {} });

		expect(requests).toHaveLength(0);
		expect(error?.message).toBe('Nothing to update');
	});
});

describe('Get', () => {
	test('fetches the contact by ID', async () => {
		const contact = emulator.addContact({ name: 'Read Me', email: 'read@example.com' });

		const { items, requests } = await run({ operation: 'get', contactId: byId(contact.id) });

		expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
			`GET /api/v2/contacts/${contact.id}`,
		]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: contact.id, name: 'Read Me', email: 'read@example.com' });
	});

	test('takes the ID from a pasted Freshdesk contact URL', async () => {
		const contact = emulator.addContact({ name: 'Linked', email: 'linked@example.com' });

		const { items, requests } = await run({
			operation: 'get',
			contactId: { __rl: true, mode: 'url', value: `https://acme.freshdesk.com/a/contacts/${contact.id}` },
		});

		expect(requests[0].path).toBe(`/api/v2/contacts/${contact.id}`);
		expect(items[0].json.name).toBe('Linked');
	});
});

describe('Delete', () => {
	test('soft-deletes and confirms', async () => {
		const contact = emulator.addContact({ name: 'Soon Gone', email: 'gone@example.com' });

		const { items, requests } = await run({ operation: 'delete', contactId: byId(contact.id) });

		expect(requests.map((request) => `${request.method} ${request.path}?${request.rawQuery}`)).toEqual([
			`DELETE /api/v2/contacts/${contact.id}?`,
		]);
		expect(requests[0].status).toBe(204);
		expect(items.map((item) => item.json)).toEqual([{ id: contact.id, deleted: true }]);
		expect(emulator.getContact(contact.id)?.deleted).toBe(true);
	});

	test('with Delete Permanently, hard-deletes with force=true', async () => {
		const contact = emulator.addContact({ name: 'Erase Me', email: 'erase@example.com' });

		const { items, requests } = await run({
			operation: 'delete',
			contactId: byId(contact.id),
			permanent: true,
		});

		expect(requests.map((request) => `${request.method} ${request.path}?${request.rawQuery}`)).toEqual([
			`DELETE /api/v2/contacts/${contact.id}/hard_delete?force=true`,
		]);
		expect(items.map((item) => item.json)).toEqual([{ id: contact.id, deleted: true }]);
		expect(emulator.getContact(contact.id)).toBeUndefined();
	});
});

describe('Restore', () => {
	test('restores a deleted contact with a body-less PUT and confirms', async () => {
		const contact = emulator.addContact({ name: 'Come Back', email: 'back@example.com', deleted: true });

		const { items, requests, error } = await run({ operation: 'restore', contactId: byId(contact.id) });

		expect(error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0].method).toBe('PUT');
		expect(requests[0].path).toBe(`/api/v2/contacts/${contact.id}/restore`);
		expect(requests[0].bodyText).toBe('');
		expect(items.map((item) => item.json)).toEqual([{ id: contact.id, restored: true }]);
		expect(emulator.getContact(contact.id)?.deleted).toBe(false);
	});
});

describe('Send Invite', () => {
	test('sends the portal invite and confirms', async () => {
		const contact = emulator.addContact({ name: 'Invitee', email: 'invitee@example.com' });

		const { items, requests } = await run({ operation: 'sendInvite', contactId: byId(contact.id) });

		expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
			`PUT /api/v2/contacts/${contact.id}/send_invite`,
		]);
		expect(requests[0].bodyText).toBe('');
		expect(items.map((item) => item.json)).toEqual([{ id: contact.id, invited: true }]);
	});
});

describe('Merge', () => {
	test('sends integer ids and the values to keep under contact, and confirms', async () => {
		const primary = emulator.addContact({ name: 'Primary', email: 'primary@example.com', phone: '111' });
		const first = emulator.addContact({ name: 'Dup One', email: 'dup1@example.com', phone: '222' });
		const second = emulator.addContact({ name: 'Dup Two', email: 'dup2@example.com' });

		const { items, requests, error } = await run({
			operation: 'merge',
			primaryContactId: byId(primary.id),
			secondaryContactIds: `${first.id}, ${second.id}`,
			mergedValues: { phone: '222', otherEmails: 'dup1@example.com, dup2@example.com' },
		});

		expect(error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0].method).toBe('POST');
		expect(requests[0].path).toBe('/api/v2/contacts/merge');
		expect(requests[0].body).toEqual({
			primary_contact_id: primary.id,
			secondary_contact_ids: [first.id, second.id],
			contact: { phone: '222', other_emails: ['dup1@example.com', 'dup2@example.com'] },
		});
		expect(items.map((item) => item.json)).toEqual([
			{ id: primary.id, merged: true, mergedContactIds: [first.id, second.id] },
		]);
		expect(emulator.getContact(first.id)?.deleted).toBe(true);
	});

	test('refuses to merge a contact into itself before sending', async () => {
		const primary = emulator.addContact({ name: 'Alone', email: 'alone@example.com' });

		const { error, requests } = await run({
			operation: 'merge',
			primaryContactId: byId(primary.id),
			secondaryContactIds: String(primary.id),
		});

		expect(requests).toHaveLength(0);
		expect(error?.message).toBe(`Contact ${primary.id} cannot be merged into itself`);
	});
});

describe('Convert to Agent', () => {
	test('sends the agent options in Freshdesk types and returns the contact with its agent', async () => {
		const contact = emulator.addContact({ name: 'Future Agent', email: 'agent@example.com' });

		const { items, requests, error } = await run({
			operation: 'makeAgent',
			contactId: byId(contact.id),
			occasional: true,
			agentOptions: {
				type: 'support_agent',
				ticketScope: 2,
				signature: '<p>Cheers</p>',
				groupIds: `${AGENT_GROUP_IDS[0]}, ${AGENT_GROUP_IDS[2]}`,
				roleIds: String(AGENT_ROLE_IDS.support_agent[0]),
				skillIds: '',
				focusMode: false,
			},
		});

		expect(error).toBeUndefined();
		expect(requests[0].method).toBe('PUT');
		expect(requests[0].path).toBe(`/api/v2/contacts/${contact.id}/make_agent`);
		expect(requests[0].body).toEqual({
			occasional: true,
			type: 'support_agent',
			ticket_scope: 2,
			signature: '<p>Cheers</p>',
			group_ids: [AGENT_GROUP_IDS[0], AGENT_GROUP_IDS[2]],
			role_ids: [AGENT_ROLE_IDS.support_agent[0]],
			skill_ids: [],
			focus_mode: false,
		});
		expect(items[0].json).toMatchObject({
			email: 'agent@example.com',
			agent: {
				occasional: true,
				ticket_scope: 2,
				group_ids: [AGENT_GROUP_IDS[0], AGENT_GROUP_IDS[2]],
				id: contact.id,
			},
		});
	});

	test('with no options sends only occasional, which Freshdesk takes as a full-time support agent', async () => {
		const contact = emulator.addContact({ name: 'Plain Agent', email: 'plain@example.com' });

		const { requests, items } = await run({ operation: 'makeAgent', contactId: byId(contact.id) });

		expect(requests[0].body).toEqual({ occasional: false });
		expect(items[0].json).toMatchObject({ agent: { occasional: false, type: 'support_agent' } });
	});
});

describe('Get Fields', () => {
	test('returns one item per contact field', async () => {
		const { items, requests } = await run({ operation: 'getFields', fieldTypes: 'all' });

		expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /api/v2/contact_fields']);
		expect(items.length).toBe(emulator.listContactFields().length);
		expect(items.map((item) => item.json.name)).toEqual(
			expect.arrayContaining(['name', 'email', 'time_zone', 'department', 'seat_count', 'vip', 'tier', 'renewal_date']),
		);
	});

	test('can return only the custom fields', async () => {
		const { items } = await run({ operation: 'getFields', fieldTypes: 'custom' });

		expect(items.map((item) => item.json.name).sort()).toEqual(
			emulator
				.listContactFields()
				.filter((field) => !field.default)
				.map((field) => field.name)
				.sort(),
		);
		expect(items.every((item) => item.json.default === false)).toBe(true);
	});
});

describe('Export', () => {
	test('starts the job, polls until it is done and returns the download URL', async () => {
		emulator.addContact({ name: 'Exported', email: 'exported@example.com' });

		const { items, requests, error } = await run({
			operation: 'export',
			defaultFields: ['name', 'email'],
			customFields: 'department, cf_tier',
			waitForFile: true,
			exportOptions: { pollInterval: 0 },
		});

		expect(error).toBeUndefined();
		expect(requests[0].method).toBe('POST');
		expect(requests[0].path).toBe('/api/v2/contacts/export');
		expect(requests[0].body).toEqual({
			fields: { default_fields: ['name', 'email'], custom_fields: ['department', 'tier'] },
		});
		const jobId = String(items[0].json.id);
		expect(jobId).toMatch(/^[0-9a-f]{40}$/);
		expect(requests.slice(1).map((request) => `${request.method} ${request.path}`)).toEqual([
			`GET /api/v2/contacts/export/${jobId}`,
			`GET /api/v2/contacts/export/${jobId}`,
		]);
		expect(items[0].json).toMatchObject({ id: jobId, status: 'completed' });
		expect(String(items[0].json.download_url)).toMatch(/^http:\/\/localhost:\d+\//);
	});

	test('with Wait for File off, returns the job right after starting it', async () => {
		const { items, requests } = await run({
			operation: 'export',
			defaultFields: ['name'],
			customFields: '',
			waitForFile: false,
		});

		expect(requests).toHaveLength(1);
		expect(items[0].json).toMatchObject({ status: 'in_progress', download_url: null });
		expect(String(items[0].json.id)).toMatch(/^[0-9a-f]{40}$/);
	});

	test('refuses an export without any field before sending', async () => {
		const { error, requests } = await run({
			operation: 'export',
			defaultFields: [],
			customFields: '',
		});

		expect(requests).toHaveLength(0);
		expect(error?.message).toBe('Choose at least one field to export');
	});
});
