module.exports = require('../../tools/webpack/service.config')('ingestion', __dirname);
