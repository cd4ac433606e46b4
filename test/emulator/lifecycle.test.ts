import { FreshdeskEmulator } from './index';
import { call, validationBody } from './testClient';

const emulator = new FreshdeskEmulator();

beforeAll(() => emulator.start());
afterAll(() => emulator.stop());
beforeEach(() => emulator.reset());

describe('contact lifecycle', () => {
	it('soft-deletes, restores and hard-deletes', async () => {
		const contact = emulator.addContact({ name: 'Cycle', email: 'cycle@x.example' });
		const path = `/contacts/${contact.id}`;

		const notDeleted = await call(emulator, 'DELETE', `${path}/hard_delete`);
		expect(notDeleted.status).toBe(400);
		expect(notDeleted.json).toEqual({
			code: 'invalid_value',
			message: 'User invalid (not soft deleted)',
		});

		const restoreLive = await call(emulator, 'PUT', `${path}/restore`);
		expect([restoreLive.status, restoreLive.text]).toEqual([404, '']);

		const removed = await call(emulator, 'DELETE', path);
		expect([removed.status, removed.text]).toEqual([204, '']);
		expect(emulator.getContact(contact.id)?.deleted).toBe(true);

		const restored = await call(emulator, 'PUT', `${path}/restore`);
		expect([restored.status, restored.text]).toEqual([204, '']);
		expect(emulator.getContact(contact.id)?.deleted).toBe(false);

		await call(emulator, 'DELETE', path);
		const hard = await call(emulator, 'DELETE', `${path}/hard_delete`);
		expect(hard.status).toBe(204);
		expect(emulator.getContact(contact.id)).toBeUndefined();
		expect((await call(emulator, 'GET', path)).status).toBe(404);

		const reuse = await call(emulator, 'POST', '/contacts', {
			body: { name: 'Reuse', email: 'cycle@x.example' },
		});
		expect(reuse.status).toBe(201);
	});

	it('hard-deletes a live contact only with force=true', async () => {
		const contact = emulator.addContact({ name: 'Forced', phone: '1' });

		const path = `/contacts/${contact.id}/hard_delete?force=true`;
		const response = await call(emulator, 'DELETE', path);

		expect(response.status).toBe(204);
		expect(emulator.getContact(contact.id)).toBeUndefined();
	});

	it.each(['restore', 'send_invite'])(
		'refuses any body on %s, even an empty JSON object',
		async (action) => {
			const contact = emulator.addContact({ name: 'Body', email: 'body@x.example', deleted: true });

			const response = await call(emulator, 'PUT', `/contacts/${contact.id}/${action}`, {
				body: {},
			});

			expect(response.status).toBe(400);
			expect(response.json).toEqual({
				code: 'no_content_required',
				message: 'Content should not be sent in the request',
			});
		},
	);

	it('sends a portal invite with 204', async () => {
		const contact = emulator.addContact({ name: 'Invitee', email: 'invitee@x.example' });

		const response = await call(emulator, 'PUT', `/contacts/${contact.id}/send_invite`);

		expect([response.status, response.text]).toEqual([204, '']);
	});
});

