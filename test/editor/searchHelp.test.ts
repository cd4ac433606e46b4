import { SEARCH_QUERY_EXAMPLES } from '../../nodes/FreshdeskContacts/resources/contact/search';
import { FreshdeskContacts } from '../../nodes/FreshdeskContacts/FreshdeskContacts.node';
import { useEmulator } from '../harness/emulatorRun';

const { emulator, run } = useEmulator({ contacts: 0, companies: 1 });

const queryField = new FreshdeskContacts().description.properties.find(
	(property) => property.name === 'query',
);
const placeholderQuery = String(queryField?.placeholder).replace(/^e\.g\. /, '');

describe('the Query help teaches queries Freshdesk accepts', () => {
	test.each([...SEARCH_QUERY_EXAMPLES, placeholderQuery])('%s is accepted', async (query) => {
		const { error, requests } = await run({ operation: 'search', query, returnAll: true });

		expect(error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0].status).toBe(200);
		expect(queryField?.description).toContain(query === placeholderQuery ? 'AND or OR' : query);
	});

	test('the examples find what they say', async () => {
		emulator.addContact({
			name: 'January Signup',
			email: 'jane@example.com',
			language: 'fr',
			tags: ['vip'],
			created_at: '2026-01-15T10:00:00Z',
			custom_fields: { department: 'Sales' },
		});
		emulator.addContact({
			name: 'Someone Else',
			email: 'else@example.com',
			mobile: '+44 7700 900123',
			language: 'fr',
			created_at: '2025-06-01T10:00:00Z',
		});

		const found: Record<string, unknown[]> = {};
		for (const query of SEARCH_QUERY_EXAMPLES) {
			const { items } = await run({ operation: 'search', query, returnAll: true });
			found[query] = items.map((item) => item.json.name);
		}

		expect(found).toEqual({
			"email:'jane@example.com'": ['January Signup'],
			'company_id:42 AND active:true': [],
			"tag:'vip' OR tag:'partner'": ['January Signup'],
			"created_at:>'2026-01-01' AND created_at:<'2026-01-31'": ['January Signup'],
			"mobile:null AND (language:'fr' OR language:'de')": ['January Signup'],
			"department:'Sales'": ['January Signup'],
		});
	});
});
