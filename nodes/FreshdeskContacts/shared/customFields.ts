/** How a custom contact field's value is entered in the node and typed in the request. */
export type CustomFieldKind = 'checkbox' | 'date' | 'dropdown' | 'number' | 'text';

const KIND_BY_TYPE: Record<string, CustomFieldKind> = {
	custom_checkbox: 'checkbox',
	custom_date: 'date',
	custom_dropdown: 'dropdown',
	custom_number: 'number',
};

export function customFieldKind(freshdeskType: string): CustomFieldKind {
	return KIND_BY_TYPE[freshdeskType] ?? 'text';
}

// The picked option carries the field's kind so that the editor can show the matching value
// input and the request can type the value without asking Freshdesk for the field list again.
const SEPARATOR = '|';

export function encodeCustomField(name: string, kind: CustomFieldKind): string {
	return `${name}${SEPARATOR}${kind}`;
}

export function parseCustomFieldChoice(
	value: unknown,
): { name: string; kind?: CustomFieldKind } | undefined {
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const [name, kind] = value.trim().split(SEPARATOR);
	const known = ['checkbox', 'date', 'dropdown', 'number', 'text'].includes(kind ?? '');
	return { name: name.trim(), kind: known ? (kind as CustomFieldKind) : undefined };
}

/** displayOptions condition matching a picked field of the given kind. */
export function pickedKind(kind: CustomFieldKind) {
	return { _cnd: { endsWith: `${SEPARATOR}${kind}` } };
}
