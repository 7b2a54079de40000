module.exports = require('../../tools/webpack/service.config')('extraction', __dirname);
