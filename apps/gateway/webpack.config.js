module.exports = require('../../tools/webpack/service.config')('gateway', __dirname);
