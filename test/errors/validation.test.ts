import { byId, useEmulator } from '../harness/emulatorRun';
import { API_KEY, explained } from './support';

const { emulator, run } = useEmulator({ apiKey: API_KEY, contacts: 0, companies: 2 });

describe('validation errors (400 and 409 with a field list)', () => {
	test('a duplicate email on create names the contact that already has it', async () => {
		const owner = emulator.addContact({ name: 'Owner', email: 'taken@example.com' });

		const result = await run({
			operation: 'create',
			name: 'Copycat',
			additionalFields: { email: 'taken@example.com' },
		});

		expect(result.requests[0].status).toBe(409);
		expect(explained(result)).toEqual({
			httpCode: '409',
			message: `Another contact (ID ${owner.id}) already has this email`,
			description: `Freshdesk keeps emails, Twitter IDs and unique external IDs unique across contacts, deleted contacts included. Update contact ${owner.id} instead, or merge the two contacts with the Merge operation. A deleted contact frees its email only once it is deleted permanently.`,
		});
	});

	test('an email used as another contact\'s other email reads as a duplicate too', async () => {
		const owner = emulator.addContact({
			name: 'Owner',
			email: 'main@example.com',
			other_emails: ['alias@example.com'],
		});

		const result = await run({
			operation: 'update',
			contactId: byId(emulator.addContact({ name: 'Other', email: 'other@example.com' }).id),
			updateFields: { otherEmails: 'alias@example.com' },
		});

		const { message, description } = explained(result);
		expect(result.requests[0].status).toBe(409);
		expect(message).toBe(`Another contact (ID ${owner.id}) already has one of these other emails`);
		expect(description).toContain('There are already users present with the emails, alias@example.com');
		expect(description).toContain(`Update contact ${owner.id} instead`);
	});

	test('a dropdown value that is not one of the choices names the field and lists the choices', async () => {
		const result = await run({
			operation: 'create',
			name: 'Wrong Tier',
			additionalFields: {
				email: 'tier@example.com',
				customFields: { field: [{ name: 'tier|dropdown', dropdownValue: 'Platinum' }] },
			},
		});

		expect(result.requests[0].status).toBe(400);
		expect(explained(result)).toEqual({
			httpCode: '400',
			message: `Freshdesk rejected Custom Field "tier": It should be one of these values: 'Gold,Silver,Bronze'`,
			description: `Fix these values and run the node again:\n• Custom Field "tier": It should be one of these values: 'Gold,Silver,Bronze'`,
		});
	});

	test('several rejected fields are all listed under the labels of the node', async () => {
		const result = await run({
			operation: 'create',
			name: 'Many Problems',
			additionalFields: {
				email: 'many@example.com',
				companyId: 999,
				language: 'klingon',
				customFields: { field: [{ name: 'renewal_date', textValue: '31/12/2026' }] },
			},
		});

		const { message, description } = explained(result);
		expect(message).toBe('Freshdesk rejected 3 fields: Company, Language, Custom Field "renewal_date"');
		expect(description.split('\n')).toEqual([
			'Fix these values and run the node again:',
			'• Company: There is no company matching the given company_id',
			expect.stringMatching(/^• Language: It should be one of these values: '.*en.*'$/),
			"• Custom Field \"renewal_date\": It should be a valid date in the 'yyyy-mm-dd' format",
		]);
	});

	test('a contact without any identifier names the fields Freshdesk needs one of', async () => {
		const result = await run({ operation: 'create', name: 'Nobody' });

		expect(explained(result)).toMatchObject({
			message: 'Freshdesk rejected Email: Please fill at least 1 of email, mobile, phone, twitter_id, unique_external_id fields',
		});
	});

	test('an unknown custom field explains where the names come from', async () => {
		const result = await run({
			operation: 'create',
			name: 'Unknown Field',
			additionalFields: { email: 'u@example.com', customFields: { field: [{ name: 'shoe_size', textValue: '42' }] } },
		});

		const { message, description } = explained(result);
		// Freshdesk names an unknown custom field without the custom_fields prefix.
		expect(message).toBe('Freshdesk rejected field "shoe_size": Unexpected/invalid field in request');
		expect(description).toContain('custom fields go by the name shown in Get Fields');
	});

	test('an invalid search query teaches the query language', async () => {
		const result = await run({ operation: 'search', query: "email:'a@b.co'AND active:true", returnAll: true });

		const { message, description } = explained(result);
		expect(message).toMatch(/^Freshdesk rejected Query: Given query is invalid/);
		expect(description).toContain("strings in single quotes (email:'jane@example.com')");
		expect(description).toContain('AND or OR with a space on each side');
	});

	test('merging a contact that does not exist lists the unknown ID', async () => {
		const primary = emulator.addContact({ name: 'Primary', email: 'p@example.com' });

		const result = await run({ operation: 'merge', primaryContactId: byId(primary.id), secondaryContactIds: '77' });

		expect(explained(result).message).toBe(
			"Freshdesk rejected Contacts to Merge: There are no records matching the ids: '77'",
		);
	});

	test('merging contacts with different mobiles says to pick the one to keep', async () => {
		const primary = emulator.addContact({ name: 'Primary', email: 'p1@example.com', mobile: '+1 555 0001' });
		const duplicate = emulator.addContact({ name: 'Dup', email: 'd1@example.com', mobile: '+1 555 0002' });

		const result = await run({
			operation: 'merge',
			primaryContactId: byId(primary.id),
			secondaryContactIds: String(duplicate.id),
		});

		expect(result.requests[0].status).toBe(400);
		expect(explained(result)).toEqual({
			httpCode: '400',
			message: 'Freshdesk rejected Values to Keep: Please fill at least 1 of mobile fields',
			description: [
				'Fix these values and run the node again:',
				'• Values to Keep: Please fill at least 1 of mobile fields',
				'The contacts have different values there; set the one the merged contact keeps under "Values to Keep".',
			].join('\n'),
		});
	});
});
