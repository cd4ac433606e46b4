import { explainFreshdeskError } from '../../nodes/FreshdeskContacts/shared/errors';

// 403 variants the emulator does not produce; bodies as the reference (§1.5) gives them.
describe('403 variants from the reference', () => {
	test.each([
		[
			{ code: 'require_feature', message: 'The Multiple Companies feature is required.' },
			'This needs a Freshdesk feature your plan does not include',
			'The Multiple Companies feature is required.',
		],
		[
			{ code: 'account_suspended', message: 'Your account has been suspended.' },
			'The Freshdesk account is suspended',
			'Reactivate the account in Freshdesk billing',
		],
		[
			{ code: 'password_lockout', message: 'Your account is locked.' },
			'The agent who owns this API key is locked out of Freshdesk',
			'ask a Freshdesk admin to unlock it',
		],
		[
			{ code: 'password_expired', message: 'Your password has expired.' },
			'The password of the agent who owns this API key has expired',
			'set a new password',
		],
	])('%j', (body, message, description) => {
		const explanation = explainFreshdeskError(403, body, 'contact 42', undefined, 'update');

		expect(explanation.message).toBe(message);
		expect(explanation.description).toContain(description);
	});

	test('a 403 with an unknown code is read as a missing privilege', () => {
		expect(explainFreshdeskError(403, '', 'contact 42').message).toBe(
			'The agent who owns this API key may not do this in Freshdesk',
		);
	});
});
