import { dropdownValues } from './contactFields';
import { elementTypeMismatch, fieldError, messages, typeMismatch } from './errors';
import type { ContactStore } from './store';
import type {
	Contact,
	ContactField,
	CustomFieldValue,
	EmulatorFeatures,
	FieldError,
	OtherCompany,
} from './types';
import { LANGUAGES, TIME_ZONES } from './valueLists';

export type ContactChanges = Partial<
	Pick<
		Contact,
		| 'name'
		| 'email'
		| 'other_emails'
		| 'phone'
		| 'mobile'
		| 'twitter_id'
		| 'unique_external_id'
		| 'address'
		| 'description'
		| 'job_title'
		| 'language'
		| 'time_zone'
		| 'company_id'
		| 'view_all_tickets'
		| 'other_companies'
		| 'tags'
		| 'active'
		| 'custom_fields'
	>
>;

export interface ContactValidationContext {
	mode: 'create' | 'update';
	existing?: Contact;
	store: ContactStore;
	features: EmulatorFeatures;
}

export type ValidationResult<T> = { errors: FieldError[] } | { value: T };

const CONTACT_KEYS = [
	'name',
	'email',
	'phone',
	'mobile',
	'twitter_id',
	'unique_external_id',
	'other_emails',
	'company_id',
	'view_all_tickets',
	'other_companies',
	'address',
	'description',
	'job_title',
	'language',
	'time_zone',
	'tags',
	'custom_fields',
	'active',
	'lookup_parameter',
];

const IDENTIFIERS = ['email', 'mobile', 'phone', 'twitter_id', 'unique_external_id'] as const;

// Only matters for custom-object lookup fields, which this emulator does not seed.
const LOOKUP_PARAMETERS = ['display_id', 'primary_field_value'];

const MAX_LENGTH = 255;
const MAX_TAG_LENGTH = 32;
const MAX_OTHER_EMAILS = 9;
const MAX_OTHER_COMPANIES = 300;

// Freshdesk's own pattern is stricter than RFC 5322; this mirrors its shape.
const EMAIL_PATTERN = /^[-a-z0-9.'_&%=~+]+@(?:[a-z0-9-]+\.)+[a-z]{2,15}$/i;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isPositiveInteger(value: unknown): value is number {
	return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

export function isValidEmail(value: string): boolean {
	return EMAIL_PATTERN.test(value);
}

export function isValidDateOnly(value: string): boolean {
	const match = DATE_ONLY.exec(value);
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number);
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year &&
		date.getUTCMonth() === month - 1 &&
		date.getUTCDate() === day
	);
}

function tooManyElements(field: string, count: number, max: number): FieldError {
	return fieldError(field, messages.tooLong(count, max, 'elements'), 'invalid_value');
}

export function unknownKeyErrors(body: Record<string, unknown>, allowed: string[]): FieldError[] {
	return Object.keys(body)
		.filter((key) => !allowed.includes(key))
		.map((key) => fieldError(key, messages.invalidField, 'invalid_field'));
}

