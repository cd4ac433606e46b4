import { fieldError, jsonTypeName, messages } from './errors';
import type { Contact, ContactField, FieldError } from './types';
import { isValidDateOnly } from './validation';

const MAX_QUERY_LENGTH = 512;

type Literal =
	| { type: 'string'; value: string }
	| { type: 'number'; value: number }
	| { type: 'boolean'; value: boolean }
	| { type: 'null' };

type Operator = 'equals' | 'atLeast' | 'atMost';

type SearchExpression =
	| { kind: 'and' | 'or'; left: SearchExpression; right: SearchExpression }
	| { kind: 'condition'; field: string; operator: Operator; value: Literal };

type FieldKind = 'string' | 'email' | 'tag' | 'number' | 'boolean' | 'timestamp' | 'date';

interface SearchableField {
	kind: FieldKind;
	read: (contact: Contact) => unknown;
}

class QuerySyntaxError extends Error {}

const CONDITION =
	/^([A-Za-z_][A-Za-z0-9_]*):([<>])?('(?:[^'\\]|\\.)*'|null|true|false|-?\d+(?:\.\d+)?)/;
// Freshdesk insists on spaces around AND/OR; `a:1AND b:2` is a syntax error.
const AND = /^ +AND +/;
const OR = /^ +OR +/;

class QueryParser {
	private position = 0;

	constructor(private readonly text: string) {}

	parse(): SearchExpression {
		this.skipSpaces();
		const expression = this.parseOr();
		this.skipSpaces();
		if (this.position !== this.text.length) throw new QuerySyntaxError();
		return expression;
	}

	private rest(): string {
		return this.text.slice(this.position);
	}

	private skipSpaces(): void {
		while (this.text[this.position] === ' ') this.position++;
	}

	private accept(pattern: RegExp): boolean {
		const match = pattern.exec(this.rest());
		if (!match) return false;
		this.position += match[0].length;
		return true;
	}

	private parseOr(): SearchExpression {
		let left = this.parseAnd();
		while (this.accept(OR)) left = { kind: 'or', left, right: this.parseAnd() };
		return left;
	}

	private parseAnd(): SearchExpression {
		let left = this.parsePrimary();
		while (this.accept(AND)) left = { kind: 'and', left, right: this.parsePrimary() };
		return left;
	}

	private parsePrimary(): SearchExpression {
		if (this.text[this.position] === '(') {
			this.position++;
			this.skipSpaces();
			const inner = this.parseOr();
			this.skipSpaces();
			if (this.text[this.position] !== ')') throw new QuerySyntaxError();
			this.position++;
			return inner;
		}
		const match = CONDITION.exec(this.rest());
		if (!match) throw new QuerySyntaxError();
		this.position += match[0].length;
		const [, field, comparison, raw] = match;
		const operator: Operator =
			comparison === '>' ? 'atLeast' : comparison === '<' ? 'atMost' : 'equals';
		return { kind: 'condition', field, operator, value: parseLiteral(raw) };
	}
}

function parseLiteral(raw: string): Literal {
	if (raw === 'null') return { type: 'null' };
	if (raw === 'true' || raw === 'false') return { type: 'boolean', value: raw === 'true' };
	if (raw.startsWith("'")) {
		return { type: 'string', value: raw.slice(1, -1).replace(/\\(.)/g, '$1') };
	}
	return { type: 'number', value: Number(raw) };
}

/** The literal each non-date kind takes, and the type name its error message uses. */
const LITERAL_TYPES: Record<Exclude<FieldKind, 'timestamp' | 'date'>, [Literal['type'], string]> = {
	string: ['string', 'String'],
	email: ['string', 'String'],
	tag: ['string', 'String'],
	number: ['number', 'Integer'],
	boolean: ['boolean', 'Boolean'],
};

function literalTypeName(value: Literal): string {
	return value.type === 'null' ? 'Null' : jsonTypeName(value.value);
}

const DEFAULT_FIELDS: Record<string, SearchableField> = {
	active: { kind: 'boolean', read: (contact) => contact.active },
	company_id: { kind: 'number', read: (contact) => contact.company_id },
	twitter_id: { kind: 'string', read: (contact) => contact.twitter_id },
	email: { kind: 'email', read: (contact) => contact.email },
	phone: { kind: 'string', read: (contact) => contact.phone },
	mobile: { kind: 'string', read: (contact) => contact.mobile },
	tag: { kind: 'tag', read: (contact) => contact.tags },
	language: { kind: 'string', read: (contact) => contact.language },
	time_zone: { kind: 'string', read: (contact) => contact.time_zone },
	created_at: { kind: 'timestamp', read: (contact) => contact.created_at },
	updated_at: { kind: 'timestamp', read: (contact) => contact.updated_at },
};

/** Paragraph fields are not indexed, so they are not searchable. */
const CUSTOM_KINDS: Partial<Record<ContactField['type'], FieldKind>> = {
	custom_text: 'string',
	custom_dropdown: 'string',
	custom_number: 'number',
	custom_checkbox: 'boolean',
	custom_date: 'date',
};

