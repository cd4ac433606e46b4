import { byId, useEmulator } from '../harness/emulatorRun';
import { API_KEY, explained } from './support';

const { emulator, run } = useEmulator({ apiKey: API_KEY, contacts: 0, companies: 1 });

describe('not found (404, which Freshdesk sends with no body)', () => {
	test('an unknown contact ID', async () => {
		const result = await run({ operation: 'get', contactId: byId(13000009999) });

		expect(result.requests[0].status).toBe(404);
		expect(result.requests[0].path).toBe('/api/v2/contacts/13000009999');
		expect(explained(result)).toEqual({
			httpCode: '404',
			message: 'Freshdesk has no contact 13000009999',
			description:
				'Check the contact ID. A contact removed with "Delete Permanently" or merged into another contact is gone for good.',
		});
	});

	test('restoring a contact that is not deleted says there is nothing to restore', async () => {
		const active = emulator.addContact({ name: 'Active', email: 'active@example.com' });

		const result = await run({ operation: 'restore', contactId: byId(active.id) });

		expect(result.requests[0].status).toBe(404);
		const { message, description } = explained(result);
		expect(message).toBe(`Freshdesk found no deleted contact ${active.id} to restore`);
		expect(description).toContain('If the contact is active there is nothing to restore');
	});

	test('converting a deleted contact to an agent lists the reasons Freshdesk refuses', async () => {
		const deleted = emulator.addContact({ name: 'Deleted', email: 'deleted@example.com', deleted: true });

		const result = await run({ operation: 'makeAgent', contactId: byId(deleted.id), occasional: true });

		expect(result.requests[0].status).toBe(404);
		const { message, description } = explained(result);
		expect(message).toBe(`Freshdesk cannot convert contact ${deleted.id} to an agent`);
		expect(description).toContain('is deleted or blocked, or already is an agent');
	});
});

describe('deleted or blocked contacts (405)', () => {
	test('updating a deleted contact says to restore it first', async () => {
		const deleted = emulator.addContact({ name: 'Deleted', email: 'gone@example.com', deleted: true });

		const result = await run({
			operation: 'update',
			contactId: byId(deleted.id),
			updateFields: { jobTitle: 'Ghost' },
		});

		expect(result.requests[0].status).toBe(405);
		expect(explained(result)).toEqual({
			httpCode: '405',
			message: `Contact ${deleted.id} is deleted or blocked, so Freshdesk does not allow changing it`,
			description:
				'Restore the contact first (operation Restore), or unblock it in Freshdesk, then run the node again.',
		});
	});

	test('deleting an already deleted contact points to Delete Permanently', async () => {
		const deleted = emulator.addContact({ name: 'Twice', email: 'twice@example.com', deleted: true });

		const result = await run({ operation: 'delete', contactId: byId(deleted.id) });

		expect(result.requests[0].status).toBe(405);
		const { message, description } = explained(result);
		expect(message).toBe(`Contact ${deleted.id} is already deleted, or is blocked`);
		expect(description).toContain('run Delete with "Delete Permanently" on');
	});

	test('updating a blocked contact gives the same advice', async () => {
		const blocked = emulator.addContact({ name: 'Blocked', email: 'blocked@example.com', blocked: true });

		const result = await run({ operation: 'update', contactId: byId(blocked.id), updateFields: { phone: '1' } });

		expect(explained(result).message).toBe(
			`Contact ${blocked.id} is deleted or blocked, so Freshdesk does not allow changing it`,
		);
	});
});

describe('conflicting state (409 inconsistent_state)', () => {
	test('converting a contact without email to an agent says to add one', async () => {
		const phoneOnly = emulator.addContact({ name: 'Phone Only', phone: '+1 555 0199' });

		const result = await run({ operation: 'makeAgent', contactId: byId(phoneOnly.id), occasional: true });

		expect(result.requests[0].status).toBe(409);
		expect(explained(result)).toEqual({
			httpCode: '409',
			message: `Contact ${phoneOnly.id} has no email, which Freshdesk needs to make it an agent`,
			description: 'Give the contact a primary email (operation Update), then convert it again.',
		});
	});
});