export function unknownParameterErrors(
	query: Record<string, string>,
	allowed: string[],
): FieldError[] {
	return Object.keys(query)
		.filter((key) => !allowed.includes(key))
		.map((key) => {
			// Rack turns `email[]=a` into an array under `email`, which is a type error, not an
			// unknown field.
			const base = key.replace(/\[.*$/, '');
			if (base !== key && allowed.includes(base)) return typeMismatch(base, [], 'String');
			return fieldError(key, messages.invalidField, 'invalid_field');
		});
}

/** Positive-integer check with Freshdesk's wording: the type prefix only when not a number. */
export function positiveIntegerError(field: string, value: unknown): FieldError | undefined {
	if (isPositiveInteger(value)) return undefined;
	if (typeof value === 'number') {
		return fieldError(field, messages.positiveInteger, 'datatype_mismatch');
	}
	return typeMismatch(field, value, 'Positive Integer');
}

export function booleanError(field: string, value: unknown): FieldError | undefined {
	if (typeof value === 'boolean') return undefined;
	return typeMismatch(field, value, 'Boolean');
}

export function arrayError(field: string, value: unknown): FieldError | undefined {
	if (Array.isArray(value)) return undefined;
	return typeMismatch(field, value, 'Array');
}

/**
 * Reads an optional string attribute: null clears it, whitespace is stripped, and an empty
 * string also clears it.
 */
function readString(
	errors: FieldError[],
	field: string,
	value: unknown,
	maxLength: number | undefined = MAX_LENGTH,
): string | null | undefined {
	if (value === null) return null;
	if (typeof value !== 'string') {
		errors.push(typeMismatch(field, value, 'String'));
		return undefined;
	}
	const trimmed = value.trim();
	if (maxLength !== undefined && trimmed.length > maxLength) {
		errors.push(fieldError(field, messages.tooLong(trimmed.length, maxLength), 'invalid_value'));
		return undefined;
	}
	return trimmed === '' ? null : trimmed;
}

function readName(errors: FieldError[], value: unknown): string | undefined {
	if (typeof value !== 'string') {
		errors.push(typeMismatch('name', value, 'String'));
		return undefined;
	}
	const name = value.trim();
	if (name === '') {
		errors.push(fieldError('name', messages.blank, 'invalid_value'));
		return undefined;
	}
	if (name.length > MAX_LENGTH) {
		errors.push(fieldError('name', messages.tooLong(name.length, MAX_LENGTH), 'invalid_value'));
		return undefined;
	}
	if (name.includes('"') || /(https?:\/\/|www\.)\S/i.test(name)) {
		errors.push(
			fieldError('name', 'It should not contain URLs or double quotes', 'invalid_format'),
		);
		return undefined;
	}
	return name;
}

function readEmail(errors: FieldError[], value: unknown): string | null | undefined {
	const email = readString(errors, 'email', value);
	if (!email) return email;
	if (!isValidEmail(email)) {
		errors.push(fieldError('email', messages.emailFormat, 'invalid_value'));
		return undefined;
	}
	return email.toLowerCase();
}

function readStringArray(
	errors: FieldError[],
	field: string,
	value: unknown,
): string[] | undefined {
	const typeError = arrayError(field, value);
	if (typeError) {
		errors.push(typeError);
		return undefined;
	}
	if ((value as unknown[]).some((element) => typeof element !== 'string')) {
		errors.push(elementTypeMismatch(field, 'String'));
		return undefined;
	}
	return (value as string[]).map((element) => element.trim());
}

/** An array of positive integers (ids), deduplicated. */
export function readIdArray(
	errors: FieldError[],
	field: string,
	value: unknown,
): number[] | undefined {
	const typeError = arrayError(field, value);
	if (typeError) {
		errors.push(typeError);
		return undefined;
	}
	if (!(value as unknown[]).every(isPositiveInteger)) {
		errors.push(elementTypeMismatch(field, 'Positive Integer'));
		return undefined;
	}
	return [...new Set(value as number[])];
}

export function readEmailList(
	errors: FieldError[],
	field: string,
	value: unknown,
	maxCount: number,
): string[] | undefined {
	const emails = readStringArray(errors, field, value)?.map((email) => email.toLowerCase());
	if (!emails) return undefined;
	if (emails.some((email) => email.length > MAX_LENGTH)) {
		errors.push(fieldError(field, messages.elementsTooLong(MAX_LENGTH), 'invalid_value'));
		return undefined;
	}
	if (emails.some((email) => !isValidEmail(email))) {
		errors.push(fieldError(field, messages.emailArrayFormat, 'invalid_value'));
		return undefined;
	}
	const unique = [...new Set(emails)];
	if (unique.length > maxCount) {
		errors.push(tooManyElements(field, unique.length, maxCount));
		return undefined;
	}
	return unique;
}

function readTags(errors: FieldError[], value: unknown): string[] | undefined {
	const tags = readStringArray(errors, 'tags', value)?.filter((tag) => tag !== '');
	if (!tags) return undefined;
	if (tags.some((tag) => tag.length > MAX_TAG_LENGTH)) {
		errors.push(fieldError('tags', messages.elementsTooLong(MAX_TAG_LENGTH), 'invalid_value'));
		return undefined;
	}
	if (tags.some((tag) => tag.includes(','))) {
		errors.push(fieldError('tags', messages.commaInTag, 'invalid_value'));
		return undefined;
	}
	const seen = new Set<string>();
	return tags.filter((tag) => {
		const key = tag.toLowerCase();
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

function readCompanyId(
	errors: FieldError[],
	value: unknown,
	store: ContactStore,
): number | null | undefined {
	if (value === null) return null;
	const typeError = positiveIntegerError('company_id', value);
	if (typeError) {
		errors.push(typeError);
		return undefined;
	}
	if (!store.getCompany(value as number)) {
		errors.push(fieldError('company_id', messages.unknownCompany, 'invalid_value'));
		return undefined;
	}
	return value as number;
}

function readOtherCompany(errors: FieldError[], element: unknown): OtherCompany | undefined {
	const field = 'other_companies';
	if (!isPlainObject(element)) {
		errors.push(elementTypeMismatch(field, 'key/value pair'));
		return undefined;
	}
	const unknown = unknownKeyErrors(element, ['company_id', 'view_all_tickets']);
	if (unknown.length > 0) {
		errors.push(...unknown.map((error) => ({ ...error, field: `${field}.${error.field}` })));
		return undefined;
	}
	if (element.company_id === undefined) {
		errors.push(fieldError(`${field}.company_id`, messages.missingField, 'missing_field'));
		return undefined;
	}
	const viewAll = element.view_all_tickets ?? false;
	const error =
		positiveIntegerError(`${field}.company_id`, element.company_id) ??
		booleanError(`${field}.view_all_tickets`, viewAll);
	if (error) {
		errors.push(error);
		return undefined;
	}
	return { company_id: element.company_id as number, view_all_tickets: viewAll as boolean };
}

function readOtherCompanies(
	errors: FieldError[],
	value: unknown,
	store: ContactStore,
): OtherCompany[] | undefined {
	const field = 'other_companies';
	const typeError = arrayError(field, value);
	if (typeError) {
		errors.push(typeError);
		return undefined;
	}
	const list = value as unknown[];
	if (list.length > MAX_OTHER_COMPANIES) {
		errors.push(tooManyElements(field, list.length, MAX_OTHER_COMPANIES));
		return undefined;
	}
	const companies: OtherCompany[] = [];
	for (const element of list) {
		const company = readOtherCompany(errors, element);
		if (!company) return undefined;
		companies.push(company);
	}
	const ids = companies.map((company) => company.company_id);
	const missing = ids.filter((id) => !store.getCompany(id));
	if (missing.length > 0) {
		errors.push(fieldError(field, messages.noRecords(missing), 'invalid_value'));
		return undefined;
	}
	if (new Set(ids).size !== ids.length) {
		errors.push(fieldError(field, 'It should not contain duplicate elements', 'invalid_value'));
		return undefined;
	}
	return companies;
}

function readChoice(
	errors: FieldError[],
	field: string,
	value: unknown,
	choices: string[],
): string | undefined {
	if (typeof value !== 'string') {
		errors.push(typeMismatch(field, value, 'String'));
		return undefined;
	}
	const trimmed = value.trim();
	if (!choices.includes(trimmed)) {
		errors.push(fieldError(field, messages.notIncluded(choices), 'invalid_value'));
		return undefined;
	}
	return trimmed;
}

function readCustomFieldValue(
	errors: FieldError[],
	definition: ContactField,
	value: unknown,
): CustomFieldValue | undefined {
	const field = `custom_fields.${definition.name}`;
	if (value === null) return null;
	switch (definition.type) {
		case 'custom_number':
			if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
			errors.push(
				typeof value === 'number'
					? fieldError(field, messages.datatype('Integer'), 'datatype_mismatch')
					: typeMismatch(field, value, 'Integer'),
			);
			return undefined;
		case 'custom_checkbox': {
			const error = booleanError(field, value);
			if (error) errors.push(error);
			return error ? undefined : (value as boolean);
		}
		case 'custom_dropdown':
			return readChoice(errors, field, value, dropdownValues(definition));
		case 'custom_date': {
			if (typeof value === 'string' && isValidDateOnly(value.trim())) return value.trim();
			errors.push(fieldError(field, messages.customDate, 'invalid_value'));
			return undefined;
		}
		case 'custom_paragraph':
			return readString(errors, field, value, undefined);
		default:
			return readString(errors, field, value);
	}
}

function readCustomFields(
	errors: FieldError[],
	value: Record<string, unknown>,
	definitions: ContactField[],
): Record<string, CustomFieldValue> {
	const result: Record<string, CustomFieldValue> = {};
	for (const [name, raw] of Object.entries(value)) {
		const definition = definitions.find((field) => field.name === name);
		if (!definition) continue;
		const parsed = readCustomFieldValue(errors, definition, raw);
		if (parsed !== undefined) result[name] = parsed;
	}
	return result;
}

function identifierNames(features: EmulatorFeatures): string[] {
	return IDENTIFIERS.filter((name) => name !== 'unique_external_id' || features.uniqueExternalId);
}

function customFieldDefinitions(store: ContactStore): ContactField[] {
	return store.contactFields.filter((field) => !field.default);
}

/** invalid_field errors come alone: Freshdesk rejects unpermitted keys before anything else. */
function unpermittedKeys(body: Record<string, unknown>, store: ContactStore): FieldError[] {
	const errors = unknownKeyErrors(body, CONTACT_KEYS);
	if (isPlainObject(body.custom_fields)) {
		const names = customFieldDefinitions(store).map((field) => field.name);
		errors.push(...unknownKeyErrors(body.custom_fields, names));
	}
	return errors;
}

function featureGateErrors(
	body: Record<string, unknown>,
	features: EmulatorFeatures,
): FieldError[] {
	const gates: Array<[string, boolean, string]> = [
		['unique_external_id', features.uniqueExternalId, 'unique_contact_identifier'],
		['other_companies', features.multipleCompanies, 'multiple_user_companies'],
		['language', features.multiLanguage, 'multi_language'],
		['time_zone', features.multiTimeZone, 'multi_timezone'],
	];
	return gates
		.filter(([attribute, enabled]) => !enabled && attribute in body)
		.map(([attribute, , feature]) =>
			fieldError(attribute, messages.featureRequired(feature, attribute), 'inaccessible_field'),
		);
}

function readFields(
	errors: FieldError[],
	body: Record<string, unknown>,
	store: ContactStore,
): ContactChanges {
	const changes: ContactChanges = {};
	const has = (key: string) => key in body;
	const assign = <K extends keyof ContactChanges>(key: K, value: ContactChanges[K] | undefined) => {
		if (value !== undefined) changes[key] = value;
	};

	if (has('name')) assign('name', readName(errors, body.name));
	if (has('job_title')) assign('job_title', readString(errors, 'job_title', body.job_title));
	if (has('email')) assign('email', readEmail(errors, body.email));
	if (has('phone')) assign('phone', readString(errors, 'phone', body.phone));
	if (has('mobile')) assign('mobile', readString(errors, 'mobile', body.mobile));
	if (has('twitter_id')) assign('twitter_id', readString(errors, 'twitter_id', body.twitter_id));
	if (has('unique_external_id')) {
		assign('unique_external_id', readString(errors, 'unique_external_id', body.unique_external_id));
	}
	if (has('other_emails')) {
		const otherEmails = readEmailList(errors, 'other_emails', body.other_emails, MAX_OTHER_EMAILS);
		assign('other_emails', otherEmails);
	}
	if (has('company_id')) assign('company_id', readCompanyId(errors, body.company_id, store));
	if (has('view_all_tickets')) {
		const error = booleanError('view_all_tickets', body.view_all_tickets);
		if (error) errors.push(error);
		else changes.view_all_tickets = body.view_all_tickets as boolean;
	}
	if (has('other_companies')) {
		assign('other_companies', readOtherCompanies(errors, body.other_companies, store));
	}
	if (has('address')) assign('address', readString(errors, 'address', body.address));
	if (has('description')) {
		assign('description', readString(errors, 'description', body.description, undefined));
	}
	if (has('language')) assign('language', readChoice(errors, 'language', body.language, LANGUAGES));
	if (has('time_zone')) {
		assign('time_zone', readChoice(errors, 'time_zone', body.time_zone, TIME_ZONES));
	}
	if (has('tags')) assign('tags', readTags(errors, body.tags));
	if (has('active')) {
		const error = booleanError('active', body.active);
		if (error) errors.push(error);
		else if (body.active === true) changes.active = true;
		else errors.push(fieldError('active', messages.activeOnlyTrue, 'invalid_value'));
	}
	if (has('lookup_parameter')) {
		readChoice(errors, 'lookup_parameter', body.lookup_parameter, LOOKUP_PARAMETERS);
	}
	if (has('custom_fields')) {
		if (!isPlainObject(body.custom_fields)) {
			errors.push(typeMismatch('custom_fields', body.custom_fields, 'key/value pair'));
		} else {
			const definitions = customFieldDefinitions(store);
			changes.custom_fields = readCustomFields(errors, body.custom_fields, definitions);
		}
	}
	return changes;
}

function effectiveValue<K extends keyof ContactChanges>(
	key: K,
	changes: ContactChanges,
	existing: Contact | undefined,
): Contact[K] | undefined {
	if (key in changes) return changes[key] as Contact[K];
	return existing?.[key];
}

function crossFieldErrors(
	errors: FieldError[],
	body: Record<string, unknown>,
	changes: ContactChanges,
	context: ContactValidationContext,
): void {
	const { mode, existing, features } = context;
	const failed = (field: string) => errors.some((error) => error.field === field);
	const email = effectiveValue('email', changes, existing) ?? null;
	const companyId = effectiveValue('company_id', changes, existing) ?? null;
	const otherEmails = effectiveValue('other_emails', changes, existing) ?? [];
	const otherCompanies = effectiveValue('other_companies', changes, existing) ?? [];
	const identifiers = identifierNames(features);
	const hasIdentifier = identifiers.some(
		(name) => effectiveValue(name as keyof ContactChanges, changes, existing) ?? null,
	);
	const anyIdentifierFailed = identifiers.some(failed);

	if (mode === 'create' && !('name' in body)) {
		errors.unshift(fieldError('name', messages.missingField, 'missing_field'));
	}
	if (changes.view_all_tickets === true && companyId === null && !failed('company_id')) {
		errors.push(fieldError('company_id', messages.companyRequiredForViewAll, 'missing_field'));
	}
	if ('other_companies' in changes && otherCompanies.length > 0 && !failed('company_id')) {
		if (companyId === null) {
			const message = messages.notBlankIf('other_companies');
			errors.push(fieldError('company_id', message, 'invalid_value'));
		} else if (otherCompanies.some((other) => other.company_id === companyId)) {
			errors.push(
				fieldError(
					'other_companies',
					messages.primaryInOthers(companyId, 'other_companies', 'default company'),
					'invalid_value',
				),
			);
		}
	}
	if (!hasIdentifier && !anyIdentifierFailed) {
		if (mode === 'create') {
			errors.push(fieldError('email', messages.fillOneOf(identifiers), 'missing_field'));
		} else {
			// On update Freshdesk blames the first identifier the request tried to clear.
			const touched = identifiers.find((name) => name in body);
			if (touched) {
				errors.push(fieldError(touched, messages.fillOneOf(identifiers), 'invalid_value'));
			}
		}
		return;
	}
	if (otherEmails.length > 0 && !failed('email') && !failed('other_emails')) {
		if (email === null) {
			errors.push(fieldError('email', messages.notBlankIf('other_emails'), 'invalid_value'));
		} else if ('other_emails' in changes && otherEmails.includes(email)) {
			errors.push(
				fieldError(
					'other_emails',
					messages.primaryInOthers(email, 'other_emails', 'primary email'),
					'invalid_value',
				),
			);
		}
	}
}

/** Validates a create or update body; all field errors are reported together, as Freshdesk does. */
export function validateContactBody(
	body: Record<string, unknown>,
	context: ContactValidationContext,
): ValidationResult<ContactChanges> {
	const unpermitted = unpermittedKeys(body, context.store);
	if (unpermitted.length > 0) return { errors: unpermitted };

	const errors = featureGateErrors(body, context.features);
	const gated = new Set(errors.map((error) => error.field));
	const checked = Object.fromEntries(Object.entries(body).filter(([key]) => !gated.has(key)));
	const changes = readFields(errors, checked, context.store);
	crossFieldErrors(errors, checked, changes, context);
	if (errors.length > 0) return { errors };
	return { value: changes };
}

/** Uniqueness is checked after validation passes, and answers 409 rather than 400. */
export function duplicateErrors(
	changes: ContactChanges,
	store: ContactStore,
	contactId?: number,
): FieldError[] {
	const errors: FieldError[] = [];
	if (changes.email) {
		const owner = store.findEmailOwner(changes.email, contactId);
		if (owner) errors.push(fieldError('email', messages.unique, 'duplicate_value', owner.id));
	}
	if (changes.other_emails) {
		const taken = changes.other_emails
			.map((email) => ({ email, owner: store.findEmailOwner(email, contactId) }))
			.filter((entry) => entry.owner);
		if (taken.length > 0) {
			errors.push(
				fieldError(
					'other_emails',
					messages.emailsTaken(taken.map((entry) => entry.email)),
					'duplicate_value',
					taken[0].owner?.id,
				),
			);
		}
	}
	for (const attribute of ['twitter_id', 'unique_external_id'] as const) {
		const value = changes[attribute];
		if (!value) continue;
		const owner = store.findOwner(attribute, value, contactId);
		if (owner) errors.push(fieldError(attribute, messages.unique, 'duplicate_value', owner.id));
	}
	return errors;
}