describe('PUT /contacts/{id}/make_agent', () => {
	it('converts a contact: 200 with the agent object, other_emails dropped', async () => {
		const contact = emulator.addContact({
			name: 'Clark Kent',
			email: 'clark@x.example',
			other_emails: ['superman@x.example'],
		});

		const response = await call(emulator, 'PUT', `/contacts/${contact.id}/make_agent`, {
			body: { occasional: true, ticket_scope: 2, group_ids: [14000000001] },
		});

		expect(response.status).toBe(200);
		expect(response.json).toMatchObject({
			email: 'clark@x.example',
			name: 'Clark Kent',
			last_login_at: null,
			agent: {
				id: contact.id,
				occasional: true,
				ticket_scope: 2,
				group_ids: [14000000001],
				type: 'support_agent',
				role_ids: [15000000004],
				focus_mode: true,
			},
		});
		expect(emulator.getContact(contact.id)?.other_emails).toEqual([]);
		expect((await call(emulator, 'GET', `/contacts/${contact.id}`)).status).toBe(404);
		const again = await call(emulator, 'PUT', `/contacts/${contact.id}/make_agent`, { body: {} });
		expect(again.status).toBe(404);
	});

	it('validates the body strictly', async () => {
		const contact = emulator.addContact({ name: 'Strict', email: 'strict@x.example' });
		const path = `/contacts/${contact.id}/make_agent`;

		const unknown = await call(emulator, 'PUT', path, { body: { job_title: 'x' } });
		const types = await call(emulator, 'PUT', path, {
			body: { occasional: 'true', ticket_scope: '2', group_ids: [466, 566] },
		});

		expect(unknown.json).toEqual(
			validationBody([
				{
					field: 'job_title',
					message: 'Unexpected/invalid field in request',
					code: 'invalid_field',
				},
			]),
		);
		expect(types.json).toEqual(
			validationBody([
				{
					field: 'occasional',
					message: 'Value set is of type String.It should be a/an Boolean',
					code: 'datatype_mismatch',
				},
				{
					field: 'ticket_scope',
					message: 'Value set is of type String.It should be a/an Positive Integer',
					code: 'datatype_mismatch',
				},
				{
					field: 'group_ids',
					message: "There are no records matching the ids: '466, 566'",
					code: 'invalid_value',
				},
			]),
		);
	});

	it('keeps field agents full-time with a group or restricted scope', async () => {
		const contact = emulator.addContact({ name: 'Field', email: 'field@x.example' });
		const path = `/contacts/${contact.id}/make_agent`;

		const refused = await call(emulator, 'PUT', path, {
			body: { type: 'field_agent', occasional: true, ticket_scope: 1 },
		});
		const made = await call(emulator, 'PUT', path, { body: { type: 'field_agent' } });

		expect(refused.json).toEqual(
			validationBody([
				{
					field: 'occasional',
					message: 'A field agent cannot be an occasional agent',
					code: 'invalid_value',
				},
				{
					field: 'ticket_scope',
					message: "It should be one of these values: '2,3'",
					code: 'invalid_value',
				},
			]),
		);
		expect(made.json).toMatchObject({
			agent: { type: 'field_agent', ticket_scope: 2, role_ids: [15000000005] },
		});
	});

	it('answers 409 inconsistent_state for a contact without email', async () => {
		const contact = emulator.addContact({ name: 'Phone Only', phone: '1' });

		const path = `/contacts/${contact.id}/make_agent`;
		const response = await call(emulator, 'PUT', path, { body: {} });

		expect(response.status).toBe(409);
		expect(response.json).toEqual({
			code: 'inconsistent_state',
			message: 'Email should be associated to the contact before converting it to an agent',
		});
	});

	it('answers 404 for deleted and blocked contacts', async () => {
		const deleted = emulator.addContact({ name: 'D', email: 'd@x.example', deleted: true });
		const blocked = emulator.addContact({ name: 'B', email: 'b@x.example', blocked: true });

		for (const contact of [deleted, blocked]) {
			const path = `/contacts/${contact.id}/make_agent`;
			const response = await call(emulator, 'PUT', path, { body: {} });
			expect([response.status, response.text]).toEqual([404, '']);
		}
	});

	it('answers 403 max_agents_reached for a full-time agent when the plan is full', async () => {
		const full = new FreshdeskEmulator({ agentLimitReached: true });
		await full.start();
		try {
			const contact = full.addContact({ name: 'Late', email: 'late@x.example' });
			const path = `/contacts/${contact.id}/make_agent`;

			const fullTime = await call(full, 'PUT', path, { body: {} });
			const occasional = await call(full, 'PUT', path, { body: { occasional: true } });

			expect(fullTime.status).toBe(403);
			expect(fullTime.json).toMatchObject({ code: 'max_agents_reached' });
			expect(occasional.status).toBe(200);
		} finally {
			await full.stop();
		}
	});
});

