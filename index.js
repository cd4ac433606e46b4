'use strict';

// For programmatic use; n8n itself loads the classes through the "n8n" section of package.json.
const { FreshdeskContacts } = require('./dist/nodes/FreshdeskContacts/FreshdeskContacts.node');
const { FreshdeskContactsApi } = require('./dist/credentials/FreshdeskContactsApi.credentials');

module.exports = { FreshdeskContacts, FreshdeskContactsApi };