function searchableFields(contactFields: ContactField[]): Record<string, SearchableField> {
	const fields = { ...DEFAULT_FIELDS };
	for (const field of contactFields) {
		const kind = CUSTOM_KINDS[field.type];
		if (field.default || !kind) continue;
		fields[field.name] = { kind, read: (contact) => contact.custom_fields[field.name] ?? null };
	}
	return fields;
}

function conditionErrors(
	condition: Extract<SearchExpression, { kind: 'condition' }>,
	field: SearchableField | undefined,
): FieldError[] {
	const { field: name, operator, value } = condition;
	if (!field) return [fieldError(name, messages.invalidField, 'invalid_field')];
	const ranged = field.kind === 'number' || field.kind === 'timestamp' || field.kind === 'date';
	if (operator !== 'equals' && (!ranged || value.type === 'null')) {
		return [fieldError('query', messages.invalidQuery, 'invalid_value')];
	}
	if (value.type === 'null') return [];
	if (field.kind === 'timestamp' || field.kind === 'date') {
		if (value.type === 'string' && isValidDateOnly(value.value)) return [];
		return [fieldError(name, messages.customDate, 'invalid_value')];
	}
	const [literal, expected] = LITERAL_TYPES[field.kind];
	if (value.type === literal) return [];
	const message = messages.givenType(literalTypeName(value), expected);
	return [fieldError(name, message, 'datatype_mismatch')];
}

function collectErrors(
	expression: SearchExpression,
	fields: Record<string, SearchableField>,
): FieldError[] {
	if (expression.kind !== 'condition') {
		return [...collectErrors(expression.left, fields), ...collectErrors(expression.right, fields)];
	}
	return conditionErrors(expression, fields[expression.field]);
}

function isBlank(value: unknown): boolean {
	if (Array.isArray(value)) return value.length === 0;
	return value === null || value === undefined || value === '';
}

function compare(actual: string | number, wanted: string | number, operator: Operator): boolean {
	if (operator === 'atLeast') return actual >= wanted;
	if (operator === 'atMost') return actual <= wanted;
	return actual === wanted;
}

function matchesCondition(
	contact: Contact,
	condition: Extract<SearchExpression, { kind: 'condition' }>,
	field: SearchableField,
): boolean {
	const actual = field.read(contact);
	const { value, operator } = condition;
	if (value.type === 'null') {
		return isBlank(actual) && !(field.kind === 'email' && contact.other_emails.length > 0);
	}
	if (field.kind === 'email') {
		const wanted = String(value.value).toLowerCase();
		return contact.email === wanted || contact.other_emails.includes(wanted);
	}
	if (field.kind === 'tag') {
		const wanted = String(value.value).toLowerCase();
		return (actual as string[]).some((tag) => tag.toLowerCase() === wanted);
	}
	if (field.kind === 'boolean') return (actual ?? false) === value.value;
	if (isBlank(actual)) return false;
	if (field.kind === 'timestamp' || field.kind === 'date') {
		// Day granularity: `:<'2026-01-31'` includes the whole of that day, like Elasticsearch's lte.
		return compare(String(actual).slice(0, 10), String(value.value), operator);
	}
	if (field.kind === 'number') return compare(actual as number, value.value as number, operator);
	return String(actual).toLowerCase() === String(value.value).toLowerCase();
}

function evaluate(
	contact: Contact,
	expression: SearchExpression,
	fields: Record<string, SearchableField>,
): boolean {
	if (expression.kind === 'condition') {
		return matchesCondition(contact, expression, fields[expression.field]);
	}
	const left = evaluate(contact, expression.left, fields);
	if (expression.kind === 'and') return left && evaluate(contact, expression.right, fields);
	return left || evaluate(contact, expression.right, fields);
}

type CompiledQuery = { errors: FieldError[] } | { matches: (contact: Contact) => boolean };

/** Compiles the `query` parameter, outer double quotes included, into a contact predicate. */
export function compileSearchQuery(quoted: string, contactFields: ContactField[]): CompiledQuery {
	if (quoted.length > MAX_QUERY_LENGTH) {
		return {
			errors: [
				fieldError('query', messages.tooLong(quoted.length, MAX_QUERY_LENGTH), 'invalid_value'),
			],
		};
	}
	const invalid = { errors: [fieldError('query', messages.invalidQuery, 'invalid_value')] };
	if (quoted.length < 2 || !quoted.startsWith('"') || !quoted.endsWith('"')) return invalid;

	let expression: SearchExpression;
	try {
		expression = new QueryParser(quoted.slice(1, -1)).parse();
	} catch (error) {
		if (error instanceof QuerySyntaxError) return invalid;
		throw error;
	}
	const fields = searchableFields(contactFields);
	const errors = collectErrors(expression, fields);
	if (errors.length > 0) return { errors };
	return { matches: (contact) => evaluate(contact, expression, fields) };
}