describe('POST /contacts/merge', () => {
	it('merges secondaries into the primary; they become deleted for good', async () => {
		const primary = emulator.addContact({ name: 'Primary', email: 'p@x.example', phone: '111' });
		const secondary = emulator.addContact({
			name: 'Secondary',
			email: 's@x.example',
			phone: '222',
			tags: ['merged'],
		});

		const response = await call(emulator, 'POST', '/contacts/merge', {
			body: {
				primary_contact_id: primary.id,
				secondary_contact_ids: [secondary.id],
				contact: { phone: '222' },
			},
		});

		expect([response.status, response.text]).toEqual([204, '']);
		expect(emulator.getContact(primary.id)).toMatchObject({
			email: 'p@x.example',
			other_emails: ['s@x.example'],
			phone: '222',
			tags: ['merged'],
		});
		expect(emulator.getContact(secondary.id)).toMatchObject({
			deleted: true,
			parent_id: primary.id,
		});
		expect((await call(emulator, 'PUT', `/contacts/${secondary.id}/restore`)).status).toBe(404);
	});

	it('makes the caller choose a value present on both sides', async () => {
		const primary = emulator.addContact({ name: 'P', email: 'p@x.example', phone: '111' });
		const secondary = emulator.addContact({ name: 'S', email: 's@x.example', phone: '222' });

		const response = await call(emulator, 'POST', '/contacts/merge', {
			body: { primary_contact_id: primary.id, secondary_contact_ids: [secondary.id] },
		});

		expect(response.status).toBe(400);
		expect(response.json).toEqual(
			validationBody([
				{
					field: 'contact',
					message: 'Please fill at least 1 of phone fields',
					code: 'missing_field',
				},
			]),
		);
	});

	it('takes chosen values only from the merged contacts', async () => {
		const primary = emulator.addContact({
			name: 'P',
			email: 'p@x.example',
			company_id: 48000000001,
		});
		const secondary = emulator.addContact({ name: 'S', email: 's@x.example', mobile: '777' });

		const foreign = await call(emulator, 'POST', '/contacts/merge', {
			body: {
				primary_contact_id: primary.id,
				secondary_contact_ids: [secondary.id],
				contact: { email: 'other@x.example', mobile: '777', company_ids: [48000000003] },
			},
		});
		const chosen = await call(emulator, 'POST', '/contacts/merge', {
			body: {
				primary_contact_id: primary.id,
				secondary_contact_ids: [secondary.id],
				contact: { email: 's@x.example', other_emails: [] },
			},
		});

		expect(foreign.json).toEqual(
			validationBody([
				{
					field: 'contact',
					message:
						"Values - 'other@x.example, 48000000003' not found in primary/secondary contacts",
					code: 'invalid_value',
				},
			]),
		);
		expect(chosen.status).toBe(204);
		expect(emulator.getContact(primary.id)).toMatchObject({
			email: 's@x.example',
			other_emails: [],
			mobile: '777',
			company_id: 48000000001,
		});
	});

	it('refuses unknown keys in contact, as anywhere else', async () => {
		const response = await call(emulator, 'POST', '/contacts/merge', {
			body: { primary_contact_id: 1, secondary_contact_ids: [2], contact: { name: 'x' } },
		});

		expect(response.json).toEqual(
			validationBody([
				{ field: 'name', message: 'Unexpected/invalid field in request', code: 'invalid_field' },
			]),
		);
	});

	it('requires both ids and reports unknown secondaries', async () => {
		const primary = emulator.addContact({ name: 'P', email: 'p@x.example' });

		const missing = await call(emulator, 'POST', '/contacts/merge', { body: {} });
		const unknown = await call(emulator, 'POST', '/contacts/merge', {
			body: { primary_contact_id: primary.id, secondary_contact_ids: [466, 566] },
		});

		expect(missing.json).toEqual(
			validationBody([
				{
					field: 'primary_contact_id',
					message: 'Mandatory attribute missing',
					code: 'missing_field',
				},
				{
					field: 'secondary_contact_ids',
					message: 'Mandatory attribute missing',
					code: 'missing_field',
				},
			]),
		);
		expect(unknown.json).toEqual(
			validationBody([
				{
					field: 'secondary_contact_ids',
					message: "There are no records matching the ids: '466, 566'",
					code: 'invalid_value',
				},
			]),
		);
	});
});
