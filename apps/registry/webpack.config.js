module.exports = require('../../tools/webpack/service.config')('registry', __dirname);
