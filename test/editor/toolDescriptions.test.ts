import type { INodeProperties, INodePropertyCollection } from 'n8n-workflow';

import { FreshdeskContacts } from '../../nodes/FreshdeskContacts/FreshdeskContacts.node';

// As an AI agent tool the node is described by text alone: every operation and every parameter
// an agent may fill needs a description it can act on.
const { properties } = new FreshdeskContacts().description;

function parametersOf(list: INodeProperties[], path = ''): Array<[string, INodeProperties]> {
	return list.flatMap((property): Array<[string, INodeProperties]> => {
		const here = `${path}${property.name}`;
		const nested =
			property.type === 'collection'
				? parametersOf(property.options as INodeProperties[], `${here}.`)
				: property.type === 'fixedCollection'
					? (property.options as INodePropertyCollection[]).flatMap((option) =>
							parametersOf(option.values, `${here}.${option.name}.`),
						)
					: [];
		return [[here, property], ...nested];
	});
}

const fillable = parametersOf(properties).filter(
	([path, property]) => property.type !== 'hidden' && path !== 'resource' && path !== 'operation',
);

test('every operation has an action and a description', () => {
	const operation = properties.find((property) => property.name === 'operation');
	const options = (operation?.options ?? []) as Array<{ action?: string; description?: string }>;

	expect(options.length).toBe(12);
	for (const option of options) {
		expect(option.action).toEqual(expect.any(String));
		expect(option.description?.length).toBeGreaterThan(30);
	}
});

test.each(fillable.map(([path, property]) => [path, property]))('%s has a description', (_path, property) => {
	expect((property as INodeProperties).description?.trim().length).toBeGreaterThan(10);
});
